package dev.errata.http;

import dev.errata.ErrorDecoder;
import dev.errata.ServiceException;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link java.net.http.HttpResponse.BodyHandler}s that run an {@link ErrorDecoder} over each
 * response, for {@link java.net.http.HttpClient}.
 *
 * <p>They hand back a {@link DecodedBody} rather than throw: {@code HttpClient.send} wraps any
 * exception a body handler throws in an {@link java.io.IOException}, so a typed exception thrown
 * there could not be caught by its type. Call {@link DecodedBody#orThrow()}, or use {@link
 * ErrataHttp#send}, which does:
 *
 * <pre>{@code
 * HttpResponse<DecodedBody<String, HuaweiCbcException>> response =
 *     client.send(request, ErrataBodyHandlers.ofString(cbcErrors));
 * try {
 *   String json = response.body().orThrow();
 * } catch (HuaweiCbcException.Cbc5003 e) {
 *   ...
 * }
 * }</pre>
 *
 * The whole body is read, as {@code BodyHandlers.ofByteArray()} does; the decoder looks at its
 * first {@link dev.errata.ResponseReader#maxBodyBytes()} bytes.
 */
public final class ErrataBodyHandlers {
  private ErrataBodyHandlers() {}

  private static final Pattern CHARSET =
      Pattern.compile("(?i);\\s*charset\\s*=\\s*\"?([^\";\\s]+)");

  /** The body as bytes on success. */
  public static <E extends ServiceException> BodyHandler<DecodedBody<byte[], E>> ofByteArray(
      ErrorDecoder<E> decoder) {
    return checked(decoder, (info, bytes) -> bytes);
  }

  /**
   * The body as text on success, decoded by the {@code charset} of {@code Content-Type}, else
   * UTF-8, as {@code BodyHandlers.ofString()} does.
   */
  public static <E extends ServiceException> BodyHandler<DecodedBody<String, E>> ofString(
      ErrorDecoder<E> decoder) {
    return checked(decoder, (info, bytes) -> new String(bytes, charset(info)));
  }

  /**
   * The body mapped by {@code onSuccess} on success, such as to a parsed object; the function is
   * not called for an error.
   */
  public static <T, E extends ServiceException> BodyHandler<DecodedBody<T, E>> mapping(
      ErrorDecoder<E> decoder, Function<? super byte[], ? extends T> onSuccess) {
    Objects.requireNonNull(onSuccess, "onSuccess");
    return checked(decoder, (info, bytes) -> onSuccess.apply(bytes));
  }

  private interface SuccessBody<T> {
    T from(ResponseInfo info, byte[] bytes);
  }

  private static <T, E extends ServiceException> BodyHandler<DecodedBody<T, E>> checked(
      ErrorDecoder<E> decoder, SuccessBody<T> onSuccess) {
    Objects.requireNonNull(decoder, "decoder");
    return info ->
        BodySubscribers.mapping(
            BodySubscribers.ofByteArray(),
            bytes -> {
              Optional<E> error = decoder.decode(info.statusCode(), info.headers(), bytes);
              return error.isPresent()
                  ? DecodedBody.<T, E>failure(error.get())
                  : DecodedBody.<T, E>success(onSuccess.from(info, bytes));
            });
  }

  private static Charset charset(ResponseInfo info) {
    Optional<String> contentType = info.headers().firstValue("Content-Type");
    if (contentType.isPresent()) {
      Matcher charset = CHARSET.matcher(contentType.get());
      if (charset.find()) {
        try {
          return Charset.forName(charset.group(1));
        } catch (IllegalArgumentException unknown) {
          return StandardCharsets.UTF_8;
        }
      }
    }
    return StandardCharsets.UTF_8;
  }
}
