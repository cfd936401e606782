package dev.errata;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.Objects;

/**
 * What was read from one HTTP response: the status as received and, when the body had them, the
 * provider's code, message and request id. Produced by {@link ResponseReader}; immutable (a message
 * read from a JSON body is decoded from the body text on the first call of {@link #message()},
 * always to the same text).
 */
public final class ErrorResponse implements Serializable {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String code;

  /** The message, or {@code null} while it is still only a place in the body. */
  private String message;

  /** One more than where the JSON value holding the message starts in {@link #body}; 0 if none. */
  private final transient int messageInBody;

  private final String requestId;
  private final String body;
  private final boolean error;

  /**
   * @param status the HTTP status as received
   * @param code the provider's code as returned, or {@code null} when the body had none
   * @param message the server's message, or {@code null}
   * @param requestId the request id from body or headers, or {@code null}
   * @param body the body as text, bounded by the reader, never {@code null}
   * @param error whether this response is an error
   */
  public ErrorResponse(
      int status, String code, String message, String requestId, String body, boolean error) {
    this.status = status;
    this.code = code;
    this.message = message;
    this.messageInBody = 0;
    this.requestId = requestId;
    this.body = body == null ? "" : body;
    this.error = error;
  }

  /**
   * For a reader: the message is the JSON string or number that starts at {@code messageStart} of
   * the body, decoded when it is first asked for; -1 for no message.
   */
  ErrorResponse(
      int status, String code, int messageStart, String requestId, String body, boolean error) {
    this.status = status;
    this.code = code;
    this.messageInBody = messageStart + 1;
    this.requestId = requestId;
    this.body = body;
    this.error = error;
  }

  public int status() {
    return status;
  }

  /** The code as the server returned it, or {@code null}. */
  public String code() {
    return code;
  }

  /** The server's message, or {@code null}. */
  public String message() {
    String decoded = message;
    if (decoded == null && messageInBody > 0) {
      // racing threads decode the same text; whichever String is kept, it is equal to the other
      decoded = JsonBodyScanner.scalarAt(body, messageInBody - 1);
      message = decoded;
    }
    return decoded;
  }

  /** The request id, or {@code null}. */
  public String requestId() {
    return requestId;
  }

  /** The body as text, cut at the reader's limit. */
  public String body() {
    return body;
  }

  public boolean isError() {
    return error;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ErrorResponse other
        && status == other.status
        && error == other.error
        && Objects.equals(code, other.code)
        && Objects.equals(message(), other.message())
        && Objects.equals(requestId, other.requestId)
        && body.equals(other.body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(status, code, message(), requestId, body, error);
  }

  @Override
  public String toString() {
    return "ErrorResponse{status="
        + status
        + ", code="
        + code
        + ", message="
        + message()
        + ", requestId="
        + requestId
        + ", error="
        + error
        + "}";
  }

  /** The message goes into the stream as text: where it stood in the body is not written. */
  private void writeObject(ObjectOutputStream out) throws IOException {
    message();
    out.defaultWriteObject();
  }
}
