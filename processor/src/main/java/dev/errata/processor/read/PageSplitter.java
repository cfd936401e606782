package dev.errata.processor.read;

import dev.errata.processor.model.Column;
import dev.errata.processor.read.RawTable.RawRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The page rules, the same for every format: the runs of rows a format reader found (each opening
 * with the row it takes for a header, possibly without cells) become the page's tables.
 *
 * <ul>
 *   <li>A run whose first row names no code column but whose row among the next few names at least
 *       two columns, one the code, starts there: the rows above are a table of their own (a title
 *       row, a caption, lines of prose, which do not count as rows searched).
 *   <li>Inside a run, a row whose every cell is a known header naming a code column starts a new
 *       table.
 *   <li>A header right under a header that names the same columns (its translation) joins it.
 *   <li>A header equal to the header of the table before it (compared without case, spaces and
 *       decoration) continues that table: pages repeat headers, and split one table into several.
 *   <li>A run that opens with an empty row or a row shaped like the rows of the error table before
 *       it, nearly all of that table's width, continues that table (a blank line inside a cell cut
 *       it).
 *   <li>Tables are numbered from 1 in page order.
 * </ul>
 */
final class PageSplitter {
  /** How far down a run its real header is looked for. */
  private static final int HEADER_SEARCH_ROWS = 5;

  private final HeaderMatcher matcher;
  private final List<Builder> tables = new ArrayList<>();
  private Builder current;

  private PageSplitter(HeaderMatcher matcher) {
    this.matcher = matcher;
  }

  static List<RawTable> split(List<RawTable> runs, HeaderMatcher matcher) {
    PageSplitter splitter = new PageSplitter(matcher);
    for (RawTable run : runs) {
      splitter.run(run);
    }
    List<RawTable> result = new ArrayList<>();
    for (Builder table : splitter.tables) {
      result.add(new RawTable(result.size() + 1, table.header, List.copyOf(table.rows)));
    }
    return result;
  }

  private void run(RawTable run) {
    if (continuesTable(run)) {
      if (!isBlank(run.header())) {
        row(run.header());
      }
      run.rows().forEach(this::row);
      return;
    }
    int header = headerRow(run);
    if (header < 0) {
      header(run.header());
    } else {
      header(run.header());
      run.rows().subList(0, header).forEach(this::row);
    }
    List<RawRow> rows = header < 0 ? run.rows() : run.rows().subList(header, run.rows().size());
    for (int i = 0; i < rows.size(); i++) {
      RawRow row = rows.get(i);
      if (i == 0 && header >= 0 || matcher.isErrorHeader(row.texts())) {
        header(row);
      } else {
        row(row);
      }
    }
  }

  /**
   * Whether a run is the rest of the table before it, cut by a blank line inside a cell: its first
   * row is empty (the end of the cut cell) or a row of the table's width whose cell under the code
   * column is shaped like the codes above, and its rows have the table's width.
   */
  private boolean continuesTable(RawTable run) {
    if (current == null || current.rows.isEmpty() || current.header.cells().isEmpty()) {
      return false;
    }
    Optional<Map<Column, Integer>> columns = matcher.errorColumns(current.header.texts());
    if (columns.isEmpty()) {
      return false;
    }
    int width = current.header.cells().size();
    long fitting = run.rows().stream().filter(row -> row.cells().size() == width).count();
    boolean rowsFit = fitting > 0 && fitting * 5 >= run.rows().size() * 4L;
    if (isBlank(run.header())) {
      return rowsFit;
    }
    int code = columns.get().get(Column.CODE);
    RawRow first = run.header();
    RawRow above = current.rows.get(current.rows.size() - 1);
    return rowsFit
        && first.cells().size() == width
        && first.cells().stream().noneMatch(cell -> HeaderSynonyms.match(cell.text()).isPresent())
        && code < above.cells().size()
        && HeaderGuess.isValue(first.cells().get(code).text())
        && ColumnInference.looksLikeCode(first.cells().get(code).text())
        && RowBuilder.shape(first.cells().get(code).text().strip())
            .equals(RowBuilder.shape(above.cells().get(code).text().strip()));
  }

  private static boolean isBlank(RawRow row) {
    return row.cells().stream().allMatch(cell -> cell.text().isBlank());
  }

  /** The index among the run's rows of its real header, or -1 when the run opens with it. */
  private int headerRow(RawTable run) {
    if (matcher.errorColumns(run.header().texts()).isPresent()) {
      return -1;
    }
    int searched = 0;
    for (int i = 0; i < run.rows().size() && searched < HEADER_SEARCH_ROWS; i++) {
      List<String> texts = run.rows().get(i).texts();
      Optional<Map<Column, Integer>> columns = matcher.errorColumns(texts);
      if (columns.isPresent() && columns.get().size() >= 2) {
        return i;
      }
      if (texts.stream().filter(text -> !text.isBlank()).count() >= 2) {
        searched++;
      }
    }
    return -1;
  }

  private void header(RawRow header) {
    if (current != null
        && current.rows.isEmpty()
        && matcher.isSecondHeaderRow(current.header, header)) {
      current.header = HeaderMatcher.joinHeaderRows(current.header, header);
      return;
    }
    if (current != null && sameCells(current.header, header)) {
      return;
    }
    current = new Builder(header);
    tables.add(current);
  }

  private void row(RawRow row) {
    if (!sameCells(row, current.header)) {
      current.rows.add(row);
    }
  }

  static boolean sameCells(RawRow row, RawRow header) {
    if (row.cells().size() != header.cells().size() || header.cells().isEmpty()) {
      return false;
    }
    for (int i = 0; i < row.cells().size(); i++) {
      if (!HeaderSynonyms.normalize(row.cells().get(i).text())
          .equals(HeaderSynonyms.normalize(header.cells().get(i).text()))) {
        return false;
      }
    }
    return true;
  }

  private static final class Builder {
    RawRow header;
    final List<RawRow> rows = new ArrayList<>();

    Builder(RawRow header) {
      this.header = header;
    }
  }
}
