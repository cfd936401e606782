package dev.errata;

import java.util.List;
import java.util.Optional;

/**
 * The root of every generated provider exception: an error response from a cloud API, typed by the
 * provider's table. Unchecked, immutable and serializable.
 *
 * <p>Generated subclasses add nothing but their type: {@code catch (HuaweiCbcException.Cbc5003 e)}
 * for one code, {@code catch (HuaweiCbcException.InsufficientFunds e)} for a kind, or {@code catch
 * (ServiceException e)} and {@link #kind()} across providers.
 */
public abstract class ServiceException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String provider;
  private final ErrorCode errorCode;
  private final ErrorResponse response;
  private Throwable cause;

  /**
   * @param provider the provider id
   * @param response what was read from the response
   * @param errorCode the table's entry, or {@code null} when the table does not list the code
   */
  protected ServiceException(String provider, ErrorResponse response, ErrorCode errorCode) {
    super(null, null, false, true);
    this.provider = provider;
    this.response = response;
    this.errorCode = errorCode;
  }

  /** The provider id, such as {@code huawei-cbc}. */
  public String provider() {
    return provider;
  }

  /** The table's entry for this error; empty when the table does not list the code. */
  public Optional<ErrorCode> errorCode() {
    return Optional.ofNullable(errorCode);
  }

  /**
   * The code as the server returned it ({@code InvalidParameter.LoadBalancerSpec}, not the table's
   * pattern), or the empty string when the response carried none.
   */
  public String code() {
    String code = response.code();
    return code == null ? "" : code;
  }

  /** The HTTP status as received (Huawei CBC, for one, sends errors with 200). */
  public int httpStatus() {
    return response.status();
  }

  /** The message the server sent, or the empty string. */
  public String serverMessage() {
    String message = response.message();
    return message == null ? "" : message;
  }

  /** The request id from the body or the response headers. */
  public Optional<String> requestId() {
    return Optional.ofNullable(response.requestId());
  }

  /**
   * The values that filled the table's placeholders, each once: first those of a pattern code
   * ({@code InvalidParameter.%s} returned as {@code InvalidParameter.LoadBalancerSpec} gives {@code
   * LoadBalancerSpec}), then those of the message ({@code %s}, {@code {name}}, {@code XXX} ...).
   * Empty when nothing matched.
   */
  public List<String> arguments() {
    if (errorCode == null) {
      return List.of();
    }
    String codeTemplate = errorCode.isPattern() ? errorCode.code() : null;
    return Placeholders.capture(codeTemplate, code(), errorCode.message(), serverMessage());
  }

  /** The kind of failure: the table's for a known code, the HTTP status's otherwise. */
  public ErrorKind kind() {
    return errorCode != null ? errorCode.kind() : ErrorKind.fromHttpStatus(response.status());
  }

  /** Whether retrying the same request may succeed. */
  public boolean isRetryable() {
    return errorCode != null ? errorCode.retryable() : kind().retryableByDefault();
  }

  /** What the table says to do, when it says anything. */
  public Optional<String> solution() {
    if (errorCode == null || errorCode.solution().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(errorCode.solution());
  }

  /** The body as received, cut at the reader's limit. */
  public String rawBody() {
    return response.body();
  }

  /** The exception this one was made from, such as an SDK's; {@code null} when there is none. */
  @Override
  public synchronized Throwable getCause() {
    return cause;
  }

  /**
   * Keeps the exception this one was made from, such as the SDK exception that {@link
   * ErrorDecoder#decodeParsed(int, String, String, String)} decoded. May be called once.
   *
   * @throws IllegalStateException when a cause is already set
   * @throws IllegalArgumentException when {@code cause} is this exception
   */
  @Override
  public synchronized ServiceException initCause(Throwable cause) {
    if (this.cause != null) {
      throw new IllegalStateException("cause already set to " + this.cause, this);
    }
    if (cause == this) {
      throw new IllegalArgumentException("an exception cannot be its own cause", this);
    }
    this.cause = cause;
    return this;
  }

  /** Everything that was read from the response. */
  public ErrorResponse response() {
    return response;
  }

  /**
   * One line for a log: code, status, the server's message (or the table's), request id and the
   * table's solution.
   */
  @Override
  public String getMessage() {
    StringBuilder text = new StringBuilder(160);
    text.append(response.code() == null ? "(no code)" : response.code())
        .append(" (HTTP ")
        .append(response.status())
        .append(", ")
        .append(kind())
        .append(')');
    String message = serverMessage();
    if (message.isEmpty() && errorCode != null) {
      message = errorCode.message();
    }
    if (!message.isEmpty()) {
      text.append(": ").append(message);
    }
    if (response.requestId() != null) {
      text.append(" [request ").append(response.requestId()).append(']');
    }
    solution().ifPresent(s -> text.append(" Solution: ").append(s));
    return text.toString();
  }
}
