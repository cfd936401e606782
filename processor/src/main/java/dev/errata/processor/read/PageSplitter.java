package dev.errata.processor.read;

import dev.errata.processor.read.RawTable.RawRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import dev.errata.processor.model.Column;

/**
 * The page rules, the same for every format: the runs of rows a format reader found (each opening
 * with the row it takes for a header, possibly without cells) become the page's tables.
 *
 * <ul>
 *   <li>A run whose first row names no code column but whose row among the next few names at least
 *       two columns, one the code, starts there: the rows above are a table of their own (a title
 *       row, a caption).
 *   <li>Inside a run, a row whose every cell is a known header naming a code column starts a new
 *       table.
 *   <li>A header right under a header that names the same columns (its translation) joins it.
 *   <li>A header equal to the header of the table before it (compared without case, spaces and
 *       decoration) continues that table: pages repeat headers, and split one table into several.
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

  /** The index among the run's rows of its real header, or -1 when the run opens with it. */
  private int headerRow(RawTable run) {
    if (matcher.errorColumns(run.header().texts()).isPresent()) {
      return -1;
    }
    for (int i = 0; i < Math.min(HEADER_SEARCH_ROWS, run.rows().size()); i++) {
      Optional<Map<Column, Integer>> columns = matcher.errorColumns(run.rows().get(i).texts());
      if (columns.isPresent() && columns.get().size() >= 2) {
        return i;
      }
    }
    return -1;
  }

  private void header(RawRow header) {
    if (current != null && current.rows.isEmpty() && matcher.isSecondHeaderRow(current.header, header)) {
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
