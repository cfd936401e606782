package dev.errata.processor.read;

import dev.errata.processor.model.Problem.Category;
import dev.errata.processor.read.RawTable.Cell;
import dev.errata.processor.read.RawTable.RawRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the tables of a reStructuredText page: grid tables ({@code +----+----+} borders, cells
 * spanning rows and columns), simple tables ({@code ==== ====} borders) and {@code .. list-table::}
 * directives, at any indentation (inside a {@code .. table::} directive too); also the tables a
 * text-mode browser draws with box-drawing characters, read as grid tables.
 *
 * <p>A grid table's header is what lies above its {@code +====+} line; a simple table's, what lies
 * between its first two borders when it has three; a list table's, its {@code :header-rows:}. A
 * table without one has its first row as a header only when it reads like a header ({@link
 * HeaderGuess}). A spanning cell's text is repeated into every cell it covers. A cell's lines are
 * joined the way reStructuredText renders them: the lines of a paragraph with spaces, paragraphs
 * and list items on lines of their own (without their bullets); inline markup ({@code **strong**},
 * {@code *em*}, {@code ``literal``}, {@code `link <url>`_}, {@code :role:`text`}) renders to its
 * text and a backslash escapes the character after it.
 */
final class RstTables {
  private static final Pattern GRID_BORDER = Pattern.compile("^(\\s*)\\+(?:[-=]+\\+)+\\s*$");
  private static final Pattern SIMPLE_BORDER = Pattern.compile("^(\\s*)=+(?: +=+)+\\s*$");
  private static final Pattern LIST_TABLE = Pattern.compile("^(\\s*)\\.\\.\\s+list-table::.*$");
  private static final Pattern HEADER_ROWS = Pattern.compile("^\\s*:header-rows:\\s*(\\d+)\\s*$");
  private static final Pattern OPTION = Pattern.compile("^\\s*:[\\w-]+:.*$");
  private static final Pattern LIST_ITEM =
      Pattern.compile("^(?:[-*+•]|#\\.|\\d+[.)]|\\(\\d+\\)|[a-zA-Z][.)])\\s+");

  /**
   * Border characters a grid table's cells may be searched through, so that a broken table cannot
   * take hours.
   */
  static final long MOST_GRID_STEPS = 50_000_000;

  private final SourceText source;
  private final HeaderMatcher matcher;
  private final ProblemSink problems;
  private final List<RawTable> tables = new ArrayList<>();

  private RstTables(SourceText source, HeaderMatcher matcher, ProblemSink problems) {
    this.source = source;
    this.matcher = matcher;
    this.problems = problems;
  }

  static List<RawTable> read(SourceText source, HeaderMatcher matcher, ProblemSink problems) {
    return new RstTables(withAsciiBorders(source), matcher, problems).read();
  }

