package dev.errata.okhttp;

import dev.errata.ErrorDecoder;
import dev.errata.ServiceException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import okhttp3.Interceptor;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * An OkHttp {@link Interceptor} that raises the provider's typed exception for an error response,
 * including an error sent with HTTP 200, and hands every other response on untouched:
 *
 * <pre>{@code
 * OkHttpClient client = new OkHttpClient.Builder()
 *     .addInterceptor(ErrataInterceptor.of(HuaweiCbcErrors.INSTANCE))
 *     .build();
 * try (Response response = client.newCall(request).execute()) {
 *   ...
 * } catch (HuaweiCbcException.InsufficientFunds e) {
 *   ...
 * }
 * }</pre>
 *
 * It looks at no more of a body than the decoder's {@link
 * dev.errata.ResponseReader#maxBodyBytes()}, through {@link Response#peekBody(long)}, so the caller
 * still reads the whole body of a success.
 *
 * <p>The typed exception is unchecked, which suits {@code Call.execute()} and Retrofit's {@code
 * Call.execute()}. OkHttp hands an asynchronous call's callback only {@link IOException}s and
 * treats anything else an interceptor throws as a crash of its dispatcher thread: for {@code
 * enqueue}, Retrofit's {@code enqueue}, and the Kotlin, RxJava and future adapters built on it, use
 * {@link #wrappingInIOException()}.
 */
public final class ErrataInterceptor implements Interceptor {
  private static final Consumer<ServiceException> NO_LISTENER = error -> {};

  private final ErrorDecoder<?> decoder;
  private final Consumer<? super ServiceException> listener;
  private final boolean wrapInIOException;

  private ErrataInterceptor(
      ErrorDecoder<?> decoder,
      Consumer<? super ServiceException> listener,
      boolean wrapInIOException) {
    this.decoder = decoder;
    this.listener = listener;
    this.wrapInIOException = wrapInIOException;
  }

  /** Raises {@code decoder}'s exception for every error response. */
  public static ErrataInterceptor of(ErrorDecoder<?> decoder) {
    return new ErrataInterceptor(Objects.requireNonNull(decoder, "decoder"), NO_LISTENER, false);
  }

  /**
   * This interceptor, also telling {@code listener} of each error before raising it, such as
   * errata-micrometer's counter.
   */
  public ErrataInterceptor onError(Consumer<? super ServiceException> listener) {
    return new ErrataInterceptor(
        decoder, Objects.requireNonNull(listener, "listener"), wrapInIOException);
  }

  /**
   * This interceptor, raising a {@link ServiceIOException} whose cause is the typed exception, for
   * calls made with {@code enqueue}: their callback's {@code onFailure} receives it.
   */
  public ErrataInterceptor wrappingInIOException() {
    return new ErrataInterceptor(decoder, listener, true);
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Response response = chain.proceed(chain.request());
    Optional<? extends ServiceException> error;
    try (ResponseBody prefix = response.peekBody(decoder.reader().maxBodyBytes());
        InputStream body = prefix.byteStream()) {
      error = decoder.decode(response.code(), response.headers().toMultimap(), body);
    } catch (IOException | RuntimeException failed) {
      response.close();
      throw failed;
    }
    if (error.isEmpty()) {
      return response;
    }
    response.close();
    ServiceException exception = error.get();
    listener.accept(exception);
    if (wrapInIOException) {
      throw new ServiceIOException(exception);
    }
    throw exception;
  }
}
