package dev.errata.processor.read;

import dev.errata.processor.model.Column;
import dev.errata.processor.model.TableOptions;
import dev.errata.processor.read.RawTable.Cell;
import dev.errata.processor.read.RawTable.RawRow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds which cell of a header row holds which {@link Column}. */
final class HeaderMatcher {
  private final Map<Column, String> explicitHeaders;

  HeaderMatcher(TableOptions options) {
    this.explicitHeaders = options.headers();
  }

  /**
   * The columns of a header row: explicit headers from the options first, then firm synonyms, then
   * loose ones into the columns still free. Empty when the row has no code column.
   */
  Optional<Map<Column, Integer>> errorColumns(List<String> header) {
    Map<Column, Integer> columns = columns(header);
    return columns.containsKey(Column.CODE) ? Optional.of(columns) : Optional.empty();
  }

  /** Whether the table's header names a code column, so that it is an error table. */
  boolean isErrorTable(RawTable table) {
    return errorColumns(table.header().texts()).isPresent();
  }

  Map<Column, Integer> columns(List<String> header) {
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    List<Integer> taken = new ArrayList<>();
    for (Column column : Column.values()) {
      String name = explicitHeaders.get(column);
      for (int i = 0; name != null && i < header.size(); i++) {
        if (!taken.contains(i)
            && HeaderSynonyms.normalize(header.get(i)).equals(HeaderSynonyms.normalize(name))) {
          columns.put(column, i);
          taken.add(i);
          break;
        }
      }
    }
    for (boolean firm : new boolean[] {true, false}) {
      for (int i = 0; i < header.size(); i++) {
        if (taken.contains(i)) {
          continue;
        }
        Optional<HeaderSynonyms.Synonym> synonym = HeaderSynonyms.match(header.get(i));
        if (synonym.isEmpty() || synonym.get().firm() != firm) {
          continue;
        }
        for (Column column : synonym.get().columns()) {
          if (!columns.containsKey(column)) {
            columns.put(column, i);
            taken.add(i);
            break;
          }
        }
      }
    }
    return columns;
  }

  /**
   * The columns of a table. Of two columns headed like the code column ({@code Code | Enum}), the
   * code is the one whose cells are names when the first one's are all numbers.
   */
  Map<Column, Integer> columns(RawTable table) {
    List<String> header = table.header().texts();
    Map<Column, Integer> columns = columns(header);
    Integer code = columns.get(Column.CODE);
    if (code == null || !allNumbers(table, code)) {
      return columns;
    }
    for (int i = 0; i < header.size(); i++) {
      if (!columns.containsValue(i)
          && HeaderSynonyms.match(header.get(i))
              .filter(synonym -> synonym.columns().contains(Column.CODE))
              .isPresent()
          && !allNumbers(table, i)) {
        columns.put(Column.CODE, i);
        break;
      }
    }
    return columns;
  }

  private static boolean allNumbers(RawTable table, int index) {
    return table.rows().stream()
        .filter(row -> index < row.cells().size())
        .map(row -> row.cells().get(index).text().strip())
        .allMatch(text -> text.chars().allMatch(Character::isDigit));
  }

  /**
   * Whether {@code row}, right under {@code header}, is the header again in other words (a
   * translation row: {@code 错误码 | 错误信息} over {@code Error Code | Error Message}): same width, every
   * cell naming the same column as the one above it.
   */
  boolean isSecondHeaderRow(RawRow header, RawRow row) {
    List<String> above = header.texts();
    List<String> below = row.texts();
    return above.size() == below.size()
        && isErrorHeader(above)
        && isErrorHeader(below)
        && columns(above).equals(columns(below));
  }

  /** The two rows of a two-row header as one, each cell holding both texts on two lines. */
  static RawRow joinHeaderRows(RawRow header, RawRow row) {
    List<Cell> cells = new ArrayList<>();
    for (int i = 0; i < header.cells().size(); i++) {
      Cell top = header.cells().get(i);
      cells.add(new Cell(top.text() + "\n" + row.cells().get(i).text(), top.column()));
    }
    return new RawRow(header.line(), cells);
  }

  /** Whether every non-empty cell is a known header and one of them is a code column. */
  boolean isErrorHeader(List<String> row) {
    for (String cell : row) {
      if (!cell.isBlank()
          && HeaderSynonyms.match(cell).isEmpty()
          && !explicitHeaders.containsValue(cell)) {
        return false;
      }
    }
    Map<Column, Integer> columns = columns(row);
    long nonEmpty = row.stream().filter(cell -> !cell.isBlank()).count();
    return columns.containsKey(Column.CODE) && columns.size() >= 2 && columns.size() == nonEmpty;
  }
}
