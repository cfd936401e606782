package dev.errata.processor.read;

import dev.errata.processor.read.RawTable.Cell;
import dev.errata.processor.read.RawTable.RawRow;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The error table of a page whose text was copied from a browser or a text document, where no table
 * markup is left. Four layouts are read, each into tables of raw rows:
 *
 * <ul>
 *   <li><b>cell blocks</b>: a browser's copy of a table whose cells hold paragraphs, each cell on
 *       lines of its own between lines holding only a tab, rows apart by two or more blank lines;
 *   <li><b>tab rows</b>: at least three lines with the same number of tabs, cells between the tabs,
 *       as a browser copies a table into the prose around it;
 *   <li><b>terms</b>: a code alone on its line (a Markdown heading {@code ## InvalidParameter}, a
 *       bold or plain line, an entry of a definition list) followed by its paragraph, indented or
 *       not; a term whose paragraph holds other terms is a heading of them and no code, and at
 *       least three sibling terms make a table of code and text;
 *   <li><b>code lines</b>: at least three lines that each open with a code (an identifier with a
 *       digit, an underscore, an inner dot or colon, a capital inside a word, or in capitals) and
 *       go on with its text, optionally after an HTTP status ({@code 400 InvalidParameter The
 *       ...}); a line indented more than the codes continues the text of the line above; a line
 *       that holds a whole table run together ({@code InvalidParameter The parameter is invalid.
 *       AccessDenied You may not do this. ...}) is split before each code that follows a sentence.
 * </ul>
 *
 * <p>Runs of spaces inside a paragraph are one space, as when the page is rendered. Tables of terms
 * and code lines have no header: the column inference maps their columns by content.
 */
final class PageText {
  private PageText() {}

  /** Rows of at least this many make a table rather than a chance match in prose. */
  static final int MINIMUM_ROWS = 3;

  private static final Pattern SPACES = Pattern.compile("[ \\t]{2,}");
  private static final Pattern CELL_BREAK = Pattern.compile("[ \\u00A0]*\\t[\\t \\u00A0]*");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+");
  private static final Pattern DECORATION = Pattern.compile("^(\\*\\*|__|`)+|(\\*\\*|__|`)+$");
  private static final Pattern TRAILING_COLON = Pattern.compile("[:：]$");
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}_.:/%{}\\-]*");
  private static final Pattern STATUS = Pattern.compile("[1-5]\\d\\d");
  private static final Pattern CAMEL_HUMP = Pattern.compile("\\p{Ll}\\p{Lu}");
  private static final Pattern INNER_JOIN = Pattern.compile("[\\p{L}\\p{N}][._:][\\p{L}\\p{N}]");
  private static final Pattern CAPITALS = Pattern.compile("\\p{Lu}{2,}[\\p{Lu}\\p{N}_]*");

  /** The page's tables in any of the three layouts, in the order they start. */
  static List<RawTable> read(SourceText source, HeaderMatcher matcher) {
    List<RawTable> blocks = cellBlocks(source, matcher);
    if (!blocks.isEmpty()) {
      return blocks;
    }
    boolean[] taken = new boolean[source.lineCount() + 2];
    List<RawTable> tables = new ArrayList<>(tabRows(source, matcher, taken));
    tables.addAll(terms(source, taken));
    tables.addAll(codeLines(source, taken));
    tables.addAll(runTogether(source, taken));
    tables.sort(Comparator.comparingInt(table -> table.header().line()));
    List<RawTable> numbered = new ArrayList<>();
    for (RawTable table : tables) {
      numbered.add(new RawTable(numbered.size() + 1, table.header(), table.rows()));
    }
    return numbered;
  }

  /** Whether a token reads like an error code rather than like a word of prose. */
  static boolean isCode(String token) {
    return TOKEN.matcher(token).matches()
        && token.length() <= 80
        && (token.chars().anyMatch(Character::isDigit)
            || token.indexOf('_') >= 0
            || INNER_JOIN.matcher(token).find()
            || CAMEL_HUMP.matcher(token).find()
            || CAPITALS.matcher(token).matches());
  }

  // Cell blocks

  private static List<RawTable> cellBlocks(SourceText source, HeaderMatcher matcher) {
    List<RawRow> rows = new ArrayList<>();
    List<Cell> cells = new ArrayList<>();
    List<String> cell = new ArrayList<>();
    int rowLine = 0;
    int blanks = 0;
    int breaks = 0;
    for (int number = 1; number <= source.lineCount() + 1; number++) {
      String line = number <= source.lineCount() ? source.line(number) : "";
      boolean end = number > source.lineCount();
      if (!end && CELL_BREAK.matcher(line).matches()) {
        cells.add(new Cell(paragraphs(cell), 0));
        cell = new ArrayList<>();
        breaks++;
        blanks = 0;
      } else if (!end && line.isBlank()) {
        blanks++;
      } else {
        if ((blanks >= 2 && !cell.isEmpty()) || end) {
          if (!cell.isEmpty()) {
            cells.add(new Cell(paragraphs(cell), 0));
          }
          if (cells.size() >= 2) {
            rows.add(new RawRow(rowLine, firstCellLastParagraph(cells)));
          }
          cells = new ArrayList<>();
          cell = new ArrayList<>();
        } else if (blanks == 1 && !cell.isEmpty()) {
          cell.add("");
        }
        if (!end) {
          if (cells.isEmpty() && (cell.isEmpty() || blanks > 0)) {
            rowLine = number;
          }
          cell.add(line.strip());
        }
        blanks = 0;
      }
    }
    if (breaks < MINIMUM_ROWS || rows.size() < MINIMUM_ROWS) {
      return List.of();
    }
    List<RawTable> tables = new ArrayList<>();
    int start = 0;
    for (int i = 1; i <= rows.size(); i++) {
      if (i == rows.size() || rows.get(i).cells().size() != rows.get(start).cells().size()) {
        List<RawRow> run = rows.subList(start, i);
        if (run.size() >= 2) {
          tables.add(withHeader(tables.size() + 1, run, matcher));
        }
        start = i;
      }
    }
    return tables;
  }

  /** A row's first cell without the prose paragraphs a page puts above the table. */
  private static List<Cell> firstCellLastParagraph(List<Cell> cells) {
    List<Cell> result = new ArrayList<>(cells);
    String first = cells.get(0).text();
    int lastBreak = first.lastIndexOf('\n');
    if (lastBreak >= 0) {
      result.set(0, new Cell(first.substring(lastBreak + 1), 0));
    }
    return result;
  }

  private static RawTable withHeader(int number, List<RawRow> rows, HeaderMatcher matcher) {
    RawRow first = rows.get(0);
    List<RawRow> below = rows.subList(1, rows.size());
    return HeaderGuess.isHeader(first, below, matcher)
        ? new RawTable(number, first, List.copyOf(below))
        : new RawTable(number, new RawRow(first.line(), List.of()), List.copyOf(rows));
  }

  /**
   * Lines of one cell or paragraph: a paragraph's lines joined by spaces, paragraphs (after a blank
   * line) on lines of their own.
   */
  private static String paragraphs(List<String> lines) {
    StringBuilder text = new StringBuilder();
    boolean paragraphStart = true;
    for (String line : lines) {
      if (line.isBlank()) {
        paragraphStart = true;
        continue;
      }
      if (text.length() > 0) {
        text.append(paragraphStart ? '\n' : ' ');
      }
      text.append(SPACES.matcher(line.strip()).replaceAll(" "));
      paragraphStart = false;
    }
    return text.toString();
  }

  // Tab rows

  /**
   * Runs of at least three lines with the same number of tabs, as a browser copies a table into
   * prose.
   */
  private static List<RawTable> tabRows(SourceText source, HeaderMatcher matcher, boolean[] taken) {
    List<RawTable> tables = new ArrayList<>();
    List<RawRow> run = new ArrayList<>();
    int tabs = 0;
    for (int number = 1; number <= source.lineCount() + 1; number++) {
      String line = number <= source.lineCount() ? source.line(number) : "";
      int count = (int) line.chars().filter(c -> c == '\t').count();
      if (count > 0 && !line.isBlank() && (run.isEmpty() || count == tabs)) {
        tabs = count;
        run.add(new RawRow(number, tabCells(line)));
        continue;
      }
      if (run.size() >= MINIMUM_ROWS) {
        tables.add(withHeader(tables.size() + 1, run, matcher));
        run.forEach(row -> taken[row.line()] = true);
      }
      run = new ArrayList<>();
      if (count > 0 && !line.isBlank()) {
        tabs = count;
        run.add(new RawRow(number, tabCells(line)));
      }
    }
    return tables;
  }

  private static List<Cell> tabCells(String line) {
    List<Cell> cells = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= line.length(); i++) {
      if (i == line.length() || line.charAt(i) == '\t') {
        String text = line.substring(start, i);
        int lead = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
          lead++;
        }
        cells.add(new Cell(text.strip(), lead < text.length() ? start + lead + 1 : 0));
        start = i + 1;
      }
    }
    return cells;
  }

  // Terms

  /** A code alone on its line, and the paragraph under it. */
  private record Term(
      int line,
      int indent,
      int column,
      String code,
      int bodyEnd,
      List<String> body,
      boolean container) {}

  private static List<RawTable> terms(SourceText source, boolean[] taken) {
    List<Term> terms = new ArrayList<>();
    for (int number = 1; number <= source.lineCount(); number++) {
      Term term = taken[number] ? null : term(source, number);
      if (term != null) {
        terms.add(term);
      }
    }
    List<Term> marked = new ArrayList<>();
    for (Term term : terms) {
      boolean container =
          terms.stream()
              .anyMatch(
                  other ->
                      other.line() > term.line()
                          && other.line() < term.bodyEnd()
                          && other.indent() > term.indent());
      marked.add(
          container
              ? new Term(
                  term.line(),
                  term.indent(),
                  term.column(),
                  term.code(),
                  term.bodyEnd(),
                  term.body(),
                  true)
              : term);
    }
    List<RawTable> tables = new ArrayList<>();
    List<Term> group = new ArrayList<>();
    for (Term term : marked) {
      if (!group.isEmpty()
          && (term.indent() != group.get(0).indent()
              || containerBetween(marked, group.get(group.size() - 1), term))) {
        addTerms(group, tables);
        group = new ArrayList<>();
      }
      if (!term.container()) {
        group.add(term);
      }
    }
    addTerms(group, tables);
    return tables;
  }

  private static boolean containerBetween(List<Term> terms, Term before, Term after) {
    return terms.stream()
        .anyMatch(
            term -> term.container() && term.line() > before.line() && term.line() < after.line());
  }

  private static void addTerms(List<Term> group, List<RawTable> tables) {
    if (group.size() < MINIMUM_ROWS) {
      return;
    }
    List<RawRow> rows = new ArrayList<>();
    for (Term term : group) {
      rows.add(
          new RawRow(
              term.line(),
              List.of(new Cell(term.code(), term.column()), new Cell(paragraphs(term.body()), 0))));
    }
    tables.add(new RawTable(tables.size() + 1, new RawRow(rows.get(0).line(), List.of()), rows));
  }

  /**
   * The term at line {@code number}: a code alone on its line with a paragraph under it, or null.
   */
  private static Term term(SourceText source, int number) {
    String line = source.line(number);
    if (line.isBlank()) {
      return null;
    }
    int indent = indentOf(line);
    String content = line.strip();
    boolean heading = HEADING.matcher(content).find();
    String code = undecorated(HEADING.matcher(content).replaceFirst(""));
    if (!TOKEN.matcher(code).matches()
        || code.length() > 80
        || !(heading || isCode(code) || indentedBodyFollows(source, number, indent))) {
      return null;
    }
    int first = number + 1;
    if (first <= source.lineCount() && source.line(first).isBlank()) {
      first++;
    }
    if (first > source.lineCount() || source.line(first).isBlank()) {
      return null;
    }
    int bodyIndent = indentOf(source.line(first));
    String firstBody = source.line(first).strip();
    if (bodyIndent < indent
        || HEADING.matcher(firstBody).find()
        || (bodyIndent == indent && isTermLine(firstBody))) {
      return null;
    }
    List<String> body = new ArrayList<>();
    int end = first;
    for (; end <= source.lineCount(); end++) {
      String next = source.line(end);
      if (next.isBlank()) {
        body.add("");
        continue;
      }
      int nextIndent = indentOf(next);
      if (nextIndent < bodyIndent
          || HEADING.matcher(next.strip()).find()
          || (bodyIndent == indent && end > first && isTermLine(next.strip()))) {
        break;
      }
      if (nextIndent > bodyIndent && bodyIndent > indent) {
        break;
      }
      body.add(next.strip());
    }
    int bodyEnd = end;
    while (bodyEnd <= source.lineCount()
        && (source.line(bodyEnd).isBlank() || indentOf(source.line(bodyEnd)) > indent)) {
      bodyEnd++;
    }
    return new Term(
        number,
        indent,
        indent + content.indexOf(code) + 1,
        code,
        bodyIndent > indent ? bodyEnd : end,
        body,
        false);
  }

  private static boolean indentedBodyFollows(SourceText source, int number, int indent) {
    return number + 1 <= source.lineCount()
        && !source.line(number + 1).isBlank()
        && indentOf(source.line(number + 1)) > indent;
  }

  private static boolean isTermLine(String content) {
    String code = undecorated(content);
    return TOKEN.matcher(code).matches() && isCode(code);
  }

  /** A term without the bold, code and colon marks around it. */
  private static String undecorated(String content) {
    return TRAILING_COLON
        .matcher(DECORATION.matcher(content).replaceAll(""))
        .replaceFirst("")
        .strip();
  }

  private static int indentOf(String line) {
    int indent = 0;
    while (indent < line.length() && (line.charAt(indent) == ' ' || line.charAt(indent) == '\t')) {
      indent++;
    }
    return indent;
  }

  // Code lines

  private static final Pattern CODE_LINE =
      Pattern.compile(
          "^(\\s*)(?:([1-5]\\d\\d)(?:\\s+|\\s*[|:：]\\s*))?([\\p{L}\\p{N}][\\p{L}\\p{N}_.:/%{}\\-]*?)[:：]?(?:\\s*[-–—]\\s+|\\s+)(\\S.*)$");

  private static List<RawTable> codeLines(SourceText source, boolean[] taken) {
    List<RawTable> tables = new ArrayList<>();
    List<RawRow> run = new ArrayList<>();
    List<StringBuilder> texts = new ArrayList<>();
    List<Integer> textColumns = new ArrayList<>();
    boolean withStatus = false;
    int runIndent = 0;
    for (int number = 1; number <= source.lineCount() + 1; number++) {
      String line = number <= source.lineCount() && !taken[number] ? source.line(number) : "";
      Matcher row = CODE_LINE.matcher(line);
      boolean codeLine =
          row.matches() && isCode(row.group(3)) && !HEADING.matcher(line.strip()).find();
      int indent = indentOf(line);
      if (codeLine && !run.isEmpty() && indent > runIndent) {
        codeLine = false;
      }
      if (codeLine) {
        boolean status = row.group(2) != null;
        if (!run.isEmpty() && (status != withStatus || indent != runIndent)) {
          addCodeLines(run, texts, textColumns, tables);
          run = new ArrayList<>();
          texts = new ArrayList<>();
          textColumns = new ArrayList<>();
        }
        withStatus = status;
        runIndent = indent;
        List<Cell> cells = new ArrayList<>();
        if (status) {
          cells.add(new Cell(row.group(2), row.start(2) + 1));
        }
        cells.add(new Cell(row.group(3), row.start(3) + 1));
        run.add(new RawRow(number, cells));
        texts.add(new StringBuilder(SPACES.matcher(row.group(4).strip()).replaceAll(" ")));
        textColumns.add(row.start(4) + 1);
      } else if (!line.isBlank() && !run.isEmpty() && indent > runIndent) {
        texts
            .get(texts.size() - 1)
            .append(' ')
            .append(SPACES.matcher(line.strip()).replaceAll(" "));
      } else if (!line.isBlank() || number > source.lineCount()) {
        addCodeLines(run, texts, textColumns, tables);
        run = new ArrayList<>();
        texts = new ArrayList<>();
        textColumns = new ArrayList<>();
      }
    }
    return tables;
  }

  // Rows run together

  /** A code that opens a row after the sentence that ends the row before it. */
  private static final Pattern ROW_AFTER_SENTENCE =
      Pattern.compile(
          "(?<=[.。!！?？])\\s+([\\p{L}\\p{N}][\\p{L}\\p{N}_.:/%{}\\-]*?)[:：]?(?:\\s*[-–—]\\s+|\\s+)(?=\\S)");

  /**
   * Lines that hold a whole table whose line breaks were lost: they open with a code, and at least
   * two more codes follow the sentence that ends the text before them.
   */
  private static List<RawTable> runTogether(SourceText source, boolean[] taken) {
    List<RawTable> tables = new ArrayList<>();
    for (int number = 1; number <= source.lineCount(); number++) {
      String line = source.line(number);
      Matcher first = CODE_LINE.matcher(line);
      if (taken[number] || !first.matches() || first.group(2) != null || !isCode(first.group(3))) {
        continue;
      }
      List<int[]> starts = new ArrayList<>();
      starts.add(new int[] {first.start(3), first.end(3), first.start(4)});
      Matcher next = ROW_AFTER_SENTENCE.matcher(line);
      int from = first.start(4);
      while (from < line.length() && next.find(from)) {
        if (isStrongCode(next.group(1))) {
          starts.add(new int[] {next.start(1), next.end(1), next.end()});
        }
        from = next.end();
      }
      if (starts.size() < MINIMUM_ROWS) {
        continue;
      }
      List<RawRow> rows = new ArrayList<>();
      for (int i = 0; i < starts.size(); i++) {
        int[] row = starts.get(i);
        int textEnd = i + 1 < starts.size() ? starts.get(i + 1)[0] : line.length();
        String text = SPACES.matcher(line.substring(row[2], textEnd).strip()).replaceAll(" ");
        rows.add(
            new RawRow(
                number,
                List.of(
                    new Cell(line.substring(row[0], row[1]), row[0] + 1),
                    new Cell(text, row[2] + 1))));
      }
      tables.add(new RawTable(tables.size() + 1, new RawRow(number, List.of()), rows));
    }
    return tables;
  }

  /**
   * A code that cannot be a word opening a sentence: it has a digit, an underscore, an inner dot or
   * colon, or a capital inside it.
   */
  private static boolean isStrongCode(String token) {
    return isCode(token) && !CAPITALS.matcher(token).matches();
  }

  private static void addCodeLines(
      List<RawRow> run,
      List<StringBuilder> texts,
      List<Integer> textColumns,
      List<RawTable> tables) {
    if (run.size() < MINIMUM_ROWS) {
      return;
    }
    List<RawRow> rows = new ArrayList<>();
    for (int i = 0; i < run.size(); i++) {
      List<Cell> cells = new ArrayList<>(run.get(i).cells());
      cells.add(new Cell(texts.get(i).toString(), textColumns.get(i)));
      rows.add(new RawRow(run.get(i).line(), cells));
    }
    tables.add(new RawTable(tables.size() + 1, new RawRow(rows.get(0).line(), List.of()), rows));
  }
}
