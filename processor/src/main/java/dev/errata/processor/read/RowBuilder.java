package dev.errata.processor.read;

import dev.errata.processor.model.Column;
import dev.errata.processor.model.Problem;
import dev.errata.processor.model.TableRow;
import dev.errata.processor.read.RawTable.Cell;
import dev.errata.processor.read.RawTable.RawRow;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the rows of one error table into {@link TableRow}s, repairing what tables get wrong in a
 * documented way, each repair with a warning: short rows are padded with empty cells, cells past the
 * header are ignored, rows without a code are skipped, a status is the first three-digit number of
 * its cell, and a row whose message and description are in each other's language is swapped back.
 */
final class RowBuilder {
  /** Cells that mean "nothing here". */
  private static final Set<String> ABSENT = Set.of("", "-", "—", "–");

  private static final Pattern STATUS = Pattern.compile("(?<!\\d)[1-5]\\d\\d(?!\\d)");

  /** A status written into a text cell, as in {@code HTTP Status Code: 400} or {@code HTTP Mapping: 404 Not Found}. */
  private static final Pattern STATUS_IN_TEXT =
      Pattern.compile(
          "\\bHTTP\\s*(?:status\\s*code|status|code|mapping|状态码)?\\s*[:：]\\s*([1-5]\\d\\d)(?!\\d)",
          Pattern.CASE_INSENSITIVE);

  private final String file;
  private final Map<Column, Integer> columns;
  private final int width;
  private final List<Problem> problems;
  private final boolean swapLanguages;
  private final Script messageScript;
  private final Script descriptionScript;

  private RowBuilder(String file, RawTable table, Map<Column, Integer> columns, List<Problem> problems) {
    this.file = file;
    this.columns = columns;
    this.width = widthWithoutTrailingEmptyCells(table.header());
    this.problems = problems;
    this.messageScript = majority(table, Column.MESSAGE);
    this.descriptionScript = majority(table, Column.DESCRIPTION);
    this.swapLanguages =
        messageScript != Script.NONE
            && descriptionScript != Script.NONE
            && messageScript != descriptionScript;
  }

  static void build(
      String file,
      RawTable table,
      Map<Column, Integer> columns,
      List<TableRow> rows,
      List<Problem> problems) {
    RowBuilder builder = new RowBuilder(file, table, columns, problems);
    for (RawRow row : table.rows()) {
      TableRow built = builder.build(row);
      if (built != null) {
        rows.add(built);
      }
    }
  }

  private TableRow build(RawRow row) {
    checkWidth(row);
    String code = strip(text(row, Column.CODE));
    if (code.isEmpty()) {
      warn(row, cell(row, Column.CODE), "row has no code; skipped");
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
          String.format(
              "message and description of %s are in each other's script (most messages are in %s,"
                  + " most descriptions in %s); read them swapped back",
              code, language(messageScript), language(descriptionScript)));
      String swapped = message;
      message = description;
      description = swapped;
    }
    return new TableRow(
        row.line(),
        status(row),
        code,
        message,
        description,
        text(row, Column.SOLUTION),
        strip(text(row, Column.NAME)),
        strip(text(row, Column.KIND)));
  }

  /** A header copied from a browser may end with empty cells (trailing tabs); they are no columns. */
  private static int widthWithoutTrailingEmptyCells(RawRow header) {
    int width = header.cells().size();
    while (width > 1 && header.cells().get(width - 1).text().isBlank()) {
      width--;
    }
    return width;
  }

  private void checkWidth(RawRow row) {
    int cells = row.cells().size();
    if (cells < width) {
      warn(row, null, String.format("row has %d cells, the header %d; the missing cells are empty", cells, width));
    } else if (cells > width
        && row.cells().subList(width, cells).stream().anyMatch(cell -> !cell.text().isBlank())) {
      warn(
          row,
          row.cells().get(width),
          String.format(
              "row has %d cells, the header %d; the cells after the %dth are ignored"
                  + " (a | inside a Markdown cell is written \\|)",
              cells, width, width));
    }
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
      warn(row, cell(row, Column.STATUS), "HTTP status \"" + text + "\" is not a number; read as none (0)");
      return 0;
    }
    int value = Integer.parseInt(status.group());
    if (status.find()) {
      warn(row, cell(row, Column.STATUS), "HTTP status \"" + text + "\" holds several statuses; read as " + value);
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

  /** The cell's text, or "" when the table has no such column, the row is short or the cell is absent. */
  private String text(RawRow row, Column column) {
    Cell cell = cell(row, column);
    return cell == null || ABSENT.contains(strip(cell.text())) ? "" : noBreakSpacesAtEdgesAsSpaces(cell.text());
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

  private void warn(RawRow row, Cell cell, String message) {
    int column = cell == null ? 0 : cell.column();
    problems.add(new Problem(Problem.Severity.WARNING, file, row.line(), column, message));
  }

  /** The script most non-empty cells of a column are in; NONE on a tie or when the table lacks it. */
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
