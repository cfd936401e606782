package dev.errata.processor.read;

import dev.errata.processor.model.Column;
import dev.errata.processor.model.Problem.Category;
import dev.errata.processor.model.TableRow;
import dev.errata.processor.read.RawTable.Cell;
import dev.errata.processor.read.RawTable.RawRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the rows of one error table into {@link TableRow}s, repairing what tables get wrong in a
 * documented way, each repair with a warning: a short row whose cells fit the columns only when
 * shifted right takes the cells it lacks from the row above (a rowspan flattened by a copy), other
 * short rows are padded with empty cells, cells past the header are ignored, rows without a code
 * are skipped, a status is the first three-digit number of its cell, and a row whose message and
 * description are in each other's language is swapped back. A row with a 2xx status whose text says
 * success ({@code Success}, {@code OK}, {@code 成功}) is a success row.
 */
final class RowBuilder {
  /** Cells that mean "nothing here". */
  private static final Set<String> ABSENT = Set.of("", "-", "—", "–");

  private static final Pattern STATUS = Pattern.compile("(?<!\\d)[1-5]\\d\\d(?!\\d)");

  /**
   * A status written into a text cell, as in {@code HTTP Status Code: 400} or {@code HTTP Mapping:
   * 404 Not Found}.
   */
  private static final Pattern STATUS_IN_TEXT =
      Pattern.compile(
          "\\bHTTP\\s*(?:status\\s*code|status|code|mapping|状态码)?\\s*[:：]\\s*([1-5]\\d\\d)(?!\\d)",
          Pattern.CASE_INSENSITIVE);

