package dev.errata.processor.read;

import dev.errata.processor.read.RawTable.Cell;
import dev.errata.processor.read.RawTable.RawRow;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an error table that was flattened into page text, as when a page is copied from HTML:
 * {@code 400 Ecs.0001 Insufficient ECS quota. Contact ... 租户云服务器配额不足 请参考返回的error message申请...}.
 *
 * <p>Each row starts with a status and a dotted code ({@link #ROW_START}) and runs to the next row
 * start or the end of the line. The rest is split by script:
 *
 * <ul>
 *   <li>the English message ends before the first word with a CJK character, or before the ASCII
 *       words that open the description, when up to three of them follow the message's closing
 *       {@code . ! ?} ({@code ... failed. Tag policy合规性校验不通过});
 *   <li>the description and the handling are split at a space that is not between two ASCII
 *       characters (so {@code error message} stays whole): where the text is one phrase written
 *       twice, else at the first such space followed by words that open an instruction ({@code 请}
 *       but not {@code 请求}, {@code 如果}, {@code 联系}, {@code 检查} ...), else at the first such space.
 *       The last case is reported when there were several spaces to choose from.
 * </ul>
 */
final class FlattenedTable {
  private FlattenedTable() {}

  /** The start of a row: group 1 is the status, group 2 the code. */
  static final Pattern ROW_START =
      Pattern.compile("(?<![\\w.])([1-5]\\d\\d) ([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_%]+)+)(?= )");

  /** Rows of at least this many are a flattened table rather than a chance match in prose. */
  static final int MINIMUM_ROWS = 3;

  /** One rebuilt row; {@code line} is the page line it was found on. */
  record FlattenedRow(
      int line, int status, String code, String message, String description, String solution) {}

  /** The rows found, and notes on the rows whose split is a guess worth checking. */
  record Split(List<FlattenedRow> rows, List<String> notes) {}

  static boolean looksFlattened(String text) {
    Matcher row = ROW_START.matcher(text);
    int rows = 0;
    while (rows < MINIMUM_ROWS && row.find()) {
      rows++;
    }
    return rows >= MINIMUM_ROWS;
  }

  /**
   * The page's rows as one table without a header, cells in the order status, code, message,
   * description, handling; the column inference maps them by content.
   */
  static List<RawTable> read(SourceText source) {
    List<RawRow> rows = new ArrayList<>();
    for (FlattenedRow row : split(source.text()).rows()) {
      rows.add(
          new RawRow(
              row.line(),
              List.of(
                  new Cell(String.valueOf(row.status()), 0),
                  new Cell(row.code(), 0),
                  new Cell(row.message(), 0),
                  new Cell(row.description(), 0),
                  new Cell(row.solution(), 0))));
    }
    if (rows.isEmpty()) {
      return List.of();
    }
    return List.of(new RawTable(1, new RawRow(rows.get(0).line(), List.of()), rows));
  }

  private static final Pattern LINE_BREAK = Pattern.compile("\\R");
  private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?]$");
  private static final Pattern INSTRUCTION =
      Pattern.compile(
          "^(?:请(?!求)|如果|如需|如有|若|联系|检查|确认|申请|选择|安装|具体|根据|稍后|更换|调整|修改|减少|执行|重新|等待|参考|尝试)");
  private static final int MAX_WORDS_OPENING_DESCRIPTION = 3;

  static Split split(String page) {
    List<FlattenedRow> rows = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    String[] lines = LINE_BREAK.split(page, -1);
    for (int index = 0; index < lines.length; index++) {
      String line = lines[index];
      Matcher start = ROW_START.matcher(line);
      List<int[]> starts = new ArrayList<>();
      while (start.find()) {
        starts.add(new int[] {start.start(), start.end()});
      }
      for (int i = 0; i < starts.size(); i++) {
        int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : line.length();
        Matcher row = ROW_START.matcher(line.substring(starts.get(i)[0], end));
        row.lookingAt();
        String rest = line.substring(starts.get(i)[1], end).strip();
        rows.add(split(index + 1, Integer.parseInt(row.group(1)), row.group(2), rest, notes));
      }
    }
    return new Split(rows, notes);
  }

  private static FlattenedRow split(
      int line, int status, String code, String rest, List<String> notes) {
    int chinese = chineseStart(rest);
    if (chinese < 0) {
      notes.add(note(line, code, "no Chinese text; the whole row is the message"));
      return new FlattenedRow(line, status, code, rest, "", "");
    }
    String message = rest.substring(0, chinese).stripTrailing();
    String text = rest.substring(chinese);
    List<Integer> spaces = boundaries(text);
    int boundary = repetition(text, spaces);
    if (boundary < 0) {
      boundary =
          spaces.stream()
              .filter(space -> INSTRUCTION.matcher(text.substring(space + 1)).find())
              .findFirst()
              .orElse(-1);
    }
    if (boundary < 0 && !spaces.isEmpty()) {
      boundary = spaces.get(0);
      if (spaces.size() > 1) {
        notes.add(
            note(
                line,
                code,
                "description and handling split at the first of "
                    + spaces.size()
                    + " spaces: \""
                    + text.substring(0, boundary)
                    + "\" / \""
                    + text.substring(boundary + 1)
                    + "\""));
      }
    }
    if (boundary < 0) {
      notes.add(
          note(
              line,
              code,
              "no space between description and handling; all of it is the description"));
      return new FlattenedRow(line, status, code, message, text, "");
    }
    return new FlattenedRow(
        line, status, code, message, text.substring(0, boundary), text.substring(boundary + 1));
  }

  /** Where the description starts: the first word with CJK, or the ASCII words opening it. */
  private static int chineseStart(String rest) {
    List<int[]> words = new ArrayList<>();
    Matcher word = Pattern.compile("\\S+").matcher(rest);
    int first = -1;
    while (word.find()) {
      words.add(new int[] {word.start(), word.end()});
      if (word.group().codePoints().anyMatch(Script::isCjk)) {
        first = words.size() - 1;
        break;
      }
    }
    if (first < 0) {
      return -1;
    }
    for (int opening = first;
        opening > 0 && first - opening < MAX_WORDS_OPENING_DESCRIPTION;
        opening--) {
      int[] previous = words.get(opening - 1);
      if (SENTENCE_END.matcher(rest.substring(previous[0], previous[1])).matches()) {
        return words.get(opening)[0];
      }
    }
    return words.get(first)[0];
  }

  /** Spaces that may separate description and handling: not between two ASCII characters. */
  private static List<Integer> boundaries(String text) {
    List<Integer> spaces = new ArrayList<>();
    for (int i = 1; i < text.length() - 1; i++) {
      if (text.charAt(i) == ' '
          && text.charAt(i - 1) != ' '
          && text.charAt(i + 1) != ' '
          && !(text.charAt(i - 1) < 0x80 && text.charAt(i + 1) < 0x80)) {
        spaces.add(i);
      }
    }
    return spaces;
  }

  /** The space of a text that is one phrase written twice ("X X"), or -1. */
  private static int repetition(String text, List<Integer> spaces) {
    for (int space : spaces) {
      if (text.substring(0, space).equals(text.substring(space + 1))) {
        return space;
      }
    }
    return -1;
  }

  private static String note(int line, String code, String text) {
    return "line " + line + ": " + code + ": " + text;
  }
}
