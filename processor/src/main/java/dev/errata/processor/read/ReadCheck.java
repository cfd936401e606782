package dev.errata.processor.read;

import dev.errata.processor.model.Column;
import dev.errata.processor.model.Problem.Category;
import dev.errata.processor.model.TableRow;
import dev.errata.processor.read.RawTable.RawRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compares what was read with the file, so that nothing is lost silently: a text column no column
 * takes, lines elsewhere in the file that hold codes shaped like the codes read, a catalog where
 * most codes have no text. Each is a warning at its line that says what was left and which
 * attribute of the annotation reads it; when the rows read are fewer than half the row-like lines,
 * it is an error.
 */
final class ReadCheck {
  private ReadCheck() {}

  /** A row-like line opens with a code, or with a status and a code. */
  private static final Pattern STATUS = Pattern.compile("[1-5]\\d\\d");

  private static final Pattern TOKEN = Pattern.compile("[^\\s|`*,;\"'()\\[\\]<>（）：:，。]+");

  /** A prose column of an error table that no column takes. */
  static void unmappedText(RawTable table, ColumnInference.Columns columns, ProblemSink problems) {
    Map<Column, Integer> indexes = columns.indexes();
    List<String> free = new ArrayList<>();
    for (Column column : List.of(Column.MESSAGE, Column.DESCRIPTION, Column.SOLUTION)) {
      if (!indexes.containsKey(column)) {
        free.add(column.name().toLowerCase(Locale.ROOT) + "Column");
      }
    }
    for (int index : ColumnInference.unmappedProse(table, indexes)) {
      String header =
          index < table.header().cells().size()
              ? table.header().cells().get(index).text().strip()
              : "";
      problems.warn(
          Category.UNREAD,
          table.header().line(),
          String.format(
              "column %d%s holds text that no column takes; %s",
              index + 1,
              header.isEmpty() ? "" : " (\"" + header + "\")",
              free.isEmpty() || header.isEmpty()
                  ? "it is not read"
                  : free.get(0) + " = \"" + header + "\" reads it"));
    }
  }

  static void afterReading(
      SourceText source,
      List<RawTable> tables,
      Map<RawTable, ColumnInference.Columns> chosen,
      List<TableRow> rows,
      ProblemSink problems) {
    Set<String> codes = new HashSet<>();
    rows.forEach(row -> codes.add(row.code()));
    lostLines(source, tables, chosen, codes, problems);
    withoutText(rows, chosen, problems);
  }

  /**
   * Lines outside the tables read that hold a code shaped like the codes read, and not one of them.
   */
  private static void lostLines(
      SourceText source,
      List<RawTable> tables,
      Map<RawTable, ColumnInference.Columns> chosen,
      Set<String> codes,
      ProblemSink problems) {
    Set<String> shapes = new HashSet<>();
    codes.forEach(code -> shapes.add(key(code)));
    List<Integer> lostRows = new ArrayList<>();
    String lostRow = null;
    for (RawTable table : tables) {
      if (chosen.containsKey(table)
          || table.header().texts().stream().anyMatch(ColumnInference::namesOtherTable)) {
        continue;
      }
      boolean headerless = table.header().texts().stream().allMatch(String::isBlank);
      for (RawRow row : table.rows()) {
        for (var cell : row.cells()) {
          String text = cell.text().strip();
          if (!codes.contains(text)
              && shapes.contains(key(text))
              && ColumnInference.looksLikeCode(text)
              && HeaderGuess.isValue(text)
              && (headerless || !key(text).equals("a"))) {
            lostRows.add(row.line());
            lostRow = lostRow == null ? text : lostRow;
            break;
          }
        }
      }
    }
    if (!lostRows.isEmpty()) {
      report(lostRows, lostRow, codes.size(), "row(s) of tables not read", problems);
      return;
    }
    Map<String, Set<String>> prefixesByShape = new HashMap<>();
    for (String code : codes) {
      String shape = RowBuilder.shape(code);
      if (shape.chars().anyMatch(c -> c == '9' || ".:_-".indexOf(c) >= 0) && code.length() >= 4) {
        prefixesByShape.computeIfAbsent(key(code), key -> new HashSet<>()).add(prefix(code));
      }
    }
    if (prefixesByShape.isEmpty()) {
      return;
    }
    boolean[] read = new boolean[source.lineCount() + 2];
    for (RawTable table : chosen.keySet()) {
      int first = table.header().line();
      int last = first;
      for (RawRow row : table.rows()) {
        int lines = 0;
        for (var cell : row.cells()) {
          if (cell.text().indexOf('\n') >= 0) {
            lines = Math.max(lines, (int) cell.text().chars().filter(c -> c == '\n').count());
          }
        }
        last = Math.max(last, row.line() + lines);
      }
      for (int line = Math.max(1, first); line <= Math.min(last, source.lineCount()); line++) {
        read[line] = true;
      }
    }
    List<Integer> lost = new ArrayList<>();
    String example = null;
    for (int line = 1; line <= source.lineCount(); line++) {
      if (read[line]) {
        continue;
      }
      Matcher token = TOKEN.matcher(source.line(line));
      for (int position = 0; position < 2 && token.find(); position++) {
        String text = token.group();
        Set<String> prefixes = prefixesByShape.get(key(text));
        if (prefixes != null && prefixes.contains(prefix(text)) && !codes.contains(text)) {
          lost.add(line);
          example = example == null ? text : example;
          break;
        }
        if (!STATUS.matcher(text).matches()) {
          break;
        }
      }
    }
    if (lost.isEmpty()) {
      return;
    }
    report(lost, example, codes.size(), "line(s) outside the error table", problems);
  }

