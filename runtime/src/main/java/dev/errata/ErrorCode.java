package dev.errata;

/**
 * One row of a provider's error table, as a constant of a generated {@code <Provider>ErrorCode}
 * enum. Every text is the table cell exactly; a cell the table leaves empty (or marks {@code -}) is
 * the empty string.
 */
public interface ErrorCode {

  /** The provider id this code belongs to, such as {@code huawei-cbc}. */
  String provider();

  /**
   * The code as the table writes it. For a pattern code such as {@code InvalidParameter.%s} this is
   * the pattern; the code a server returns is in {@link ServiceException#code()}.
   */
  String code();

  /** The HTTP status the table gives for this code, or {@code 0} when it gives none. */
  int httpStatus();

  /** The message column (usually English), or the only text the table has. */
  String message();

  /** The description column (often Chinese). */
  String description();

  /** What the table says to do about it. */
  String solution();

  /** Where this code sits in the common taxonomy. */
  ErrorKind kind();

  /** Whether retrying the same request may succeed. */
  boolean retryable();

  /** Whether {@link #code()} is a pattern (it holds a placeholder such as {@code %s}). */
  default boolean isPattern() {
    return false;
  }
}
