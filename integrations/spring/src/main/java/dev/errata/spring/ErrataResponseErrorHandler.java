package dev.errata.spring;

import dev.errata.ErrorDecoder;
import dev.errata.ServiceException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.http.HttpMethod;
import org.springframework.http.client.ClientHttpResponse;
import org.springframework.web.client.DefaultResponseErrorHandler;
import org.springframework.web.client.ResponseErrorHandler;

/**
 * A {@link ResponseErrorHandler} for {@code RestClient} and {@code RestTemplate} that raises the
 * provider's typed exception for a 4xx or 5xx response:
 *
 * <pre>{@code
 * RestClient client = RestClient.builder()
 *     .defaultStatusHandler(ErrataResponseErrorHandler.of(AlibabaEnsErrors.INSTANCE))
 *     .build();
 * restTemplate.setErrorHandler(ErrataResponseErrorHandler.of(AlibabaEnsErrors.INSTANCE));
 * }</pre>
 *
 * A handler sees a response before its body is read and cannot read it without taking it from the
 * caller, so it leaves responses below 400 alone: for a provider that sends errors with HTTP 200,
 * add {@link ErrataClientInterceptor}, which reads a bounded prefix and puts it back.
 */
public final class ErrataResponseErrorHandler implements ResponseErrorHandler {
  private static final ResponseErrorHandler FALLBACK = new DefaultResponseErrorHandler();

  private final ErrorDecoder<?> decoder;
  private final Consumer<? super ServiceException> listener;

  private ErrataResponseErrorHandler(
      ErrorDecoder<?> decoder, Consumer<? super ServiceException> listener) {
    this.decoder = decoder;
    this.listener = listener;
  }

  public static ErrataResponseErrorHandler of(ErrorDecoder<?> decoder) {
    return new ErrataResponseErrorHandler(Objects.requireNonNull(decoder, "decoder"), error -> {});
  }

  /** This handler, also telling {@code listener} of each error before raising it. */
  public ErrataResponseErrorHandler onError(Consumer<? super ServiceException> listener) {
    return new ErrataResponseErrorHandler(decoder, Objects.requireNonNull(listener, "listener"));
  }

  @Override
  public boolean hasError(ClientHttpResponse response) throws IOException {
    return response.getStatusCode().value() >= 400;
  }

  /** Raises the typed exception, decoded from at most the reader's limit of the body. */
  @Override
  public void handleError(URI url, HttpMethod method, ClientHttpResponse response)
      throws IOException {
    Optional<? extends ServiceException> error;
    try (InputStream body = response.getBody()) {
      error =
          decoder.decode(
              response.getStatusCode().value(), SpringHeaders.asMap(response.getHeaders()), body);
    }
    if (error.isPresent()) {
      listener.accept(error.get());
      throw error.get();
    }
    FALLBACK.handleError(url, method, response);
  }
}
