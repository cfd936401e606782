package dev.errata.processor.model;

import java.util.List;

/**
 * What a reader made of a table file: its rows in file order, what it found wrong, and which
 * columns it read and why.
 *
 * @param columns how each table's columns were chosen, such as {@code code = 1 (by content),
 *     message = 2 (header 中文)}; one entry per table read, prefixed by {@code table N: } when the
 *     file has several
 */
public record TableContent(List<TableRow> rows, List<Problem> problems, List<String> columns) {
  public TableContent {
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
    columns = List.copyOf(columns);
  }

  public TableContent(List<TableRow> rows, List<Problem> problems) {
    this(rows, problems, List.of());
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }

  /** The rows that are successes by the table's own words (status 2xx, text saying success). */
  public List<String> successCodes() {
    return rows.stream().filter(TableRow::success).map(TableRow::code).distinct().toList();
  }
}
