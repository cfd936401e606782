package dev.errata;

/** A table row that is a code and nothing else, for tests of how codes are found. */
interface CodeOnly extends ErrorCode {
  @Override
  default String provider() {
    return "test";
  }

  @Override
  default int httpStatus() {
    return 0;
  }

  @Override
  default String message() {
    return "";
  }

  @Override
  default String description() {
    return "";
  }

  @Override
  default String solution() {
    return "";
  }

  @Override
  default ErrorKind kind() {
    return ErrorKind.UNKNOWN;
  }

  @Override
  default boolean retryable() {
    return false;
  }

  @Override
  default boolean isPattern() {
    return Placeholders.isPattern(code());
  }
}
