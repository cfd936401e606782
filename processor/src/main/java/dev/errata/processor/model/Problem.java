package dev.errata.processor.model;

/**
 * Something wrong with a table, located in it. Errors stop generation for that table; warnings
 * describe a deterministic repair.
 *
 * @param line 1-based line in the table file, or {@code 0} when the problem is the whole file
 * @param column 1-based column, or {@code 0} when unknown
 */
public record Problem(Severity severity, String file, int line, int column, String message) {

  public enum Severity {
    ERROR,
    WARNING
  }

  public static Problem error(String file, int line, String message) {
    return new Problem(Severity.ERROR, file, line, 0, message);
  }

  public static Problem warning(String file, int line, String message) {
    return new Problem(Severity.WARNING, file, line, 0, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** {@code file:line[:column]: message}, the way compilers print locations. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    return text.append(": ").append(message).toString();
  }
}