  private static void report(
      List<Integer> lost, String example, int codes, String where, ProblemSink problems) {
    int rowLike = lost.size() + codes;
    String message =
        String.format(
            "%d %s hold codes like those read but became no row (first at line %d: %s); if they are"
                + " rows, tableNumber picks their table and codeColumn names its code column",
            lost.size(), where, lost.get(0), example);
    if (codes * 2 < rowLike) {
      problems.error(
          lost.get(0),
          message + "; " + codes + " codes read of about " + rowLike + " row-like lines");
    } else {
      problems.warn(Category.UNREAD, lost.get(0), message);
    }
  }

  /**
   * A code's shape; a number's shape holds its length, as numbers of other lengths are no codes
   * like it.
   */
  private static String key(String code) {
    return code.chars().allMatch(Character::isDigit)
        ? "9:" + code.length()
        : RowBuilder.shape(code);
  }

  /** The part of a code before its first separator, which codes of one provider share. */
  private static String prefix(String code) {
    for (int i = 0; i < code.length(); i++) {
      if (!Character.isLetterOrDigit(code.charAt(i))) {
        return code.substring(0, i);
      }
    }
    return Character.isDigit(code.charAt(0)) ? "" : code;
  }

  /** Tables of fewer codes are too small to tell a column that was missed. */
  private static final int MINIMUM_CODES = 3;

  /** Whether the table has a text column, or a column no column takes that holds something. */
  private static boolean hasTextColumn(RawTable table, ColumnInference.Columns columns) {
    Map<Column, Integer> indexes = columns.indexes();
    if (indexes.containsKey(Column.MESSAGE)
        || indexes.containsKey(Column.DESCRIPTION)
        || indexes.containsKey(Column.SOLUTION)) {
      return true;
    }
    for (RawRow row : table.rows()) {
      for (int i = 0; i < row.cells().size(); i++) {
        if (!indexes.containsValue(i) && !row.cells().get(i).text().isBlank()) {
          return true;
        }
      }
    }
    return false;
  }

  private static void withoutText(
      List<TableRow> rows, Map<RawTable, ColumnInference.Columns> chosen, ProblemSink problems) {
    Map<String, Boolean> hasText = new HashMap<>();
    for (TableRow row : rows) {
      boolean text =
          !row.message().isEmpty() || !row.description().isEmpty() || !row.solution().isEmpty();
      hasText.merge(row.code(), text, Boolean::logicalOr);
    }
    long without = hasText.values().stream().filter(text -> !text).count();
    if (without * 2 <= hasText.size() || hasText.size() < MINIMUM_CODES || chosen.isEmpty()) {
      return;
    }
    RawTable first = chosen.keySet().iterator().next();
    boolean textToRead =
        chosen.entrySet().stream()
            .anyMatch(entry -> hasTextColumn(entry.getKey(), entry.getValue()));
    if (textToRead) {
      problems.warn(
          Category.NO_TEXT,
          first.header().line(),
          String.format(
              "%d of %d codes have no message, description or solution (columns: %s); messageColumn"
                  + " names the column that holds their text",
              without, hasText.size(), chosen.get(first).describe()));
    }
  }
}