  /** Texts that say a row is no error. */
  private static final Pattern SUCCESS =
      Pattern.compile(
          "(?:the\\s+)?(?:request\\s+|operation\\s+|call\\s+)?(?:success|succeeded|successful|successfully|ok|no\\s+error|成功|请求成功|操作成功|调用成功|执行成功|处理成功|正常|成功しました|正常終了|успешно|успех)[.!。！]?",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private final Map<Column, Integer> columns;
  private final int width;
  private final ProblemSink problems;
  private final boolean statusAsCode;
  private RawRow previous;
  private final boolean swapLanguages;
  private final Script messageScript;
  private final Script descriptionScript;

  private RowBuilder(
      RawTable table, Map<Column, Integer> columns, boolean statusAsCode, ProblemSink problems) {
    this.columns = columns;
    this.width =
        table.header().cells().isEmpty()
            ? widestRow(table)
            : widthWithoutTrailingEmptyCells(table.header());
    this.problems = problems;
    this.statusAsCode = statusAsCode;
    this.messageScript = majority(table, Column.MESSAGE);
    this.descriptionScript = majority(table, Column.DESCRIPTION);
    this.swapLanguages =
        messageScript != Script.NONE
            && descriptionScript != Script.NONE
            && messageScript != descriptionScript;
  }

  /**
   * The rows of {@code table} read through {@code columns}; {@code statusAsCode} when the statuses
   * are the codes.
   */
  static List<TableRow> build(
      RawTable table, Map<Column, Integer> columns, boolean statusAsCode, ProblemSink problems) {
    RowBuilder builder = new RowBuilder(table, columns, statusAsCode, problems);
    List<TableRow> rows = new ArrayList<>();
    for (RawRow row : table.rows()) {
      TableRow built = builder.build(row);
      if (built != null) {
        rows.add(built);
      }
    }
    return rows;
  }

  private TableRow build(RawRow read) {
    RawRow row = checkWidth(read);
    previous = row;
    String code = strip(text(row, Column.CODE));
    if (isSectionRow(row, code)) {
      warn(
          row,
          cell(row, Column.CODE),
          Category.NO_CODE,
          "\"" + code + "\" is a section title, not a code (the row has no other cell); skipped");
      return null;
    }
    String noted = codeBeforeNote(code);
    if (!noted.equals(code)) {
      warn(
          row,
          cell(row, Column.CODE),
          Category.CODE_NOTE,
          "code cell \"" + code + "\" holds a note after the code; read as " + noted);
      code = noted;
    }
    if (statusAsCode) {
      Matcher status = STATUS.matcher(code);
      code = status.find() ? status.group() : code;
    }
    if (code.isEmpty()) {
      warn(row, cell(row, Column.CODE), Category.NO_CODE, "row has no code; skipped");
      return null;
    }
    String message = text(row, Column.MESSAGE);
    String description = text(row, Column.DESCRIPTION);
    if (swapLanguages
        && Script.of(message) == descriptionScript
        && Script.of(description) == messageScript) {
      warn(
          row,
          cell(row, Column.MESSAGE),
          Category.SWAPPED_COLUMNS,
          String.format(
              "message and description of %s are in each other's script (most messages are in %s,"
                  + " most descriptions in %s); read them swapped back",
              code, language(messageScript), language(descriptionScript)));
      String swapped = message;
      message = description;
      description = swapped;
    }
    int status = status(row);
    return new TableRow(
        row.line(),
        status,
        code,
        message,
        description,
        text(row, Column.SOLUTION),
        strip(text(row, Column.NAME)),
        strip(text(row, Column.KIND)),
        status >= 200
            && status < 300
            && (saysSuccess(message) || message.isEmpty() && saysSuccess(description)));
  }

  /**
   * A row that only names a section of the table ({@code **ACCOUNT**}): one cell, not shaped like a
   * code.
   */
  private boolean isSectionRow(RawRow row, String code) {
    if (code.isEmpty() || ColumnInference.looksLikeCode(code)) {
      return false;
    }
    Integer index = columns.get(Column.CODE);
    for (int i = 0; i < row.cells().size(); i++) {
      if (i != index && !row.cells().get(i).text().isBlank()) {
        return false;
      }
    }
    return true;
  }

  /**
   * The code of a cell that adds a note after it ({@code 6002 ⚠️ 弃用}, {@code Foo.Bar (deprecated)}
   * is not one): the first word when it has the shape of a code and the rest holds no letter or
   * digit of a code's alphabet.
   */
  private static String codeBeforeNote(String code) {
    int space = 0;
    while (space < code.length() && !isSpace(code.charAt(space))) {
      space++;
    }
    if (space == code.length()) {
      return code;
    }
    String first = code.substring(0, space);
    String rest = code.substring(space);
    boolean restIsNote = rest.codePoints().noneMatch(c -> c < 0x80 && Character.isLetterOrDigit(c));
    return restIsNote && ColumnInference.looksLikeCode(first) ? first : code;
  }

  private static boolean saysSuccess(String text) {
    return SUCCESS.matcher(strip(text).toLowerCase(Locale.ROOT)).matches();
  }

  private static int widestRow(RawTable table) {
    return table.rows().stream().mapToInt(row -> row.cells().size()).max().orElse(0);
  }

  /**
   * A header copied from a browser may end with empty cells (trailing tabs); they are no columns.
   */
  private static int widthWithoutTrailingEmptyCells(RawRow header) {
    int width = header.cells().size();
    while (width > 1 && header.cells().get(width - 1).text().isBlank()) {
      width--;
    }
    return width;
  }

  /** The row as the columns read it: a short row filled from the row above or padded. */
  private RawRow checkWidth(RawRow row) {
    int cells = row.cells().size();
    if (cells < width) {
      int missing = width - cells;
      if (previous != null && previous.cells().size() >= width && fitsShiftedRight(row, missing)) {
        List<Cell> filled = new ArrayList<>(previous.cells().subList(0, missing));
        filled.addAll(row.cells());
        warn(
            row,
            null,
            Category.SHORT_ROW,
            String.format(
                "row has %d cells, the header %d; its cells are the last %d columns and the first %d"
                    + " repeat the row above (a cell spanning several rows)",
                cells, width, cells, missing));
        return new RawRow(row.line(), filled);
      }
      warn(
          row,
          null,
          Category.SHORT_ROW,
          String.format(
              "row has %d cells, the header %d; the missing cells are empty", cells, width));
    } else if (cells > width
        && row.cells().subList(width, cells).stream().anyMatch(cell -> !cell.text().isBlank())) {
      warn(
          row,
          row.cells().get(width),
          Category.LONG_ROW,
          String.format(
              "row has %d cells, the header %d; the cells after the %dth are ignored"
                  + " (a | inside a Markdown cell is written \\|)",
              cells, width, width));
    }
    return row;
  }

  /**
   * Whether a short row reads better with its cells in the last columns: its code then lands under
   * the code column looking like a code, where in the first columns text would.
   */
  private boolean fitsShiftedRight(RawRow row, int missing) {
    Integer code = columns.get(Column.CODE);
    if (code == null || code < missing) {
      return false;
    }
    String shifted = row.cells().get(code - missing).text().strip();
    String unshifted = code < row.cells().size() ? row.cells().get(code).text().strip() : "";
    String above = previous.cells().get(code).text().strip();
    return (sameShape(shifted, above) || ColumnInference.looksLikeCode(shifted))
        && !sameShape(unshifted, above)
        && !ColumnInference.looksLikeCode(unshifted);
  }

  /** Two codes of one table: letters, digits and separators in the same places. */
  private static boolean sameShape(String a, String b) {
    return !a.isEmpty() && !b.isEmpty() && shape(a).equals(shape(b)) && a.indexOf(' ') < 0;
  }

  static String shape(String code) {
    StringBuilder shape = new StringBuilder();
    for (int i = 0; i < code.length(); i++) {
      char c = code.charAt(i);
      char kind = Character.isDigit(c) ? '9' : Character.isLetter(c) ? 'a' : c;
      boolean repeats = shape.length() > 0 && shape.charAt(shape.length() - 1) == kind;
      if (!(repeats && (kind == 'a' || kind == '9'))) {
        shape.append(kind);
      }
    }
    return shape.toString();
  }

  private int status(RawRow row) {
    if (!columns.containsKey(Column.STATUS)) {
      return statusInText(row);
    }
    String text = text(row, Column.STATUS);
    if (text.isEmpty()) {
      return 0;
    }
    Matcher status = STATUS.matcher(text);
    if (!status.find()) {
      warn(
          row,
          cell(row, Column.STATUS),
          Category.STATUS,
          "HTTP status \"" + text + "\" is not a number; read as none (0)");
      return 0;
    }
    int value = Integer.parseInt(status.group());
    if (status.find()) {
      warn(
          row,
          cell(row, Column.STATUS),
          Category.STATUS,
          "HTTP status \"" + text + "\" holds several statuses; read as " + value);
    }
    return value;
  }

  /** In a table without a status column, the status the message or the description states. */
  private int statusInText(RawRow row) {
    for (Column column : List.of(Column.MESSAGE, Column.DESCRIPTION)) {
      Matcher status = STATUS_IN_TEXT.matcher(text(row, column));
      if (status.find()) {
        return Integer.parseInt(status.group(1));
      }
    }
    return 0;
  }

  /**
   * The cell's text, or "" when the table has no such column, the row is short or the cell is
   * absent.
   */
  private String text(RawRow row, Column column) {
    Cell cell = cell(row, column);
    return cell == null || ABSENT.contains(strip(cell.text()))
        ? ""
        : noBreakSpacesAtEdgesAsSpaces(cell.text());
  }

  /**
   * Pages copied from a browser pad cells with no-break spaces; at the edges of a cell they are
   * plain spaces, inside it they stay.
   */
  private static String noBreakSpacesAtEdgesAsSpaces(String text) {
    if (text.indexOf('\u00A0') < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length && isSpace(chars[i]); i++) {
      chars[i] = chars[i] == '\u00A0' ? ' ' : chars[i];
    }
    for (int i = chars.length - 1; i >= 0 && isSpace(chars[i]); i--) {
      chars[i] = chars[i] == '\u00A0' ? ' ' : chars[i];
    }
    return new String(chars);
  }

  /** Without white space at the ends, no-break and ideographic spaces included. */
  private static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  private Cell cell(RawRow row, Column column) {
    Integer index = columns.get(column);
    return index == null || index >= row.cells().size() ? null : row.cells().get(index);
  }

  private void warn(RawRow row, Cell cell, Category category, String message) {
    problems.warn(category, row.line(), cell == null ? 0 : cell.column(), message);
  }

  /**
   * The script most non-empty cells of a column are in; NONE on a tie or when the table lacks it.
   */
  private Script majority(RawTable table, Column column) {
    Integer index = columns.get(column);
    if (index == null) {
      return Script.NONE;
    }
    int cjk = 0;
    int latin = 0;
    for (RawRow row : table.rows()) {
      if (index < row.cells().size()) {
        switch (Script.of(row.cells().get(index).text())) {
          case CJK -> cjk++;
          case LATIN -> latin++;
          default -> {}
        }
      }
    }
    return cjk > latin ? Script.CJK : latin > cjk ? Script.LATIN : Script.NONE;
  }

  private static String language(Script script) {
    return script == Script.CJK ? "CJK script" : "Latin script";
  }
}
