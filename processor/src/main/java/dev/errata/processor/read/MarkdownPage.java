package dev.errata.processor.read;

import dev.errata.processor.model.Problem;
import dev.errata.processor.read.RawTable.RawRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Markdown page: its pipe tables and the raw HTML {@code <table>}s between them, in the order
 * they start in the file, numbered from 1; HTML inside fenced code blocks is an example, not a
 * table. The pipe tables between two HTML tables are read apart from those after them, so that a
 * page's tables stay in file order.
 */
final class MarkdownPage {
  private MarkdownPage() {}

  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})(.*)$");

  static List<RawTable> read(
      String file, SourceText source, HeaderMatcher matcher, List<Problem> problems) {
    if (!source.text().toLowerCase(Locale.ROOT).contains("<table")) {
      return PipeTables.read(source, matcher);
    }
    HtmlTables html = HtmlTables.parse(file, source, withoutFencedCode(source), matcher, problems);
    List<RawTable> found = new ArrayList<>(html.tables());
    SourceText prose = html.withoutTables();
    int from = 1;
    for (int[] table : html.tableLines()) {
      found.addAll(pipeTables(prose, from, table[0], matcher));
      from = table[1];
    }
    found.addAll(pipeTables(prose, from, prose.lineCount(), matcher));
    found.sort(Comparator.comparingInt(table -> table.header().line()));
    List<RawTable> numbered = new ArrayList<>(found.size());
    for (RawTable table : found) {
      numbered.add(new RawTable(numbered.size() + 1, table.header(), table.rows()));
    }
    return numbered;
  }

  /**
   * The page's text with its fenced code blocks ({@code ```} or {@code ~~~}) blanked, line breaks
   * kept: an example there (an HTML error page, a {@code <script>}) is no markup of the page.
   */
  static String withoutFencedCode(SourceText source) {
    char[] text = source.text().toCharArray();
    String fence = null;
    for (int number = 1; number <= source.lineCount(); number++) {
      String line = source.line(number);
      Matcher opening = FENCE.matcher(line);
      boolean fenceLine = opening.matches();
      if (fence == null && fenceLine) {
        fence = opening.group(1);
      } else if (fence != null
          && fenceLine
          && opening.group(1).charAt(0) == fence.charAt(0)
          && opening.group(1).length() >= fence.length()
          && opening.group(2).isBlank()) {
        fence = null;
        blank(text, source, number);
        continue;
      }
      if (fence != null) {
        blank(text, source, number);
      }
    }
    return new String(text);
  }

  private static void blank(char[] text, SourceText source, int number) {
    int start = source.lineStarts()[number - 1];
    int end = start + source.line(number).length();
    for (int i = start; i < end; i++) {
      text[i] = ' ';
    }
  }

  /** The pipe tables of lines {@code first} to {@code last}, at their lines in the file. */
  private static List<RawTable> pipeTables(
      SourceText source, int first, int last, HeaderMatcher matcher) {
    StringBuilder text = new StringBuilder();
    for (int line = first; line <= last; line++) {
      text.append(source.line(line)).append('\n');
    }
    if (text.indexOf("|") < 0 && text.indexOf("｜") < 0) {
      return List.of();
    }
    int shift = first - 1;
    List<RawTable> tables = new ArrayList<>();
    for (RawTable table : PipeTables.read(SourceText.of(text.toString()), matcher)) {
      List<RawRow> rows =
          table.rows().stream().map(row -> new RawRow(row.line() + shift, row.cells())).toList();
      tables.add(
          new RawTable(
              table.number(),
              new RawRow(table.header().line() + shift, table.header().cells()),
              rows));
    }
    return tables;
  }
}
