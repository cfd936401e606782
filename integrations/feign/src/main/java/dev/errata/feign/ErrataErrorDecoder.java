package dev.errata.feign;

import dev.errata.ErrorDecoder;
import dev.errata.ServiceException;
import feign.Response;
import feign.codec.DecodeException;
import java.io.IOException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A Feign {@link feign.codec.ErrorDecoder} that returns the provider's typed exception for a
 * response outside 2xx, which Feign then throws to the caller. A response the provider's reader
 * does not take for an error (a 3xx without a code) goes to the fallback, Feign's default unless
 * given.
 */
public final class ErrataErrorDecoder implements feign.codec.ErrorDecoder {
  private final ErrorDecoder<?> decoder;
  private final feign.codec.ErrorDecoder fallback;
  private final Consumer<? super ServiceException> listener;

  private ErrataErrorDecoder(
      ErrorDecoder<?> decoder,
      feign.codec.ErrorDecoder fallback,
      Consumer<? super ServiceException> listener) {
    this.decoder = decoder;
    this.fallback = fallback;
    this.listener = listener;
  }

  public static ErrataErrorDecoder of(ErrorDecoder<?> decoder) {
    return new ErrataErrorDecoder(
        Objects.requireNonNull(decoder, "decoder"), new Default(), error -> {});
  }

  /**
   * This error decoder, handing responses that are no error to the provider to {@code fallback}.
   */
  public ErrataErrorDecoder orElse(feign.codec.ErrorDecoder fallback) {
    return new ErrataErrorDecoder(decoder, Objects.requireNonNull(fallback, "fallback"), listener);
  }

  /** This error decoder, also telling {@code listener} of each error it returns. */
  public ErrataErrorDecoder onError(Consumer<? super ServiceException> listener) {
    return new ErrataErrorDecoder(decoder, fallback, Objects.requireNonNull(listener, "listener"));
  }

  @Override
  public Exception decode(String methodKey, Response response) {
    BodyPrefix read;
    try {
      read = BodyPrefix.read(decoder, response);
    } catch (IOException e) {
      return new DecodeException(
          response.status(), "reading the error body failed: " + e, response.request(), e);
    }
    if (read.error().isEmpty()) {
      return fallback.decode(methodKey, read.restored());
    }
    ServiceException error = read.error().get();
    listener.accept(error);
    return error;
  }
}
