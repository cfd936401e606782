package dev.errata.processor.model;

/**
 * One row of an error table as read: each text is the cell exactly, or {@code ""} when the cell is
 * absent, empty or {@code -}.
 *
 * @param line the 1-based line of the table file the row starts on
 * @param httpStatus the status, or {@code 0} when the table gives none or it is not a number
 * @param success whether the row says it is no error: a 2xx status with text such as {@code
 *     Success}, {@code OK} or {@code 成功}
 */
public record TableRow(
    int line,
    int httpStatus,
    String code,
    String message,
    String description,
    String solution,
    String name,
    String kind,
    boolean success) {

  public TableRow {
    code = nonNull(code);
    message = nonNull(message);
    description = nonNull(description);
    solution = nonNull(solution);
    name = nonNull(name);
    kind = nonNull(kind);
  }

  /** A row that is an error, as most are. */
  public TableRow(
      int line,
      int httpStatus,
      String code,
      String message,
      String description,
      String solution,
      String name,
      String kind) {
    this(line, httpStatus, code, message, description, solution, name, kind, false);
  }

  private static String nonNull(String cell) {
    return cell == null ? "" : cell;
  }
}
