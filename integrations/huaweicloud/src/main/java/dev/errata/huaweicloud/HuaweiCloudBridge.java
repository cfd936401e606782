package dev.errata.huaweicloud;

import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import dev.errata.ErrorDecoder;
import dev.errata.ServiceException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns the Huawei Cloud SDK's {@link ServiceResponseException} (and its {@code
 * ClientRequestException} and {@code ServerResponseException}) into the provider's typed exception:
 * code, message, request id and HTTP status as the SDK parsed them, the SDK's exception kept as the
 * cause.
 *
 * <pre>{@code
 * HuaweiCloudBridge<HuaweiCbcException> cbc = HuaweiCloudBridge.of(HuaweiCbcErrors.INSTANCE);
 * try {
 *   client.payOrders(request);
 * } catch (ServiceResponseException e) {
 *   throw cbc.translate(e);
 * }
 * }</pre>
 *
 * @param <E> the provider's exception root
 */
public final class HuaweiCloudBridge<E extends ServiceException> {
  private final ErrorDecoder<E> decoder;
  private final Consumer<? super ServiceException> listener;

  private HuaweiCloudBridge(ErrorDecoder<E> decoder, Consumer<? super ServiceException> listener) {
    this.decoder = decoder;
    this.listener = listener;
  }

  public static <E extends ServiceException> HuaweiCloudBridge<E> of(ErrorDecoder<E> decoder) {
    return new HuaweiCloudBridge<>(Objects.requireNonNull(decoder, "decoder"), error -> {});
  }

  /** This bridge, also telling {@code listener} of each exception it makes. */
  public HuaweiCloudBridge<E> onError(Consumer<? super ServiceException> listener) {
    return new HuaweiCloudBridge<>(decoder, Objects.requireNonNull(listener, "listener"));
  }

  /** The typed exception, or empty when the provider counts the SDK's code as success. */
  public Optional<E> decode(ServiceResponseException sdkException) {
    Optional<E> error =
        decoder.decodeParsed(
            sdkException.getHttpStatusCode(),
            sdkException.getErrorCode(),
            sdkException.getErrorMsg(),
            sdkException.getRequestId());
    error.ifPresent(
        typed -> {
          typed.initCause(sdkException);
          listener.accept(typed);
        });
    return error;
  }

  /** The typed exception to throw in place of the SDK's; the SDK's itself when it is no error. */
  public RuntimeException translate(ServiceResponseException sdkException) {
    return decode(sdkException).<RuntimeException>map(typed -> typed).orElse(sdkException);
  }
}
