package dev.errata.aliyun.tea;

import com.aliyun.tea.TeaException;
import dev.errata.ErrorDecoder;
import dev.errata.ServiceException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns Alibaba Cloud's {@link TeaException}, which the Tea-based SDKs throw for an error response,
 * into the provider's typed exception, the {@code TeaException} kept as the cause.
 *
 * <pre>{@code
 * TeaBridge<AlibabaEnsException> ens = TeaBridge.of(AlibabaEnsErrors.INSTANCE);
 * try {
 *   client.createLoadBalancer(request);
 * } catch (TeaException e) {
 *   throw ens.translate(e);
 * }
 * }</pre>
 *
 * The SDKs put the parsed body in {@link TeaException#getData()} with the HTTP status under {@code
 * statusCode}, and a message decorated with status and request id in {@link
 * TeaException#getMessage()}: the server's own {@code Message} and {@code RequestId} are taken from
 * the data when it has them, the status from {@link TeaException#getStatusCode()} ({@code 0}, not
 * known, when it is missing).
 *
 * @param <E> the provider's exception root
 */
public final class TeaBridge<E extends ServiceException> {
  private final ErrorDecoder<E> decoder;
  private final Consumer<? super ServiceException> listener;

  private TeaBridge(ErrorDecoder<E> decoder, Consumer<? super ServiceException> listener) {
    this.decoder = decoder;
    this.listener = listener;
  }

  public static <E extends ServiceException> TeaBridge<E> of(ErrorDecoder<E> decoder) {
    return new TeaBridge<>(Objects.requireNonNull(decoder, "decoder"), error -> {});
  }

  /** This bridge, also telling {@code listener} of each exception it makes. */
  public TeaBridge<E> onError(Consumer<? super ServiceException> listener) {
    return new TeaBridge<>(decoder, Objects.requireNonNull(listener, "listener"));
  }

  /** The typed exception, or empty when the provider counts the code as success. */
  public Optional<E> decode(TeaException sdkException) {
    Map<String, Object> data = sdkException.getData();
    String message = text(data, "Message", "message");
    Integer status = sdkException.getStatusCode();
    Optional<E> error =
        decoder.decodeParsed(
            status == null ? 0 : status,
            code(sdkException.getCode()),
            message != null ? message : sdkException.getMessage(),
            text(data, "RequestId", "requestId"));
    error.ifPresent(
        typed -> {
          typed.initCause(sdkException);
          listener.accept(typed);
        });
    return error;
  }

  /** The typed exception to throw in place of the SDK's; the SDK's itself when it is no error. */
  public RuntimeException translate(TeaException sdkException) {
    return decode(sdkException).<RuntimeException>map(typed -> typed).orElse(sdkException);
  }

  /** Tea writes a missing code as {@code String.valueOf(null)}. */
  private static String code(String code) {
    return code == null || code.equals("null") ? null : code;
  }

  private static String text(Map<String, Object> data, String... keys) {
    if (data == null) {
      return null;
    }
    for (String key : keys) {
      if (data.get(key) instanceof String value && !value.isBlank()) {
        return value;
      }
    }
    return null;
  }
}
