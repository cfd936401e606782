package dev.errata.benchmarks;

/** The exception a hand-written decoder throws: a code and a message, nothing typed. */
final class ApiException extends RuntimeException {
  private final String code;

  ApiException(String code, String message) {
    super(message);
    this.code = code;
  }

  String code() {
    return code;
  }
}
