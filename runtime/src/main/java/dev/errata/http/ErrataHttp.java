package dev.errata.http;

import dev.errata.ErrorDecoder;
import dev.errata.ServiceException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLSession;

/**
 * Sends requests with a {@link HttpClient} and throws the provider's typed exception for an error
 * response, directly to the caller:
 *
 * <pre>{@code
 * try {
 *   HttpResponse<byte[]> response = ErrataHttp.send(client, request, cbcErrors);
 * } catch (HuaweiCbcException.InsufficientFunds e) {
 *   ...
 * }
 * }</pre>
 */
public final class ErrataHttp {
  private ErrataHttp() {}

  /**
   * Sends the request; returns the response with its body as bytes on success.
   *
   * @throws E (unchecked) the provider's exception when the response is an error
   * @throws IOException when sending or receiving fails, as {@link HttpClient#send}
   * @throws InterruptedException as {@link HttpClient#send}
   */
  public static <E extends ServiceException> HttpResponse<byte[]> send(
      HttpClient client, HttpRequest request, ErrorDecoder<E> decoder)
      throws IOException, InterruptedException {
    return send(client, request, ErrataBodyHandlers.ofByteArray(decoder));
  }

  /**
   * Sends the request with one of the {@link ErrataBodyHandlers}; returns the response with the
   * body on success.
   *
   * @throws E (unchecked) the provider's exception when the response is an error
   * @throws IOException when sending or receiving fails, as {@link HttpClient#send}
   * @throws InterruptedException as {@link HttpClient#send}
   */
  public static <T, E extends ServiceException> HttpResponse<T> send(
      HttpClient client, HttpRequest request, BodyHandler<DecodedBody<T, E>> handler)
      throws IOException, InterruptedException {
    HttpResponse<DecodedBody<T, E>> response = client.send(request, handler);
    return new BodyResponse<>(response, response.body().orThrow());
  }

  /**
   * Sends the request asynchronously. The future completes with the response on success, and
   * exceptionally with the provider's exception otherwise ({@code join()} wraps it in a {@link
   * java.util.concurrent.CompletionException}, {@code get()} in an {@link
   * java.util.concurrent.ExecutionException}, as for any failure of a future).
   */
  public static <T, E extends ServiceException> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpClient client, HttpRequest request, BodyHandler<DecodedBody<T, E>> handler) {
    return client
        .sendAsync(request, handler)
        .thenApply(response -> new BodyResponse<>(response, response.body().orThrow()));
  }

  /** A response with its checked body replaced by the value. */
  private static final class BodyResponse<T> implements HttpResponse<T> {
    private final HttpResponse<?> response;
    private final T body;

    BodyResponse(HttpResponse<?> response, T body) {
      this.response = response;
      this.body = body;
    }

    @Override
    public int statusCode() {
      return response.statusCode();
    }

    @Override
    public HttpRequest request() {
      return response.request();
    }

    @Override
    public Optional<HttpResponse<T>> previousResponse() {
      // the client keeps no body for the responses that led here (redirects)
      return response.previousResponse().map(previous -> new BodyResponse<>(previous, null));
    }

    @Override
    public HttpHeaders headers() {
      return response.headers();
    }

    @Override
    public T body() {
      return body;
    }

    @Override
    public Optional<SSLSession> sslSession() {
      return response.sslSession();
    }

    @Override
    public URI uri() {
      return response.uri();
    }

    @Override
    public HttpClient.Version version() {
      return response.version();
    }

    @Override
    public String toString() {
      return response.toString();
    }
  }
}
