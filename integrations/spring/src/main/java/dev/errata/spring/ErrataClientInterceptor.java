package dev.errata.spring;

import dev.errata.ErrorDecoder;
import dev.errata.ServiceException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.client.ClientHttpRequestExecution;
import org.springframework.http.client.ClientHttpRequestInterceptor;
import org.springframework.http.client.ClientHttpResponse;

/**
 * A {@link ClientHttpRequestInterceptor} for {@code RestClient} and {@code RestTemplate} that
 * raises the provider's typed exception for every error response, those sent with HTTP 200
 * included:
 *
 * <pre>{@code
 * RestClient client = RestClient.builder()
 *     .requestInterceptor(ErrataClientInterceptor.of(HuaweiCbcErrors.INSTANCE))
 *     .build();
 * restTemplate.getInterceptors().add(ErrataClientInterceptor.of(HuaweiCbcErrors.INSTANCE));
 * }</pre>
 *
 * It reads at most the decoder's {@link dev.errata.ResponseReader#maxBodyBytes()} of each body and,
 * for a success, hands the response on with those bytes put back in front of the rest, so the
 * caller reads the whole body and nothing beyond that prefix is held in memory.
 */
public final class ErrataClientInterceptor implements ClientHttpRequestInterceptor {
  private final ErrorDecoder<?> decoder;
  private final Consumer<? super ServiceException> listener;

  private ErrataClientInterceptor(
      ErrorDecoder<?> decoder, Consumer<? super ServiceException> listener) {
    this.decoder = decoder;
    this.listener = listener;
  }

  public static ErrataClientInterceptor of(ErrorDecoder<?> decoder) {
    return new ErrataClientInterceptor(Objects.requireNonNull(decoder, "decoder"), error -> {});
  }

  /** This interceptor, also telling {@code listener} of each error before raising it. */
  public ErrataClientInterceptor onError(Consumer<? super ServiceException> listener) {
    return new ErrataClientInterceptor(decoder, Objects.requireNonNull(listener, "listener"));
  }

  @Override
  public ClientHttpResponse intercept(
      HttpRequest request, byte[] body, ClientHttpRequestExecution execution) throws IOException {
    ClientHttpResponse response = execution.execute(request, body);
    byte[] prefix;
    Optional<? extends ServiceException> error;
    try {
      InputStream stream = response.getBody();
      prefix = stream.readNBytes(decoder.reader().maxBodyBytes());
      error =
          decoder.decode(
              response.getStatusCode().value(),
              SpringHeaders.asMap(response.getHeaders()),
              new ByteArrayInputStream(prefix));
    } catch (IOException | RuntimeException failed) {
      response.close();
      throw failed;
    }
    if (error.isPresent()) {
      response.close();
      listener.accept(error.get());
      throw error.get();
    }
    return new PrefixRestored(response, prefix);
  }

  /** The response with the bytes the interceptor read put back in front of the rest of its body. */
  private static final class PrefixRestored implements ClientHttpResponse {
    private final ClientHttpResponse response;
    private final byte[] prefix;
    private InputStream body;

    PrefixRestored(ClientHttpResponse response, byte[] prefix) {
      this.response = response;
      this.prefix = prefix;
    }

    @Override
    public HttpStatusCode getStatusCode() throws IOException {
      return response.getStatusCode();
    }

    @Override
    public String getStatusText() throws IOException {
      return response.getStatusText();
    }

    @Override
    public HttpHeaders getHeaders() {
      return response.getHeaders();
    }

    @Override
    public synchronized InputStream getBody() throws IOException {
      if (body == null) {
        body = new SequenceInputStream(new ByteArrayInputStream(prefix), response.getBody());
      }
      return body;
    }

    @Override
    public void close() {
      response.close();
    }
  }
}
