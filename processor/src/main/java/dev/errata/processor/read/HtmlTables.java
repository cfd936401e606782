package dev.errata.processor.read;

import dev.errata.processor.model.Problem;
import dev.errata.processor.model.Problem.Category;
import dev.errata.processor.read.RawTable.Cell;
import dev.errata.processor.read.RawTable.RawRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.CDataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Reads the {@code <table>}s of an HTML page, or of the HTML blocks of a Markdown page, through
 * jsoup's HTML5 parser, which repairs unclosed tags the way browsers do and decodes every entity.
 *
 * <p>Each {@code <table>} is one table of its own rows: a table nested in a cell is a table of its
 * own and not part of the cell's text. A {@code rowspan} or {@code colspan} cell is repeated into
 * every cell it covers (within HTML's limits of 1000 columns and 65534 rows, and within its row
 * group). The header is the {@code <thead>}, else the leading rows of {@code <th>} cells, else the
 * first row when it reads like a header; several header rows are one header, each cell holding the
 * distinct texts of its column on separate lines. A row that is one cell across the whole table is
 * a section title and skipped. A cell's text is what a browser shows: white space collapsed, {@code
 * <br>} and block elements ({@code <p>}, {@code <li>}, {@code <div>}) start a line, {@code <pre>}
 * kept as written, scripts, styles, comments and {@code CDATA} dropped, a no-break space read as a
 * space.
 */
final class HtmlTables {
  /** HTML's own limits on {@code colspan} and {@code rowspan}. */
  static final int MOST_COLUMNS_SPANNED = 1000;

  static final int MOST_ROWS_SPANNED = 65534;

  /**
   * Spans repeat cells into at most this many cells of a file, so that a few tags cannot fill the
   * memory.
   */
  static final int MOST_REPEATED_CELLS = 1_000_000;

