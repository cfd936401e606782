package dev.errata.tencentcloud;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import dev.errata.ErrorDecoder;
import dev.errata.ServiceException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Turns the Tencent Cloud SDK's {@link TencentCloudSDKException} into the provider's typed
 * exception, the SDK's exception kept as the cause.
 *
 * <pre>{@code
 * TencentCloudBridge<TencentCvmException> cvm = TencentCloudBridge.of(TencentCvmErrors.INSTANCE);
 * try {
 *   client.RunInstances(request);
 * } catch (TencentCloudSDKException e) {
 *   throw cvm.translate(e);
 * }
 * }</pre>
 *
 * The SDK keeps the code, message and request id of the body's {@code Response.Error}, but not the
 * HTTP status: the typed exception's {@code httpStatus()} is {@code 0}, not known, and its kind
 * comes from the table alone.
 *
 * @param <E> the provider's exception root
 */
public final class TencentCloudBridge<E extends ServiceException> {
  private final ErrorDecoder<E> decoder;
  private final Consumer<? super ServiceException> listener;

  private TencentCloudBridge(ErrorDecoder<E> decoder, Consumer<? super ServiceException> listener) {
    this.decoder = decoder;
    this.listener = listener;
  }

  public static <E extends ServiceException> TencentCloudBridge<E> of(ErrorDecoder<E> decoder) {
    return new TencentCloudBridge<>(Objects.requireNonNull(decoder, "decoder"), error -> {});
  }

  /** This bridge, also telling {@code listener} of each exception it makes. */
  public TencentCloudBridge<E> onError(Consumer<? super ServiceException> listener) {
    return new TencentCloudBridge<>(decoder, Objects.requireNonNull(listener, "listener"));
  }

  /** The typed exception, or empty when the provider counts the code as success. */
  public Optional<E> decode(TencentCloudSDKException sdkException) {
    Optional<E> error =
        decoder.decodeParsed(
            0, sdkException.getErrorCode(), sdkException.getMessage(), sdkException.getRequestId());
    error.ifPresent(
        typed -> {
          typed.initCause(sdkException);
          listener.accept(typed);
        });
    return error;
  }

  /**
   * The typed exception to throw in place of the SDK's, which is checked; the SDK's wrapped in an
   * {@link IllegalStateException} when the provider counts its code as success.
   */
  public RuntimeException translate(TencentCloudSDKException sdkException) {
    return decode(sdkException)
        .<RuntimeException>map(typed -> typed)
        .orElseGet(() -> new IllegalStateException(sdkException.getMessage(), sdkException));
  }
}
