package dev.errata;

/**
 * What a response is, without an exception: what was read from it and, for an error whose code the
 * table lists, the table's entry. For callers that route, count or log errors rather than throw
 * them; {@link ErrorDecoder#classify} makes one without filling a stack trace.
 *
 * @param response what was read
 * @param errorCode the table's entry for the code, or {@code null} for a success or a code the
 *     table does not list
 */
public record Classification(ErrorResponse response, ErrorCode errorCode) {

  public boolean isError() {
    return response.isError();
  }

  /**
   * The kind of failure, as {@link ServiceException#kind()} would say: the table's for a listed
   * code, the HTTP status's otherwise; {@code null} for a success.
   */
  public ErrorKind kind() {
    if (!response.isError()) {
      return null;
    }
    return errorCode != null ? errorCode.kind() : ErrorKind.fromHttpStatus(response.status());
  }

  /**
   * Whether retrying may succeed, as {@link ServiceException#isRetryable()}; {@code false} for a
   * success.
   */
  public boolean isRetryable() {
    if (!response.isError()) {
      return false;
    }
    return errorCode != null ? errorCode.retryable() : kind().retryableByDefault();
  }
}