  private static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "caption",
          "dd",
          "details",
          "dialog",
          "div",
          "dl",
          "dt",
          "fieldset",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hgroup",
          "hr",
          "li",
          "main",
          "nav",
          "ol",
          "p",
          "pre",
          "section",
          "summary",
          "ul");

  private static final Set<String> HIDDEN = Set.of("script", "style", "template", "head", "title");

  private final String file;
  private final SourceText source;
  private final HeaderMatcher matcher;
  private final List<Problem> problems;
  private final Document document;
  private int repeatedCells;
  private boolean budgetWarned;

  private HtmlTables(
      String file,
      SourceText source,
      String markup,
      HeaderMatcher matcher,
      List<Problem> problems) {
    this.file = file;
    this.source = source;
    this.matcher = matcher;
    this.problems = problems;
    this.document = Parser.htmlParser().setTrackPosition(true).parseInput(markup, "");
  }

  static HtmlTables parse(
      String file, SourceText source, HeaderMatcher matcher, List<Problem> problems) {
    return new HtmlTables(file, source, source.text(), matcher, problems);
  }

  /**
   * The tables of the source's markup where {@code markup}, as long as the source's text, has
   * spaces: the parts of a page that are not HTML (a Markdown page's fenced code) are blank in it.
   */
  static HtmlTables parse(
      String file,
      SourceText source,
      String markup,
      HeaderMatcher matcher,
      List<Problem> problems) {
    return new HtmlTables(file, source, markup, matcher, problems);
  }

  /** The tables with rows, in the order they start in the file, numbered from 1. */
  List<RawTable> tables() {
    List<RawTable> tables = new ArrayList<>();
    for (Element table : document.getElementsByTag("table")) {
      RawTable read = read(table, tables.size() + 1);
      if (read != null) {
        tables.add(read);
      }
    }
    return tables;
  }

  /**
   * The source with the markup of every outermost table replaced by spaces (line breaks kept), so
   * that what is around the tables can be read as Markdown at the same lines and columns.
   */
  SourceText withoutTables() {
    char[] text = source.text().toCharArray();
    for (Element table : outermostTables()) {
      int start = table.sourceRange().startPos();
      int end = Math.min(text.length, lastPosition(table));
      for (int i = Math.max(0, start); i < end; i++) {
        if (text[i] != '\n' && text[i] != '\r') {
          text[i] = ' ';
        }
      }
    }
    return SourceText.of(new String(text));
  }

  /** The first and last line of each outermost table's markup, in file order. */
  List<int[]> tableLines() {
    List<int[]> lines = new ArrayList<>();
    for (Element table : outermostTables()) {
      int start = Math.max(0, table.sourceRange().startPos());
      int end = Math.max(start, Math.min(source.text().length(), lastPosition(table)) - 1);
      lines.add(new int[] {source.lineOf(start), source.lineOf(end)});
    }
    return lines;
  }

  private List<Element> outermostTables() {
    List<Element> tables = new ArrayList<>();
    NodeTraversor.filter(
        new NodeFilter() {
          @Override
          public FilterResult head(Node node, int depth) {
            if (node instanceof Element element && element.nameIs("table")) {
              tables.add(element);
              return FilterResult.SKIP_ENTIRELY;
            }
            return FilterResult.CONTINUE;
          }
        },
        document);
    return tables;
  }

  /**
   * Where the table's markup ends: its end tag, or the end of the last thing in it when it is not
   * closed.
   */
  private static int lastPosition(Element table) {
    int[] last = {table.sourceRange().endPos()};
    NodeTraversor.traverse(
        (node, depth) -> {
          last[0] = Math.max(last[0], end(node.sourceRange()));
          if (node instanceof Element element) {
            last[0] = Math.max(last[0], end(element.endSourceRange()));
          }
        },
        table);
    return last[0];
  }

  private static int end(Range range) {
    return range.isTracked() ? range.endPos() : -1;
  }

  private RawTable read(Element table, int number) {
    List<GridRow> headerGrid = new ArrayList<>();
    List<GridRow> bodyGrid = new ArrayList<>();
    for (Element child : table.children()) {
      if (child.nameIs("thead")) {
        headerGrid.addAll(grid(child.children()));
      } else if (child.nameIs("tbody") || child.nameIs("tfoot")) {
        bodyGrid.addAll(grid(child.children()));
      } else if (child.nameIs("tr")) {
        bodyGrid.addAll(grid(List.of(child)));
      }
    }
    int width = 0;
    for (GridRow row : headerGrid) {
      width = Math.max(width, row.slots().size());
    }
    for (GridRow row : bodyGrid) {
      width = Math.max(width, row.slots().size());
    }
    List<RawRow> headerRows = new ArrayList<>();
    for (GridRow row : headerGrid) {
      if (!row.isTitle(width)) {
        headerRows.add(row.raw());
      }
    }
    List<RawRow> rows = new ArrayList<>();
    boolean leadingHeaders = headerRows.isEmpty();
    for (GridRow row : bodyGrid) {
      if (row.isTitle(width)) {
        continue;
      }
      if (leadingHeaders && row.slots().stream().allMatch(Slot::heading)) {
        headerRows.add(row.raw());
      } else {
        leadingHeaders = false;
        rows.add(row.raw());
      }
    }
    if (!headerRows.isEmpty()) {
      return new RawTable(number, joined(headerRows), rows);
    }
    if (rows.isEmpty()) {
      return null;
    }
    RawRow first = rows.get(0);
    List<RawRow> below = rows.subList(1, rows.size());
    return HeaderGuess.isHeader(first, below, matcher)
        ? new RawTable(number, first, List.copyOf(below))
        : new RawTable(number, new RawRow(first.line(), List.of()), rows);
  }

  /**
   * The rows of a row group laid out on a grid, spans repeated; rows without a cell of their own
   * are dropped.
   */
  private List<GridRow> grid(List<Element> rowElements) {
    List<Element> trs = rowElements.stream().filter(element -> element.nameIs("tr")).toList();
    List<Map<Integer, Slot>> grid = new ArrayList<>();
    for (int r = 0; r < trs.size(); r++) {
      grid.add(new HashMap<>());
    }
    List<GridRow> result = new ArrayList<>();
    for (int r = 0; r < trs.size(); r++) {
      Element tr = trs.get(r);
      int rowLine = rowLine(tr);
      Map<Integer, Slot> row = grid.get(r);
      int column = 0;
      boolean ownCell = false;
      for (Element cell : tr.children()) {
        if (!cell.nameIs("td") && !cell.nameIs("th")) {
          continue;
        }
        ownCell = true;
        while (row.containsKey(column)) {
          column++;
        }
        int line = source.lineOf(cell.sourceRange().startPos());
        int columns = colspan(cell, line);
        int rows = rowspan(cell, line, trs.size() - r);
        long repeated = (long) columns * rows - 1;
        if (repeated > 0 && repeatedCells + repeated > MOST_REPEATED_CELLS) {
          warnBudget(line);
          columns = 1;
          rows = 1;
        } else if (repeated > 0) {
          repeatedCells += (int) repeated;
        }
        Slot origin =
            new Slot(cell, text(cell), cell.nameIs("th"), line == rowLine ? column(cell) : 0);
        for (int down = 0; down < rows; down++) {
          Map<Integer, Slot> covered = grid.get(r + down);
          for (int across = 0; across < columns; across++) {
            covered.putIfAbsent(column + across, down == 0 ? origin : origin.below());
          }
        }
        column += columns;
      }
      if (ownCell) {
        int width = row.keySet().stream().mapToInt(Integer::intValue).max().orElse(-1) + 1;
        List<Slot> slots = new ArrayList<>(width);
        for (int c = 0; c < width; c++) {
          slots.add(row.getOrDefault(c, Slot.EMPTY));
        }
        result.add(new GridRow(rowLine, slots));
      }
      grid.set(r, null);
    }
    return result;
  }

  /**
   * Several header rows as one, each cell holding the distinct texts of its column, top to bottom.
   */
  private static RawRow joined(List<RawRow> headerRows) {
    if (headerRows.size() == 1) {
      return headerRows.get(0);
    }
    int width = headerRows.stream().mapToInt(row -> row.cells().size()).max().orElse(0);
    List<Cell> cells = new ArrayList<>(width);
    for (int c = 0; c < width; c++) {
      List<String> texts = new ArrayList<>();
      int column = 0;
      for (RawRow row : headerRows) {
        if (c < row.cells().size()) {
          Cell cell = row.cells().get(c);
          if (!cell.text().isBlank() && !texts.contains(cell.text())) {
            texts.add(cell.text());
          }
          if (column == 0 && row == headerRows.get(0)) {
            column = cell.column();
          }
        }
      }
      cells.add(new Cell(String.join("\n", texts), column));
    }
    return new RawRow(headerRows.get(0).line(), cells);
  }

  /**
   * The line of a row's {@code <tr>}, or of its first cell when the parser supplied the {@code
   * <tr>}.
   */
  private int rowLine(Element tr) {
    Range range = tr.sourceRange();
    if (range.isTracked() && !range.isImplicit()) {
      return source.lineOf(range.startPos());
    }
    Element first = tr.firstElementChild();
    return source.lineOf(
        first != null ? first.sourceRange().startPos() : Math.max(0, range.startPos()));
  }

  private int column(Element cell) {
    int offset = cell.sourceRange().startPos();
    int line = source.lineOf(offset);
    return offset - source.lineStarts()[line - 1] + 1;
  }

  private int colspan(Element cell, int line) {
    int span = span(cell.attr("colspan"));
    if (span > MOST_COLUMNS_SPANNED) {
      problems.add(
          Problem.warning(
              Category.FORMAT,
              file,
              line,
              0,
              "colspan=\""
                  + cell.attr("colspan").strip()
                  + "\" is more than the "
                  + MOST_COLUMNS_SPANNED
                  + " columns HTML allows; read as "
                  + MOST_COLUMNS_SPANNED));
      return MOST_COLUMNS_SPANNED;
    }
    return Math.max(1, span);
  }

  /** {@code rowspan="0"} spans to the end of the row group, as in HTML. */
  private int rowspan(Element cell, int line, int rowsLeft) {
    String attribute = cell.attr("rowspan");
    int span = span(attribute);
    if (span == 0) {
      return rowsLeft;
    }
    span = Math.max(1, Math.min(span, MOST_ROWS_SPANNED));
    if (span > rowsLeft) {
      problems.add(
          Problem.warning(
              Category.FORMAT,
              file,
              line,
              0,
              "rowspan=\""
                  + attribute.strip()
                  + "\" reaches past the last row of its table; it spans the "
                  + rowsLeft
                  + " row(s) there are"));
      return rowsLeft;
    }
    return span;
  }

  /**
   * The leading digits of a span attribute as HTML reads them ({@code "2px"} is 2), 1 without
   * digits, at most a million.
   */
  private static int span(String attribute) {
    String text = attribute.strip();
    int digits = 0;
    while (digits < text.length()
        && digits < 7
        && text.charAt(digits) >= '0'
        && text.charAt(digits) <= '9') {
      digits++;
    }
    return digits == 0 ? 1 : Integer.parseInt(text.substring(0, digits));
  }

  private void warnBudget(int line) {
    if (!budgetWarned) {
      budgetWarned = true;
      problems.add(
          Problem.warning(
              Category.FORMAT,
              file,
              line,
              0,
              "rowspans and colspans repeat cells into more than "
                  + MOST_REPEATED_CELLS
                  + " cells; from here on a spanning cell is read as one cell"));
    }
  }

  /** The text a browser shows for a cell, without the tables nested in it. */
  static String text(Element cell) {
    CellText text = new CellText(cell);
    NodeTraversor.filter(text, cell);
    return text.result();
  }

  /** One row of the grid and the line its {@code <tr>} starts on. */
  private record GridRow(int line, List<Slot> slots) {
    /** A row that is one cell spanning a table of several columns. */
    boolean isTitle(int width) {
      return width > 1
          && slots.size() == width
          && slots.stream().allMatch(slot -> slot.origin() == slots.get(0).origin());
    }

    RawRow raw() {
      List<Cell> cells = new ArrayList<>(slots.size());
      for (Slot slot : slots) {
        cells.add(new Cell(slot.text(), slot.column()));
      }
      return new RawRow(line, cells);
    }
  }

  /**
   * One cell of the grid: its element (null for an empty slot), its text, whether it is a {@code
   * <th>}, and its character column (0 when it is not on its row's line).
   */
  private record Slot(Element origin, String text, boolean heading, int column) {
    static final Slot EMPTY = new Slot(null, "", false, 0);

    Slot below() {
      return new Slot(origin, text, heading, 0);
    }
  }

  /** Collects a cell's rendered text line by line. */
  private static final class CellText implements NodeFilter {
    private final Element root;
    private final StringBuilder out = new StringBuilder();
    private boolean space;
    private int preformatted;

    CellText(Element root) {
      this.root = root;
    }

    @Override
    public FilterResult head(Node node, int depth) {
      if (node instanceof Element element) {
        String name = element.normalName();
        if (element != root && (name.equals("table") || HIDDEN.contains(name))) {
          return FilterResult.SKIP_ENTIRELY;
        }
        if (name.equals("br")) {
          out.append('\n');
          space = false;
        } else if (BLOCKS.contains(name)) {
          lineBreak();
        }
        if (name.equals("pre")) {
          preformatted++;
        }
      } else if (node instanceof CDataNode) {
        return FilterResult.SKIP_ENTIRELY;
      } else if (node instanceof TextNode textNode) {
        append(textNode.getWholeText());
      }
      return FilterResult.CONTINUE;
    }

    @Override
    public FilterResult tail(Node node, int depth) {
      if (node instanceof Element element && node != root) {
        String name = element.normalName();
        if (BLOCKS.contains(name)) {
          lineBreak();
        }
        if (name.equals("pre")) {
          preformatted--;
        }
      }
      return FilterResult.CONTINUE;
    }

    private void append(String text) {
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (preformatted > 0) {
          if (c == '\r') {
            if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
              continue;
            }
            c = '\n';
          }
          out.append(c == '\u00A0' ? ' ' : c);
        } else if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
          space = true;
        } else {
          if (space && out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append(' ');
          }
          space = false;
          out.append(c == '\u00A0' ? ' ' : c);
        }
      }
    }

    /** Starts a new line unless the text is at the start of one. */
    private void lineBreak() {
      if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
        out.append('\n');
      }
      space = false;
    }

    /**
     * The lines without the spaces at their ends, and without blank lines before and after the
     * text.
     */
    String result() {
      String[] lines = out.toString().split("\n", -1);
      List<String> kept = new ArrayList<>(lines.length);
      for (String line : lines) {
        kept.add(line.strip());
      }
      int from = 0;
      int to = kept.size();
      while (from < to && kept.get(from).isEmpty()) {
        from++;
      }
      while (to > from && kept.get(to - 1).isEmpty()) {
        to--;
      }
      return String.join("\n", kept.subList(from, to));
    }
  }
}
