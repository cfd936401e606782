package dev.errata.examples;

import dev.errata.ErrorDecoder;
import dev.errata.ServiceException;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;

/**
 * Sends requests to one provider's API and turns its error responses into the provider's typed
 * exception.
 *
 * @param <E> the provider's exception root, such as {@code HuaweiCbcException}
 */
public final class ProviderClient<E extends ServiceException> {
  private final HttpClient http;
  private final ErrorDecoder<E> decoder;

  public ProviderClient(HttpClient http, ErrorDecoder<E> decoder) {
    this.http = http;
    this.decoder = decoder;
  }

  /**
   * Returns the body of a successful response as UTF-8 text.
   *
   * @throws ServiceException the provider's exception ({@code E}) when the response is an error,
   *     even one sent with HTTP 200
   * @throws UncheckedIOException when the request cannot be sent or is interrupted
   */
  public String send(HttpRequest request) {
    HttpResponse<byte[]> response;
    try {
      response = http.send(request, BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UncheckedIOException(new InterruptedIOException("interrupted: " + request.uri()));
    }
    decoder.throwIfError(response.statusCode(), response.headers().map(), response.body());
    return new String(response.body(), StandardCharsets.UTF_8);
  }
}
