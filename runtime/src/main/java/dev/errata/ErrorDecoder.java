package dev.errata;

import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.List;
import java.util.Optional;

/**
 * Turns an HTTP response into a provider's typed exception. Generated {@code <Provider>Errors}
 * classes implement it and are registered with {@link java.util.ServiceLoader}; {@link Errata}
 * finds them by provider id.
 *
 * <p>Every {@code decode} returns {@link Optional#empty()} when the response is a success and the
 * provider's exception otherwise. No input makes it throw: an unreadable body becomes the
 * provider's {@code Unknown} exception with status and body kept.
 *
 * @param <E> the provider's exception root
 */
public interface ErrorDecoder<E extends ServiceException> {

  /** The provider id, such as {@code huawei-cbc}. */
  String provider();

  /** How this provider's bodies are read. */
  ResponseReader reader();

  /** Builds the exception for a response {@link ErrorResponse#isError() known to be an error}. */
  E toException(ErrorResponse response);

  /**
   * The table's entry for a code as a server returned it, or {@code null}: what
   * {@code <Provider>ErrorCode.fromCode} finds. Generated decoders answer it from the table; this
   * default builds an exception to ask it.
   */
  default ErrorCode errorCode(String code) {
    return toException(new ErrorResponse(0, code, null, null, "", true)).errorCode().orElse(null);
  }

  /**
   * Reads a response and looks its code up, building no exception: the constant and what was read,
   * for callers that route, count or log errors. {@link #decode} and {@link #throwIfError} build
   * the exception, stack trace filled, for callers that throw it.
   */
  default Classification classify(int status, Map<String, List<String>> headers, byte[] body) {
    return classify(reader().read(status, headers, body));
  }

  default Classification classify(ErrorResponse response) {
    return new Classification(response, response.isError() ? errorCode(response.code()) : null);
  }

  default Optional<E> decode(ErrorResponse response) {
    return response.isError() ? Optional.of(toException(response)) : Optional.empty();
  }

  default Optional<E> decode(int status, String body) {
    return decode(status, Map.of(), body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }

  default Optional<E> decode(int status, byte[] body) {
    return decode(status, Map.of(), body);
  }

  default Optional<E> decode(int status, Map<String, List<String>> headers, byte[] body) {
    return decode(reader().read(status, headers, body));
  }

  default Optional<E> decode(int status, HttpHeaders headers, byte[] body) {
    return decode(status, headers.map(), body);
  }

  /** Reads at most {@link ResponseReader#maxBodyBytes()} of the stream; does not close it. */
  default Optional<E> decode(int status, Map<String, List<String>> headers, InputStream body) {
    return decode(reader().read(status, headers, body));
  }

  /**
   * For a code and message already parsed elsewhere, such as from an SDK's exception. A success
   * code, or no code with a 2xx status, is not an error.
   */
  default Optional<E> decodeParsed(int status, String code, String message) {
    return decode(reader().fromParsed(status, code, message));
  }

  /** Throws the provider's exception if the response is an error; returns normally otherwise. */
  default void throwIfError(int status, Map<String, List<String>> headers, byte[] body) {
    Optional<E> error = decode(status, headers, body);
    if (error.isPresent()) {
      throw error.get();
    }
  }

  default void throwIfError(int status, String body) {
    throwIfError(status, Map.of(), body == null ? null : body.getBytes(StandardCharsets.UTF_8));
  }
}
