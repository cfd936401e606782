package dev.errata.processor.model;

import java.util.List;

/** What a reader made of a table file: its rows in file order and what it found wrong. */
public record TableContent(List<TableRow> rows, List<Problem> problems) {
  public TableContent {
    rows = List.copyOf(rows);
    problems = List.copyOf(problems);
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(Problem::isError);
  }
}
