package dev.errata.processor.read;

import dev.errata.processor.model.Column;
import dev.errata.processor.read.RawTable.Cell;
import dev.errata.processor.read.RawTable.RawRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the runs of Markdown pipe table rows on a page, also the loose kind pages copied from HTML
 * are full of.
 *
 * <p>A table starts at a line with a pipe after a blank line, a prose line or the start of the
 * file; its first line is the header. Outer pipes are optional, {@code \|} is a pipe inside a cell,
 * {@code >} blockquote markers are ignored. A row with fewer cells than the header whose next line
 * is not a full row by itself continues on that line (the cell holds a line break there). A table
 * ends at a blank line or a prose line; a new one starts inside a run of pipe lines at a header
 * followed by a {@code |---|} separator row, at a row whose every cell is a known header naming a
 * code column (so that its rows are not read as continuations of a wider table), and where the
 * number of cells changes for good at a row that reads like a header. The {@link PageSplitter}
 * applies the page rules to these runs.
 */
final class PipeTables {
  private static final Pattern SEPARATOR =
      Pattern.compile("^\\s*\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?\\s*$");
  private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z][A-Za-z0-9._%-]*");

  private final SourceText source;
  private final HeaderMatcher matcher;
  private final List<Builder> tables = new ArrayList<>();
  private Builder current;
  private Pending pending;

  private PipeTables(SourceText source, HeaderMatcher matcher) {
    this.source = source;
    this.matcher = matcher;
  }

  static List<RawTable> read(SourceText source, HeaderMatcher matcher) {
    return new PipeTables(source, matcher).read();
  }

  private List<RawTable> read() {
    for (int number = 1; number <= source.lineCount(); number++) {
      String line = withAsciiPipes(source.line(number));
      int offset = blockquoteMarkers(line);
      String content = line.substring(offset);
      if (content.isBlank()) {
        finishRow();
        closeTable();
      } else if (content.indexOf('|') >= 0 && SEPARATOR.matcher(content).matches()) {
        finishRow();
        separator(Shape.of(content).closed());
      } else {
        take(number, offset, content);
      }
    }
    finishRow();
    closeTable();
    return layout();
  }

  /**
   * A line whose cells are separated by full-width pipes ({@code ｜}, as Chinese input methods type
   * them) and that has no ASCII pipe, with ASCII pipes in their place.
   */
  static String withAsciiPipes(String line) {
    return line.indexOf('|') < 0
            && line.indexOf('｜') >= 0
            && line.indexOf('｜') != line.lastIndexOf('｜')
        ? line.replace('｜', '|')
        : line;
  }

  /**
   * The length of the {@code >} markers (with up to three spaces before and one after each) a line
   * opens with.
   */
  private static int blockquoteMarkers(String line) {
    int indent = 0;
    while (indent < 3 && indent < line.length() && line.charAt(indent) == ' ') {
      indent++;
    }
    int end = 0;
    for (int i = indent; i < line.length() && line.charAt(i) == '>'; ) {
      i++;
      if (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
        i++;
      }
      end = i;
    }
    return end;
  }

  private void take(int number, int offset, String content) {
    Shape line = Shape.of(content);
    if (pending != null) {
      int width = current.width();
      if (line.cells() < width && pending.shape.join(line).cells() <= width) {
        pending.add(content, line);
        if (pending.complete(current)) {
          finishRow();
        }
        return;
      }
      finishRow();
    }
    if (line.pipes() == 0) {
      closeTable();
    } else if (current == null) {
      current =
          new Builder(new RawRow(number, cells(content, offset, content.length())), line.closed());
    } else {
      pending = new Pending(number, offset, content, line);
      if (pending.complete(current)) {
        finishRow();
      }
    }
  }

  private void finishRow() {
    if (pending == null) {
      return;
    }
    RawRow row =
        new RawRow(
            pending.line, cells(pending.text.toString(), pending.offset, pending.firstLength));
    boolean closed = pending.shape.closed();
    pending = null;
    if (matcher.isErrorHeader(row.texts()) && !PageSplitter.sameCells(row, current.header)) {
      closeTable();
      current = new Builder(row, closed);
    } else {
      current.rows.add(row);
    }
  }

  /** A {@code |---|} row: the row above it is a header, so a new table starts there. */
  private void separator(boolean closed) {
    if (current == null || current.rows.isEmpty()) {
      return;
    }
    RawRow header = current.rows.remove(current.rows.size() - 1);
    closeTable();
    current = new Builder(header, closed);
  }

  private void closeTable() {
    if (current != null) {
      tables.add(current);
      current = null;
    }
  }

  /** The runs of rows, split where the width changes for good. */
  private List<RawTable> layout() {
    List<RawTable> result = new ArrayList<>();
    for (Builder table : tables) {
      for (Builder part : splitAtWidthChanges(table)) {
        result.add(new RawTable(result.size() + 1, part.header, List.copyOf(part.rows)));
      }
    }
    return result;
  }

  private List<Builder> splitAtWidthChanges(Builder table) {
    List<Builder> result = new ArrayList<>();
    Builder part = new Builder(table.header, table.closed);
    result.add(part);
    List<RawRow> rows = table.rows;
    for (int i = 0; i < rows.size(); i++) {
      RawRow row = rows.get(i);
      int width = row.cells().size();
      if (width != part.width()
          && i + 1 < rows.size()
          && rows.get(i + 1).cells().size() == width
          && readsLikeHeader(row, part)) {
        part = new Builder(row, table.closed);
        result.add(part);
      } else {
        part.rows.add(row);
      }
    }
    return result;
  }

  /**
   * Header cells are short words without digits that read like no value ({@code InvalidAction},
   * {@code a.b}, a sentence); and where the table has a code column, the cell under it is not a
   * code-like identifier (which would make it a short row of this table).
   */
  private boolean readsLikeHeader(RawRow row, Builder table) {
    for (Cell cell : row.cells()) {
      String text = cell.text();
      if (text.isBlank()
          || text.length() > 40
          || text.chars().anyMatch(Character::isDigit)
          || HeaderGuess.isValue(text) && HeaderSynonyms.match(text).isEmpty()) {
        return false;
      }
    }
    Optional<Map<Column, Integer>> columns = matcher.errorColumns(table.header.texts());
    if (columns.isPresent()) {
      int code = columns.get().get(Column.CODE);
      if (code < row.cells().size()) {
        String text = row.cells().get(code).text();
        return HeaderSynonyms.match(text).isPresent() || !IDENTIFIER.matcher(text).matches();
      }
    }
    return true;
  }

  /**
   * The rendered cells of a row's text (lines joined by line breaks). Padding around a cell is
   * dropped; {@code offset} and {@code firstLength} locate the cells that start on the first line.
   */
  static List<Cell> cells(String text, int offset, int firstLength) {
    int start = 0;
    int end = text.length();
    while (start < end && isPadding(text.charAt(start))) {
      start++;
    }
    while (end > start && isPadding(text.charAt(end - 1))) {
      end--;
    }
    if (start < end && text.charAt(start) == '|') {
      start++;
    }
    if (end > start && isPipe(text, end - 1)) {
      end--;
    }
    List<Cell> cells = new ArrayList<>();
    int cellStart = start;
    for (int i = start; i <= end; i++) {
      if (i == end || isPipe(text, i)) {
        int from = cellStart;
        int to = i;
        while (from < to && isPadding(text.charAt(from))) {
          from++;
        }
        while (to > from && isPadding(text.charAt(to - 1))) {
          to--;
        }
        int column = from < firstLength ? offset + from + 1 : 0;
        cells.add(new Cell(MarkdownCells.render(text.substring(from, to)), column));
        cellStart = i + 1;
      }
    }
    return cells;
  }

  /**
   * Spaces, tabs, line breaks and the no-break spaces that pages copied from HTML pad cells with.
   */
  private static boolean isPadding(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\u00A0';
  }

  private static boolean isPipe(String text, int index) {
    return text.charAt(index) == '|' && (index == 0 || text.charAt(index - 1) != '\\');
  }

  /** How many pipes a line has and whether it opens and closes with one. */
  record Shape(int pipes, boolean opened, boolean closed) {
    static Shape of(String text) {
      int first = -1;
      int last = -1;
      int pipes = 0;
      for (int i = 0; i < text.length(); i++) {
        if (!isPadding(text.charAt(i))) {
          if (first < 0) {
            first = i;
          }
          last = i;
        }
        if (isPipe(text, i)) {
          pipes++;
        }
      }
      boolean opened = first >= 0 && text.charAt(first) == '|';
      boolean closed = last > first && isPipe(text, last);
      return new Shape(pipes, opened, closed);
    }

    int cells() {
      return pipes - (opened ? 1 : 0) - (closed ? 1 : 0) + 1;
    }

    /**
     * The shape of this text continued by {@code next}; a line that opens with a pipe after one
     * that closed with a pipe shares that cell boundary.
     */
    Shape join(Shape next) {
      int shared = closed && next.opened ? 1 : 0;
      return new Shape(
          pipes + next.pipes - shared, opened, next.pipes == shared ? closed : next.closed);
    }
  }

  /** A data row being read, possibly over several lines. */
  private static final class Pending {
    final int line;
    final int offset;
    final int firstLength;
    final StringBuilder text;
    Shape shape;

    Pending(int line, int offset, String content, Shape shape) {
      this.line = line;
      this.offset = offset;
      this.firstLength = content.length();
      this.text = new StringBuilder(content);
      this.shape = shape;
    }

    void add(String content, Shape next) {
      String continued =
          shape.closed() && next.opened() ? content.replaceFirst("^\\s*\\|", "") : content;
      text.append('\n').append(continued);
      shape = shape.join(next);
    }

    boolean complete(Builder table) {
      return shape.cells() >= table.width() && (shape.closed() || !table.closed);
    }
  }

  /** A table being collected; {@code closed} when its header ends with a pipe. */
  private static final class Builder {
    final RawRow header;
    final boolean closed;
    final List<RawRow> rows = new ArrayList<>();

    Builder(RawRow header, boolean closed) {
      this.header = header;
      this.closed = closed;
    }

    int width() {
      return header.cells().size();
    }
  }
}
