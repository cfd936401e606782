package dev.errata.feign;

import dev.errata.ErrorDecoder;
import dev.errata.ServiceException;
import feign.FeignException;
import feign.Response;
import java.io.IOException;
import java.lang.reflect.Type;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * A Feign {@link feign.codec.Decoder} that raises the provider's typed exception for an error
 * carried in a 2xx body, and otherwise hands the response, its body whole, to the decoder it wraps.
 * It reads at most the reader's {@link dev.errata.ResponseReader#maxBodyBytes()} to decide.
 *
 * <p>Feign wraps whatever a decoder throws, other than its own exceptions, in a {@link
 * feign.codec.DecodeException}; {@link ErrataCapability} installs this decoder together with the
 * step that throws the typed exception itself to the caller.
 */
public final class ErrataDecoder implements feign.codec.Decoder {
  private final feign.codec.Decoder delegate;
  private final ErrorDecoder<?> decoder;
  private final Consumer<? super ServiceException> listener;

  private ErrataDecoder(
      feign.codec.Decoder delegate,
      ErrorDecoder<?> decoder,
      Consumer<? super ServiceException> listener) {
    this.delegate = delegate;
    this.decoder = decoder;
    this.listener = listener;
  }

  /** Checks each 2xx body with {@code decoder} before {@code delegate} decodes it. */
  public static ErrataDecoder wrapping(feign.codec.Decoder delegate, ErrorDecoder<?> decoder) {
    return new ErrataDecoder(
        Objects.requireNonNull(delegate, "delegate"),
        Objects.requireNonNull(decoder, "decoder"),
        error -> {});
  }

  /** This decoder, also telling {@code listener} of each error before raising it. */
  public ErrataDecoder onError(Consumer<? super ServiceException> listener) {
    return new ErrataDecoder(delegate, decoder, Objects.requireNonNull(listener, "listener"));
  }

  @Override
  public Object decode(Response response, Type type) throws IOException, FeignException {
    BodyPrefix read = BodyPrefix.read(decoder, response);
    if (read.error().isPresent()) {
      ServiceException error = read.error().get();
      listener.accept(error);
      throw error;
    }
    return delegate.decode(read.restored(), type);
  }
}
