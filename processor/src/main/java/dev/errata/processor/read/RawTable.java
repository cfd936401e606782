package dev.errata.processor.read;

import java.util.List;

/**
 * A table as found in a file, before its columns are known: the header row, then the data rows.
 *
 * @param number the table's 1-based position among the tables of the file
 */
record RawTable(int number, RawRow header, List<RawRow> rows) {

  /** One row: the line it starts on and its cells. */
  record RawRow(int line, List<Cell> cells) {
    /** The cells' texts, in order. */
    List<String> texts() {
      return cells.stream().map(Cell::text).toList();
    }
  }

  /**
   * One cell's text as the format delivers it.
   *
   * @param column the 1-based character column the cell starts at, or {@code 0} when unknown
   */
  record Cell(String text, int column) {}
}
