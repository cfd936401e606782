package dev.errata.examples;

import dev.errata.examples.cbc.HuaweiCbcErrors;
import dev.errata.examples.cbc.HuaweiCbcException;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;

/**
 * The code README.md shows, kept compiling here: the lines between {@code README:<name>-start} and
 * {@code README:<name>-end} appear in README.md verbatim (ReadmeSnippetsTest checks it).
 */
final class ReadmeSnippets {
  private final HttpClient http;

  ReadmeSnippets(HttpClient http) {
    this.http = http;
  }

  void payOrder(HttpRequest request) throws IOException, InterruptedException {
    // README:catch-start
    HttpResponse<byte[]> response = http.send(request, BodyHandlers.ofByteArray());
    try {
      HuaweiCbcErrors.INSTANCE.throwIfError(
          response.statusCode(), response.headers().map(), response.body());
    } catch (HuaweiCbcException.InsufficientFunds e) { // every "balance too low" code of the table
      askCustomerToTopUp(e.code(), e.serverMessage());
    } catch (HuaweiCbcException e) { // anything else the provider said
      if (e.isRetryable()) retryLater();
      else throw e;
    }
    // README:catch-end
  }

  private void askCustomerToTopUp(String code, String message) {}

  private void retryLater() {}
}