  /**
   * The text with the box-drawing borders of a text-mode browser's tables ({@code ┌──┬──┐}, {@code
   * │}, {@code ╞══╡}) in a grid table's characters, one for one so that columns stay where they
   * are.
   */
  static SourceText withAsciiBorders(SourceText source) {
    String text = source.text();
    if (text.chars().noneMatch(RstTables::isBoxDrawing)) {
      return source;
    }
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      char c = chars[i];
      if (isBoxDrawing(c)) {
        chars[i] =
            switch (c) {
              case '─', '━', '┄', '┅', '┈', '┉', '╌', '╍' -> '-';
              case '═' -> '=';
              case '│', '┃', '║', '┆', '┇', '┊', '┋', '╎', '╏' -> '|';
              default -> '+';
            };
      }
    }
    return SourceText.of(new String(chars));
  }

  private static boolean isBoxDrawing(int c) {
    return c >= '\u2500' && c <= '\u257F';
  }

  /**
   * Whether the text holds a grid table, a simple table of two or more columns, or a list table.
   */
  static boolean holdsTables(SourceText text) {
    SourceText source = withAsciiBorders(text);
    int gridBorders = 0;
    int simpleBorders = 0;
    for (int number = 1; number <= source.lineCount(); number++) {
      String line = source.line(number);
      if (LIST_TABLE.matcher(line).matches()) {
        return true;
      }
      gridBorders += GRID_BORDER.matcher(line).matches() ? 1 : 0;
      simpleBorders += SIMPLE_BORDER.matcher(line).matches() ? 1 : 0;
      if (gridBorders >= 2 || simpleBorders >= 2) {
        return true;
      }
    }
    return false;
  }

  private List<RawTable> read() {
    int number = 1;
    while (number <= source.lineCount()) {
      String line = source.line(number);
      Matcher grid = GRID_BORDER.matcher(line);
      Matcher simple = SIMPLE_BORDER.matcher(line);
      Matcher list = LIST_TABLE.matcher(line);
      if (grid.matches()) {
        number = grid(number, grid.group(1).length());
      } else if (simple.matches()) {
        number = simple(number, simple.group(1).length());
      } else if (list.matches()) {
        number = list(number, list.group(1).length());
      } else {
        number++;
      }
    }
    return tables;
  }

  // Grid tables

  /** Reads the grid table whose top border is at line {@code first}; returns the line after it. */
  private int grid(int first, int indent) {
    int last = first;
    while (last + 1 <= source.lineCount() && isGridLine(source.line(last + 1), indent)) {
      last++;
    }
    List<String> block = new ArrayList<>();
    int width = 0;
    for (int number = first; number <= last; number++) {
      String line = source.line(number).stripTrailing();
      block.add(line.length() > indent ? line.substring(indent) : "");
      width = Math.max(width, block.get(block.size() - 1).length());
    }
    while (block.size() > 1 && block.get(block.size() - 1).charAt(0) != '+') {
      block.remove(block.size() - 1);
      last--;
    }
    int headerEnd = -1;
    char[][] grid = new char[block.size()][];
    for (int i = 0; i < block.size(); i++) {
      String line = block.get(i);
      if (i > 0 && line.startsWith("+=")) {
        headerEnd = i;
        line = line.replace('=', '-');
      }
      char[] row = new char[width];
      Arrays.fill(row, ' ');
      line.getChars(0, line.length(), row, 0);
      grid[i] = row;
    }
    GridParser parser = new GridParser(grid);
    List<GridCell> cells = parser.cells();
    if (parser.steps > MOST_GRID_STEPS) {
      problems.warn(
          Category.FORMAT,
          first,
          "the borders of this grid table do not meet (a cell's right or bottom border is broken);"
              + " only the cells found before errata gave up searching are read");
    }
    if (cells.isEmpty()) {
      problems.warn(
          Category.FORMAT,
          first,
          "the borders of this grid table do not close into cells (a + or | out of line?); it is not"
              + " read");
      return last + 1;
    }
    TreeSet<Integer> tops = new TreeSet<>();
    TreeSet<Integer> lefts = new TreeSet<>();
    for (GridCell cell : cells) {
      tops.add(cell.top);
      lefts.add(cell.left);
    }
    List<Integer> rowTops = new ArrayList<>(tops);
    List<Integer> columnLefts = new ArrayList<>(lefts);
    Cell[][] layout = new Cell[rowTops.size()][columnLefts.size()];
    for (GridCell cell : cells) {
      int row = rowTops.indexOf(cell.top);
      int column = columnLefts.indexOf(cell.left);
      String text = render(cell.lines(grid));
      int textColumn =
          indent + cell.left + 2 + leadingSpaces(grid[cell.top + 1], cell.left + 1, cell.right);
      for (int r = row; r < rowTops.size() && rowTops.get(r) < cell.bottom; r++) {
        for (int c = column; c < columnLefts.size() && columnLefts.get(c) < cell.right; c++) {
          layout[r][c] = new Cell(text, r == row ? textColumn : 0);
        }
      }
    }
    List<RawRow> header = new ArrayList<>();
    List<RawRow> rows = new ArrayList<>();
    for (int r = 0; r < rowTops.size(); r++) {
      List<Cell> row = new ArrayList<>();
      for (Cell cell : layout[r]) {
        row.add(cell == null ? new Cell("", 0) : cell);
      }
      RawRow raw = new RawRow(first + rowTops.get(r) + 1, row);
      (rowTops.get(r) < headerEnd ? header : rows).add(raw);
    }
    addTable(header, rows);
    return last + 1;
  }

  private static boolean isGridLine(String line, int indent) {
    if (line.length() <= indent || !line.substring(0, indent).isBlank()) {
      return false;
    }
    char first = line.charAt(indent);
    return first == '+' || first == '|';
  }

  private static int leadingSpaces(char[] line, int from, int to) {
    int spaces = 0;
    while (from + spaces < to && line[from + spaces] == ' ') {
      spaces++;
    }
    return from + spaces < to ? spaces : 0;
  }

  /** A cell of a grid table: the lines and columns of its border. */
  private record GridCell(int top, int left, int bottom, int right) {
    List<String> lines(char[][] grid) {
      List<String> lines = new ArrayList<>();
      for (int line = top + 1; line < bottom; line++) {
        lines.add(new String(grid[line], left + 1, right - left - 1));
      }
      return lines;
    }
  }

  /** Finds the cells of a grid table by following each cell's border from its top-left corner. */
  private static final class GridParser {
    private final char[][] grid;
    private final int bottom;
    private final int right;
    private final int[] done;
    private long steps;

    GridParser(char[][] grid) {
      this.grid = grid;
      this.bottom = grid.length - 1;
      this.right = grid[0].length - 1;
      this.done = new int[right + 1];
      Arrays.fill(done, -1);
    }

    List<GridCell> cells() {
      List<GridCell> cells = new ArrayList<>();
      TreeSet<Long> corners = new TreeSet<>();
      corners.add(0L);
      while (!corners.isEmpty() && steps <= MOST_GRID_STEPS) {
        long corner = corners.pollFirst();
        int top = (int) (corner >> 32);
        int left = (int) corner;
        if (top >= bottom || left >= right || top <= done[left] || grid[top][left] != '+') {
          continue;
        }
        GridCell cell = scanRight(top, left);
        if (cell == null) {
          continue;
        }
        for (int column = cell.left(); column < cell.right(); column++) {
          done[column] = cell.bottom() - 1;
        }
        cells.add(cell);
        corners.add(((long) top << 32) | cell.right());
        corners.add(((long) cell.bottom() << 32) | left);
      }
      return cells;
    }

    private GridCell scanRight(int top, int left) {
      for (int column = left + 1; column <= right; column++) {
        steps++;
        char c = grid[top][column];
        if (c == '+') {
          int cellBottom = scanDown(top, left, column);
          if (cellBottom > 0) {
            return new GridCell(top, left, cellBottom, column);
          }
        } else if (c != '-') {
          return null;
        }
      }
      return null;
    }

    private int scanDown(int top, int left, int column) {
      for (int line = top + 1; line <= bottom && steps <= MOST_GRID_STEPS; line++) {
        steps++;
        char c = grid[line][column];
        if (c == '+') {
          if (closesBelow(top, left, line, column)) {
            return line;
          }
        } else if (c != '|') {
          return -1;
        }
      }
      return -1;
    }

    /** Whether the bottom and left borders of the cell close at line {@code line}. */
    private boolean closesBelow(int top, int left, int line, int column) {
      steps += column - left + line - top;
      for (int c = column - 1; c > left; c--) {
        char border = grid[line][c];
        if (border != '+' && border != '-') {
          return false;
        }
      }
      if (grid[line][left] != '+') {
        return false;
      }
      for (int l = line - 1; l > top; l--) {
        char border = grid[l][left];
        if (border != '+' && border != '|') {
          return false;
        }
      }
      return true;
    }
  }

  // Simple tables

  /**
   * Reads the simple table whose top border is at line {@code first}; returns the line after it.
   */
  private int simple(int first, int indent) {
    List<int[]> columns = new ArrayList<>();
    Matcher run = Pattern.compile("=+").matcher(source.line(first));
    while (run.find()) {
      columns.add(new int[] {run.start(), run.end()});
    }
    List<Integer> borders = new ArrayList<>(List.of(first));
    int last = -1;
    for (int number = first + 1; number <= source.lineCount() && last < 0; number++) {
      String line = source.line(number);
      if (SIMPLE_BORDER.matcher(line).matches()) {
        borders.add(number);
        if (number == source.lineCount() || source.line(number + 1).isBlank()) {
          last = number;
        }
      } else if (!line.isBlank() && indentOf(line) < indent) {
        break;
      }
    }
    if (last < 0) {
      return first + 1;
    }
    int headerBorder = borders.size() >= 3 ? borders.get(1) : first;
    List<RawRow> header = simpleRows(first + 1, headerBorder - 1, columns);
    List<RawRow> rows = simpleRows(headerBorder + 1, last - 1, columns);
    addTable(header, rows);
    return last + 1;
  }

  /**
   * The rows of lines {@code from} to {@code to} of a simple table: a line whose first column is
   * blank continues the row above it; blank lines, rules of dashes and inner borders are no rows.
   */
  private List<RawRow> simpleRows(int from, int to, List<int[]> columns) {
    List<Integer> starts = new ArrayList<>();
    List<List<List<String>>> texts = new ArrayList<>();
    List<int[]> positions = new ArrayList<>();
    for (int line = from; line <= to; line++) {
      String text = source.line(line);
      if (text.isBlank() || text.strip().matches("[-=\\s]+")) {
        continue;
      }
      List<String> cells = slice(text, columns);
      if (!texts.isEmpty() && cells.get(0).isBlank()) {
        List<List<String>> row = texts.get(texts.size() - 1);
        for (int c = 0; c < cells.size(); c++) {
          row.get(c).add(cells.get(c));
        }
        continue;
      }
      List<List<String>> row = new ArrayList<>();
      int[] cellColumns = new int[cells.size()];
      for (int c = 0; c < cells.size(); c++) {
        row.add(new ArrayList<>(List.of(cells.get(c))));
        cellColumns[c] =
            cells.get(c).isBlank() ? 0 : columns.get(c)[0] + leadingSpaces(cells.get(c)) + 1;
      }
      starts.add(line);
      texts.add(row);
      positions.add(cellColumns);
    }
    List<RawRow> rows = new ArrayList<>();
    for (int r = 0; r < texts.size(); r++) {
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < texts.get(r).size(); c++) {
        cells.add(new Cell(render(texts.get(r).get(c)), positions.get(r)[c]));
      }
      rows.add(new RawRow(starts.get(r), cells));
    }
    return rows;
  }

  /**
   * The text of each column: from its start to the start of the next one; the last takes the rest
   * of the line.
   */
  private static List<String> slice(String line, List<int[]> columns) {
    List<String> cells = new ArrayList<>(columns.size());
    for (int c = 0; c < columns.size(); c++) {
      int start = Math.min(columns.get(c)[0], line.length());
      int end =
          c + 1 < columns.size() ? Math.min(columns.get(c + 1)[0], line.length()) : line.length();
      cells.add(line.substring(start, Math.max(start, end)));
    }
    return cells;
  }

  private static int leadingSpaces(String text) {
    int spaces = 0;
    while (spaces < text.length() && text.charAt(spaces) == ' ') {
      spaces++;
    }
    return spaces;
  }

  private static int indentOf(String line) {
    int indent = 0;
    while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
      indent++;
    }
    return indent;
  }

  // List tables

  /**
   * Reads the list table whose directive is at line {@code directive}; returns the line after it.
   */
  private int list(int directive, int indent) {
    int headerRows = 0;
    int number = directive + 1;
    List<List<String>> cellLines = null;
    List<List<List<String>>> rows = new ArrayList<>();
    List<List<int[]>> positions = new ArrayList<>();
    int rowIndent = -1;
    int cellIndent = -1;
    List<String> cell = null;
    while (number <= source.lineCount()) {
      String line = source.line(number);
      if (line.isBlank()) {
        if (cell != null) {
          cell.add("");
        }
        number++;
        continue;
      }
      int lineIndent = indentOf(line);
      if (lineIndent <= indent) {
        break;
      }
      String content = line.substring(lineIndent);
      Matcher headerOption = HEADER_ROWS.matcher(line);
      if (rows.isEmpty() && cell == null && OPTION.matcher(line).matches()) {
        if (headerOption.matches()) {
          headerRows = Integer.parseInt(headerOption.group(1));
        }
      } else if ((rowIndent < 0 || lineIndent == rowIndent)
          && (content.startsWith("* ")
              || content.startsWith("- ")
              || content.equals("*")
              || content.equals("-"))) {
        rowIndent = lineIndent;
        cellLines = new ArrayList<>();
        rows.add(cellLines);
        positions.add(new ArrayList<>());
        String rest = content.substring(1);
        int restIndent = indentOf(rest);
        cell = null;
        if (rest.strip().startsWith("-")) {
          cellIndent = lineIndent + 1 + restIndent;
          cell =
              startCell(
                  cellLines, positions.get(positions.size() - 1), number, cellIndent, rest.strip());
        }
      } else if (cellLines != null
          && lineIndent == cellIndent
          && (content.startsWith("- ") || content.equals("-"))) {
        cell =
            startCell(cellLines, positions.get(positions.size() - 1), number, cellIndent, content);
      } else if (cell != null && lineIndent > cellIndent) {
        cell.add(line.substring(Math.min(line.length(), cellIndent + 2)));
      } else if (cellLines != null && cellIndent < 0 && content.startsWith("- ")) {
        cellIndent = lineIndent;
        cell =
            startCell(cellLines, positions.get(positions.size() - 1), number, cellIndent, content);
      } else {
        break;
      }
      number++;
    }
    List<RawRow> header = new ArrayList<>();
    List<RawRow> body = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      if (positions.get(r).isEmpty()) {
        continue;
      }
      List<Cell> cells = new ArrayList<>();
      for (int c = 0; c < rows.get(r).size(); c++) {
        cells.add(new Cell(render(rows.get(r).get(c)), positions.get(r).get(c)[1]));
      }
      RawRow row = new RawRow(positions.get(r).get(0)[0], cells);
      (r < headerRows ? header : body).add(row);
    }
    addTable(header, body);
    return number;
  }

  private static List<String> startCell(
      List<List<String>> cells, List<int[]> positions, int line, int indent, String item) {
    List<String> cell = new ArrayList<>();
    String text = item.length() > 1 ? item.substring(2) : "";
    cell.add(text);
    cells.add(cell);
    positions.add(new int[] {line, text.isBlank() ? 0 : indent + 3 + leadingSpaces(text)});
    return cell;
  }

  private void addTable(List<RawRow> header, List<RawRow> rows) {
    if (header.isEmpty() && rows.isEmpty()) {
      return;
    }
    int number = tables.size() + 1;
    if (!header.isEmpty()) {
      tables.add(new RawTable(number, joined(header), List.copyOf(rows)));
    } else if (HeaderGuess.isHeader(rows.get(0), rows.subList(1, rows.size()), matcher)) {
      tables.add(new RawTable(number, rows.get(0), List.copyOf(rows.subList(1, rows.size()))));
    } else {
      tables.add(
          new RawTable(number, new RawRow(rows.get(0).line(), List.of()), List.copyOf(rows)));
    }
  }

  /**
   * Several header rows as one, each cell holding the distinct texts of its column on separate
   * lines.
   */
  private static RawRow joined(List<RawRow> header) {
    if (header.size() == 1) {
      return header.get(0);
    }
    List<Cell> cells = new ArrayList<>();
    int width = header.stream().mapToInt(row -> row.cells().size()).max().orElse(0);
    for (int c = 0; c < width; c++) {
      List<String> texts = new ArrayList<>();
      for (RawRow row : header) {
        String text = c < row.cells().size() ? row.cells().get(c).text() : "";
        if (!text.isBlank() && !texts.contains(text)) {
          texts.add(text);
        }
      }
      int column = c < header.get(0).cells().size() ? header.get(0).cells().get(c).column() : 0;
      cells.add(new Cell(String.join("\n", texts), column));
    }
    return new RawRow(header.get(0).line(), cells);
  }

  // Cell text

  private static final Pattern STRONG = Pattern.compile("\\*\\*(?=\\S)(.+?)(?<=\\S)\\*\\*");
  private static final Pattern EMPHASIS =
      Pattern.compile("(?<![\\w*])\\*(?=[^\\s*])(.+?)(?<=[^\\s*])\\*(?![\\w*])");
  private static final Pattern LITERAL = Pattern.compile("``(?=\\S)(.+?)(?<=\\S)``");
  private static final Pattern ROLE = Pattern.compile(":[\\w.+-]+:`([^`]+)`");
  private static final Pattern LINK = Pattern.compile("`([^`<]*?)\\s*(?:<[^`>]*>)?`__?");
  private static final Pattern INTERPRETED = Pattern.compile("(?<![\\w`])`([^`]+)`(?![\\w`_])");

  /**
   * A cell's lines as they render: paragraphs and list items on lines of their own, markup as its
   * text.
   */
  static String render(List<String> lines) {
    List<String> stripped = new ArrayList<>();
    int common = Integer.MAX_VALUE;
    for (String line : lines) {
      String trimmed = line.stripTrailing();
      stripped.add(trimmed);
      if (!trimmed.isBlank()) {
        common = Math.min(common, indentOf(trimmed));
      }
    }
    List<String> rendered = new ArrayList<>();
    StringBuilder paragraph = null;
    for (String line : stripped) {
      if (line.isBlank()) {
        paragraph = null;
        continue;
      }
      String text = line.substring(Math.min(common, line.length())).strip();
      Matcher item = LIST_ITEM.matcher(text);
      boolean newItem = item.lookingAt() && text.length() > item.end();
      if (newItem) {
        text = text.substring(item.end());
      }
      if (paragraph == null || newItem) {
        paragraph = new StringBuilder(text);
        rendered.add(null);
      } else {
        paragraph.append(' ').append(text);
      }
      rendered.set(rendered.size() - 1, paragraph.toString());
    }
    return inline(String.join("\n", rendered));
  }

  private static String inline(String text) {
    if (text.indexOf('*') < 0 && text.indexOf('`') < 0 && text.indexOf('\\') < 0) {
      return text;
    }
    String result =
        LITERAL.matcher(text).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
    result = ROLE.matcher(result).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
    result = LINK.matcher(result).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
    result =
        INTERPRETED.matcher(result).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
    result = STRONG.matcher(result).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
    result = EMPHASIS.matcher(result).replaceAll(match -> Matcher.quoteReplacement(match.group(1)));
    return result.replaceAll("\\\\(.)", "$1");
  }
}
