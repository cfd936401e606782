package dev.errata;

/**
 * One taxonomy of failure for every provider, modelled on {@code google.rpc.Code} and extended for
 * what provider error tables are full of (billing and quota failures).
 *
 * <p>A generated code's kind comes from the table's {@code kind} column when it has one, else from
 * a per-code rule on {@link ErrorCatalog}, else from the HTTP status and the wording of the code,
 * message, description and solution. A response whose code the table does not list gets its kind
 * from the HTTP status alone ({@link #fromHttpStatus(int)}).
 */
public enum ErrorKind {
  /**
   * The request itself is wrong: a missing, malformed, out-of-range or self-contradicting parameter
   * (a bad format, a duplicate inside the request, a value above what the field allows). Fix the
   * call.
   */
  INVALID_ARGUMENT(false),
  /** No valid credentials: missing, expired or bad token or signature. */
  UNAUTHENTICATED(false),
  /**
   * The caller is known but not allowed to do this: missing permission or policy, account frozen,
   * restricted or suspended, real-name verification missing, rejected by risk control.
   */
  PERMISSION_DENIED(false),
  /** The named resource (order, instance, coupon, device ...) does not exist or was deleted. */
  NOT_FOUND(false),
  /** What the request would create exists already. */
  ALREADY_EXISTS(false),
  /**
   * Another operation on the same resource is in the way: concurrent change, lock, order in
   * progress.
   */
  CONFLICT(false),
  /**
   * The resource or account is not in a state that allows the operation: expired, released, unpaid,
   * not activated, wrong status, a deadline passed. Change the state first.
   */
  FAILED_PRECONDITION(false),
  /**
   * A limit on the amount of something was reached: quota, capacity, count, stock sold out. Not a
   * rate over time ({@link #THROTTLED}) and not money ({@link #INSUFFICIENT_FUNDS}).
   */
  QUOTA_EXCEEDED(false),
  /** Too many requests in too short a time: rate limiting or flow control. Retry with back-off. */
  THROTTLED(true),
  /**
   * The account lacks money: balance, credit, voucher or stored-value card insufficient; arrears.
   */
  INSUFFICIENT_FUNDS(false),
  /** The service or a dependency is temporarily unavailable. Retry with back-off. */
  UNAVAILABLE(true),
  /**
   * The operation did not finish in time. It may or may not have happened; retry idempotent calls.
   */
  TIMEOUT(true),
  /**
   * The provider failed on its side: system error, backend exception, an operation that failed for
   * no reason the caller can fix.
   */
  INTERNAL(false),
  /**
   * The operation, type or option is not supported, not implemented or not offered for this
   * resource or product.
   */
  UNSUPPORTED(false),
  /** Nothing says which of the above it is. */
  UNKNOWN(false);

  private final boolean retryableByDefault;

  ErrorKind(boolean retryableByDefault) {
    this.retryableByDefault = retryableByDefault;
  }

  /** Whether a failure of this kind is worth retrying when nothing more specific is known. */
  public boolean retryableByDefault() {
    return retryableByDefault;
  }

  /**
   * The kind an HTTP status implies on its own, used for responses whose code is not in the table
   * or that carry no code at all. Statuses that say little (400, 2xx, 3xx) give {@link #UNKNOWN}.
   */
  public static ErrorKind fromHttpStatus(int status) {
    return switch (status) {
      case 401 -> UNAUTHENTICATED;
      case 402 -> INSUFFICIENT_FUNDS;
      case 403 -> PERMISSION_DENIED;
      case 404, 410 -> NOT_FOUND;
      case 405, 501 -> UNSUPPORTED;
      case 408, 504 -> TIMEOUT;
      case 409 -> CONFLICT;
      case 412, 428 -> FAILED_PRECONDITION;
      case 413, 414, 415, 422 -> INVALID_ARGUMENT;
      case 429 -> THROTTLED;
      case 502, 503 -> UNAVAILABLE;
      default -> status >= 500 && status <= 599 ? INTERNAL : UNKNOWN;
    };
  }
}
