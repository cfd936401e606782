package dev.errata.feign;

import dev.errata.ErrorDecoder;
import dev.errata.ServiceException;
import feign.Capability;
import feign.ResponseInterceptor;
import feign.codec.DecodeException;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Everything for one provider in one line: the error decoder for responses outside 2xx, the decoder
 * check for errors in a 2xx body, and the step that lets the typed exception of the latter reach
 * the caller unwrapped (Feign puts what a decoder throws inside a {@link DecodeException}):
 *
 * <pre>{@code
 * CbcApi api = Feign.builder()
 *     .addCapability(ErrataCapability.of(HuaweiCbcErrors.INSTANCE))
 *     .target(CbcApi.class, "https://bss.myhuaweicloud.com");
 * }</pre>
 *
 * The builder's own decoder and error decoder stay in use: the first for every success, the second
 * for responses the provider's reader does not take for errors.
 */
public final class ErrataCapability implements Capability {
  private final ErrorDecoder<?> decoder;
  private final Consumer<? super ServiceException> listener;

  private ErrataCapability(ErrorDecoder<?> decoder, Consumer<? super ServiceException> listener) {
    this.decoder = decoder;
    this.listener = listener;
  }

  public static ErrataCapability of(ErrorDecoder<?> decoder) {
    return new ErrataCapability(Objects.requireNonNull(decoder, "decoder"), error -> {});
  }

  /** This capability, also telling {@code listener} of each error before it is raised. */
  public ErrataCapability onError(Consumer<? super ServiceException> listener) {
    return new ErrataCapability(decoder, Objects.requireNonNull(listener, "listener"));
  }

  @Override
  public feign.codec.ErrorDecoder enrich(feign.codec.ErrorDecoder errorDecoder) {
    return ErrataErrorDecoder.of(decoder).orElse(errorDecoder).onError(listener);
  }

  @Override
  public feign.codec.Decoder enrich(feign.codec.Decoder delegate) {
    return ErrataDecoder.wrapping(delegate, decoder).onError(listener);
  }

  @Override
  public ResponseInterceptor.Chain enrich(ResponseInterceptor.Chain chain) {
    return context -> {
      try {
        return chain.next(context);
      } catch (DecodeException wrapped) {
        if (wrapped.getCause() instanceof ServiceException error) {
          throw error;
        }
        throw wrapped;
      }
    };
  }
}
