package dev.errata.processor.read;

import dev.errata.processor.model.Column;
import dev.errata.processor.read.RawTable.RawRow;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Decides which cell of a table's rows holds which {@link Column}: from the header where its words
 * say (the column attributes of the annotation first, then the known header words), else from what
 * the cells hold. Codes look like identifiers and are mostly distinct; statuses are 100 to 599,
 * alone or with a reason phrase ({@code 400 Bad Request}, {@code Bad Request (400)}); text columns
 * are prose, and a column headed by a language's name ({@code 中文}, {@code English}) holds text.
 * Text columns found by content become message, description and solution in page order, when the
 * header names no text column.
 *
 * <p>A table is an error table when it has a code column, or, without one, a status column and text
 * (the statuses are then the codes). A table whose header names a code column is always one; a
 * table whose header speaks of parameters, fields or types (a request's parameter list, a body
 * schema) never is by content alone.
 */
final class ColumnInference {
  /** A column's role and why it was given: {@code header Code}, {@code by content}. */
  record Choice(int index, String reason) {}

  /**
   * The columns of one table.
   *
   * @param headerIsData whether the table's first row, taken for a header, is a row of data
   * @param statusAsCode whether the table has no code column and its statuses are its codes
   */
  record Columns(Map<Column, Choice> choices, boolean headerIsData, boolean statusAsCode) {
    Columns {
      choices = Map.copyOf(choices);
    }

    Map<Column, Integer> indexes() {
      Map<Column, Integer> indexes = new EnumMap<>(Column.class);
      choices.forEach((column, choice) -> indexes.put(column, choice.index()));
      if (statusAsCode) {
        indexes.put(Column.CODE, choices.get(Column.STATUS).index());
      }
      return indexes;
    }

    /** {@code code = 1 (by content), message = 2 (header 中文)}, columns counted from 1. */
    String describe() {
      return choices.entrySet().stream()
              .sorted(Map.Entry.comparingByKey())
              .map(
                  entry ->
                      entry.getKey().name().toLowerCase(Locale.ROOT)
                          + " = "
                          + (entry.getValue().index() + 1)
                          + " ("
                          + entry.getValue().reason()
                          + ")")
              .collect(Collectors.joining(", "))
          + (statusAsCode ? "; the statuses are the codes" : "");
    }
  }

  private static final Pattern CODE =
      Pattern.compile(
          "-?[\\p{IsLatin}\\p{IsCyrillic}0-9][\\p{IsLatin}\\p{IsCyrillic}0-9_.:\\-/%{}\\[\\]#]{0,99}");
  private static final Pattern STATUS =
      Pattern.compile(
          "(?:HTTP\\s*)?[1-5]\\d\\d(?:\\s+[\\p{L}][\\p{L} '\\-]*)?|[\\p{L}][\\p{L} '\\-]*\\s*[(（]\\s*[1-5]\\d\\d\\s*[)）]",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern NUMBER = Pattern.compile("\\d+");

  /** Names of languages a text column may be headed by. */
  private static final Set<String> LANGUAGES =
      Set.of(
          "中文",
          "英文",
          "日文",
          "日语",
          "韩文",
          "俄文",
          "简体中文",
          "繁體中文",
          "繁体中文",
          "english",
          "chinese",
          "japanese",
          "korean",
          "russian",
          "german",
          "french",
          "spanish",
          "portuguese",
          "日本語",
          "英語",
          "中国語",
          "한국어",
          "영어",
          "русский",
          "английский",
          "deutsch",
          "englisch",
          "français",
          "anglais",
          "español",
          "inglés",
          "português",
          "inglês",
          "italiano",
          "zh",
          "en",
          "ja",
          "ko",
          "ru",
          "zhcn",
          "enus",
          "jajp");

  /**
   * Header words of tables that list other things than errors: a request's parameters, a body's
   * fields, an XML schema's elements, the regions of a service.
   */
  private static final Set<String> OTHER_TABLES =
      Set.of(
          "parameter",
          "parameters",
          "param",
          "argument",
          "field",
          "fieldname",
          "element",
          "attribute",
          "property",
          "type",
          "datatype",
          "required",
          "mandatory",
          "optional",
          "default",
          "defaultvalue",
          "example",
          "value",
          "values",
          "range",
          "region",
          "endpoint",
          "version",
          "参数",
          "参数名",
          "参数名称",
          "名称",
          "字段",
          "字段名",
          "类型",
          "数据类型",
          "是否必选",
          "是否必填",
          "必选",
          "必填",
          "示例",
          "示例值",
          "默认值",
          "取值",
          "取值范围",
          "元素",
          "属性",
          "地域",
          "区域",
          "版本",
          "パラメータ",
          "型",
          "必須",
          "параметр",
          "тип",
          "поле");

  private static final Set<String> TYPE_WORDS =
      Set.of(
          "string",
          "integer",
          "int",
          "long",
          "boolean",
          "bool",
          "float",
          "double",
          "number",
          "array",
          "object",
          "list",
          "map",
          "date",
          "datetime",
          "timestamp",
          "enum",
          "int32",
          "int64",
          "字符串",
          "整数",
          "布尔",
          "数组",
          "对象",
          "yes",
          "no",
          "true",
          "false",
          "是",
          "否");

  private final HeaderMatcher matcher;

  ColumnInference(HeaderMatcher matcher) {
    this.matcher = matcher;
  }

  /** Whether the header alone names a code column. */
  boolean namesCode(RawTable table) {
    return matcher.errorColumns(table.header().texts()).isPresent();
  }

  /** The table's columns, or empty when it is no error table. */
  Optional<Columns> infer(RawTable table) {
    List<String> header = table.header().texts();
    Map<Column, Integer> byHeader = matcher.columns(table);
    if (byHeader.containsKey(Column.CODE)) {
      return Optional.of(complete(table, byHeader, false));
    }
    if (header.stream().anyMatch(ColumnInference::namesOtherTable)) {
      return Optional.empty();
    }
    boolean headerKnown =
        !byHeader.isEmpty() || header.stream().anyMatch(ColumnInference::isLanguage);
    List<RawRow> rows = new ArrayList<>(table.rows());
    boolean headerIsData = !headerKnown && !table.header().cells().isEmpty() && readsAsData(table);
    if (headerIsData) {
      rows.add(0, table.header());
    }
    List<Profile> profiles = profiles(rows, width(table));
    if (profiles.stream().anyMatch(profile -> profile.types >= 0.5)) {
      return Optional.empty();
    }
    Map<Column, Choice> choices = headerChoices(table, byHeader, headerIsData);
    Set<Integer> taken = new HashSet<>();
    choices.values().forEach(choice -> taken.add(choice.index()));
    if (!choices.containsKey(Column.STATUS)) {
      pick(profiles, taken, profile -> profile.statuses >= 0.8 && profile.distinctNonEmpty > 0)
          .ifPresent(index -> choices.put(Column.STATUS, new Choice(index, "by content")));
      Optional.ofNullable(choices.get(Column.STATUS))
          .ifPresent(choice -> taken.add(choice.index()));
    }
    Optional<Integer> code = codeColumn(profiles, taken);
    code.ifPresent(
        index -> {
          choices.put(Column.CODE, new Choice(index, "by content"));
          taken.add(index);
        });
    messageOfNames(profiles, choices);
    fillTexts(profiles, choices, taken, headerIsData ? List.of() : header);
    boolean hasText =
        choices.containsKey(Column.MESSAGE) || choices.containsKey(Column.DESCRIPTION);
    if (code.isEmpty() && !(choices.containsKey(Column.STATUS) && hasText)) {
      return Optional.empty();
    }
    if (!hasText && profiles.size() < 2) {
      return Optional.empty();
    }
    if (code.isEmpty()) {
      explanationOverReasonPhrase(profiles, choices);
    }
    return Optional.of(new Columns(choices, headerIsData, code.isEmpty()));
  }

  /** Whether the table's codes are HTTP statuses: a table of what statuses mean. */
  static boolean holdsStatuses(RawTable table, Columns columns) {
    Integer code = columns.indexes().get(Column.CODE);
    return columns.statusAsCode()
        || code != null && Profile.of(table.rows(), code).pureStatuses >= 0.9;
  }

  /**
   * The columns of a table whose header names its code column: the header's choices, texts filled.
   */
  private Columns complete(RawTable table, Map<Column, Integer> byHeader, boolean headerIsData) {
    Map<Column, Choice> choices = headerChoices(table, byHeader, headerIsData);
    Set<Integer> taken = new HashSet<>();
    choices.values().forEach(choice -> taken.add(choice.index()));
    List<Profile> profiles = profiles(table.rows(), width(table));
    boolean statusAsCode = false;
    Choice code = choices.get(Column.CODE);
    if (choices.containsKey(Column.STATUS)
        && profiles.get(code.index()).phrases >= 0.5
        && profiles.get(code.index()).codes < 0.5) {
      // A column headed "Code" holding reason phrases ("Not Found") in a table of statuses.
      choices.remove(Column.CODE);
      statusAsCode = true;
      if (!choices.containsKey(Column.MESSAGE)) {
        choices.put(Column.MESSAGE, new Choice(code.index(), code.reason()));
      }
    }
    messageOfNames(profiles, choices);
    fillTexts(profiles, choices, taken, table.header().texts());
    if (statusAsCode || profiles.get(code.index()).pureStatuses >= 0.9) {
      explanationOverReasonPhrase(profiles, choices);
    }
    return new Columns(choices, false, statusAsCode);
  }

  /**
   * A column headed like the message that holds names ({@code EM_NO_ERROR}) while another holds
   * prose is no message.
   */
  private static void messageOfNames(List<Profile> profiles, Map<Column, Choice> choices) {
    Choice message = choices.get(Column.MESSAGE);
    if (message != null
        && message.index() < profiles.size()
        && profiles.get(message.index()).codes >= 0.8
        && profiles.get(message.index()).prose < 0.2
        && profiles.get(message.index()).letters >= 0.8
        && profiles.stream().anyMatch(Profile::isProse)) {
      choices.remove(Column.MESSAGE);
    }
  }

  /**
   * In a table of HTTP statuses, the text of a status is its explanation rather than its reason
   * phrase ({@code Not Found}): the longest text column becomes the message and the reason phrases
   * the description.
   */
  private static void explanationOverReasonPhrase(
      List<Profile> profiles, Map<Column, Choice> choices) {
    Choice reason =
        choices.containsKey(Column.MESSAGE)
            ? choices.get(Column.MESSAGE)
            : choices.get(Column.DESCRIPTION);
    if (reason == null || profiles.get(reason.index()).averageLength > 30) {
      return;
    }
    Set<Integer> used = new HashSet<>();
    choices.forEach(
        (column, choice) -> {
          if (column != Column.MESSAGE && column != Column.DESCRIPTION) {
            used.add(choice.index());
          }
        });
    int longest = -1;
    for (int i = 0; i < profiles.size(); i++) {
      if (i != reason.index()
          && !used.contains(i)
          && profiles.get(i).prose >= 0.5
          && profiles.get(i).averageLength > profiles.get(reason.index()).averageLength * 2
          && (longest < 0 || profiles.get(i).averageLength > profiles.get(longest).averageLength)) {
        longest = i;
      }
    }
    if (longest < 0) {
      return;
    }
    int explanationIndex = longest;
    Choice explanation =
        choices.values().stream()
            .filter(choice -> choice.index() == explanationIndex)
            .findFirst()
            .orElse(new Choice(longest, "by content"));
    choices.put(
        Column.MESSAGE,
        new Choice(explanation.index(), explanation.reason() + ", the explanation"));
    choices.put(
        Column.DESCRIPTION, new Choice(reason.index(), reason.reason() + ", the reason phrase"));
  }

  private Map<Column, Choice> headerChoices(
      RawTable table, Map<Column, Integer> byHeader, boolean headerIsData) {
    Map<Column, Choice> choices = new EnumMap<>(Column.class);
    if (headerIsData) {
      return choices;
    }
    List<String> header = table.header().texts();
    byHeader.forEach(
        (column, index) ->
            choices.put(column, new Choice(index, "header " + oneLine(header.get(index)))));
    return choices;
  }

  /**
   * Text columns the header does not name: language-named columns always, other prose columns when
   * the header names no text column; both fill message, description and solution in page order.
   */
  private static void fillTexts(
      List<Profile> profiles,
      Map<Column, Choice> choices,
      Set<Integer> taken,
      List<String> header) {
    boolean headerNamesText =
        choices.containsKey(Column.MESSAGE) || choices.containsKey(Column.DESCRIPTION);
    if (choices.containsKey(Column.MESSAGE) && !choices.containsKey(Column.DESCRIPTION)) {
      // The header names the message only: prose under a word errata does not know
      // ("Instructions") is the description rather than text no column takes.
      for (int i = 0; i < profiles.size(); i++) {
        String name = i < header.size() ? header.get(i) : "";
        Profile profile = profiles.get(i);
        if (!taken.contains(i)
            && profile.isProse()
            && profile.prose >= 0.8
            && profile.averageLength >= 15
            && profile.distinct >= 0.5
            && !name.isBlank()
            && HeaderSynonyms.match(name).isEmpty()
            && !namesOtherTable(name)) {
          choices.put(
              Column.DESCRIPTION,
              new Choice(i, "header " + oneLine(name) + ", text beside the message"));
          taken.add(i);
          break;
        }
      }
    }
    Choice description = choices.get(Column.DESCRIPTION);
    if (!choices.containsKey(Column.MESSAGE) && description != null) {
      // The header names the description only: prose left of it under a word errata does not know
      // ("Definition") is the message.
      for (int i = 0; i < description.index(); i++) {
        String name = i < header.size() ? header.get(i) : "";
        Profile profile = profiles.get(i);
        if (!taken.contains(i)
            && profile.isProse()
            && profile.prose >= 0.8
            && profile.averageLength >= 15
            && profile.distinct >= 0.5
            && !name.isBlank()
            && HeaderSynonyms.match(name).isEmpty()) {
          choices.put(
              Column.MESSAGE,
              new Choice(i, "header " + oneLine(name) + ", text before the description"));
          taken.add(i);
          break;
        }
      }
    }
    List<Column> free = new ArrayList<>();
    for (Column column : List.of(Column.MESSAGE, Column.DESCRIPTION, Column.SOLUTION)) {
      if (!choices.containsKey(column)) {
        free.add(column);
      }
    }
    for (int i = 0; i < profiles.size() && !free.isEmpty(); i++) {
      if (taken.contains(i)) {
        continue;
      }
      String name = i < header.size() ? header.get(i) : "";
      boolean language = isLanguage(name);
      boolean prose =
          profiles.get(i).isProse() && (name.isBlank() || HeaderSynonyms.match(name).isEmpty());
      if (language || (!headerNamesText && prose)) {
        choices.put(
            free.remove(0), new Choice(i, language ? "header " + oneLine(name) : "by content"));
        taken.add(i);
      }
    }
  }

  /** The unmapped prose columns of a table: text the rows carry that no column takes. */
  static List<Integer> unmappedProse(RawTable table, Map<Column, Integer> columns) {
    List<Profile> profiles = profiles(table.rows(), width(table));
    List<Integer> unmapped = new ArrayList<>();
    for (int i = 0; i < profiles.size(); i++) {
      if (!columns.containsValue(i) && profiles.get(i).isProse()) {
        unmapped.add(i);
      }
    }
    return unmapped;
  }

  private static Optional<Integer> codeColumn(List<Profile> profiles, Set<Integer> taken) {
    Integer best = null;
    for (int i = 0; i < profiles.size(); i++) {
      Profile profile = profiles.get(i);
      if (taken.contains(i)
          || profile.codes < 0.8
          || profile.distinct < 0.8
          || profile.nonEmpty < 0.5) {
        continue;
      }
      if (best == null || rank(profile) > rank(profiles.get(best))) {
        best = i;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Named codes before numbers, numbers before a numbering column (1, 2, 3 ...). */
  private static int rank(Profile profile) {
    return profile.sequential ? 0 : profile.letters >= 0.5 ? 2 : 1;
  }

  private static Optional<Integer> pick(
      List<Profile> profiles, Set<Integer> taken, java.util.function.Predicate<Profile> test) {
    for (int i = 0; i < profiles.size(); i++) {
      if (!taken.contains(i) && test.test(profiles.get(i))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  /**
   * Whether a header row that names nothing is data: its cells have the shape of the cells below.
   */
  private static boolean readsAsData(RawTable table) {
    List<Profile> profiles = profiles(table.rows(), width(table));
    List<String> header = table.header().texts();
    int matches = 0;
    for (int i = 0; i < Math.min(header.size(), profiles.size()); i++) {
      String cell = header.get(i).strip();
      Profile profile = profiles.get(i);
      if (profile.statuses >= 0.8 && STATUS.matcher(cell).matches()) {
        matches++;
      } else if (profile.codes >= 0.8
          && CODE.matcher(cell).matches()
          && cell.chars().anyMatch(c -> Character.isDigit(c) || ".:_-".indexOf(c) >= 0)) {
        matches++;
      }
    }
    return matches > 0;
  }

  /** Whether a cell has the shape of a code: an identifier or a number, without spaces. */
  static boolean looksLikeCode(String text) {
    return CODE.matcher(text.strip()).matches();
  }

  static boolean isLanguage(String header) {
    String normalized = HeaderSynonyms.normalize(header);
    return !normalized.isEmpty() && LANGUAGES.contains(normalized);
  }

  static boolean namesOtherTable(String header) {
    return OTHER_TABLES.contains(HeaderSynonyms.normalize(header));
  }

  private static int width(RawTable table) {
    int width = table.header().cells().size();
    for (RawRow row : table.rows()) {
      width = Math.max(width, row.cells().size());
    }
    return width;
  }

  private static String oneLine(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() > 40 ? line.substring(0, 40) + "..." : line;
  }

  /** Enough rows to see what a column holds; a longer table is judged by its first rows. */
  private static final int PROFILED_ROWS = 1_000;

  /**
   * What each column holds, judged by the rows of full width when there are several: a short row (a
   * flattened rowspan) holds its cells in other columns than the header says.
   */
  private static List<Profile> profiles(List<RawRow> all, int width) {
    List<RawRow> sample = all.size() > PROFILED_ROWS ? all.subList(0, PROFILED_ROWS) : all;
    List<RawRow> full = sample.stream().filter(row -> row.cells().size() >= width).toList();
    List<RawRow> rows = full.size() >= 2 ? full : sample;
    List<Profile> profiles = new ArrayList<>();
    for (int i = 0; i < width; i++) {
      profiles.add(Profile.of(rows, i));
    }
    return profiles;
  }

  /** What the cells of one column hold, each as a share of its non-empty cells. */
  private record Profile(
      double nonEmpty,
      double codes,
      double statuses,
      double pureStatuses,
      double letters,
      double prose,
      double types,
      double distinct,
      int distinctNonEmpty,
      boolean sequential,
      double phrases,
      double averageLength) {

    boolean isProse() {
      return prose >= 0.5 && distinctNonEmpty > 1;
    }

    static Profile of(List<RawRow> rows, int index) {
      int present = 0;
      int codes = 0;
      int statuses = 0;
      int pureStatuses = 0;
      int letters = 0;
      int prose = 0;
      int types = 0;
      int phrases = 0;
      long length = 0;
      boolean sequential = true;
      long previous = 0;
      Set<String> distinct = new HashSet<>();
      for (RawRow row : rows) {
        String text = index < row.cells().size() ? row.cells().get(index).text().strip() : "";
        if (text.isEmpty() || text.equals("-")) {
          sequential = false;
          continue;
        }
        present++;
        distinct.add(text);
        length += text.length();
        boolean code = CODE.matcher(text).matches();
        if (text.indexOf(' ') > 0 && text.length() <= 40 && !code) {
          phrases++;
        }
        if (code) {
          codes++;
        }
        if (text.length() <= 40 && STATUS.matcher(text).matches()) {
          statuses++;
          pureStatuses += NUMBER.matcher(text).matches() ? 1 : 0;
        }
        if (text.chars().anyMatch(Character::isLetter)) {
          letters++;
        }
        if (isProse(text)) {
          prose++;
        }
        if (TYPE_WORDS.contains(text.toLowerCase(Locale.ROOT))) {
          types++;
        }
        if (sequential && NUMBER.matcher(text).matches() && text.length() < 10) {
          long value = Long.parseLong(text);
          sequential = value == previous + 1;
          previous = value;
        } else {
          sequential = false;
        }
      }
      double n = Math.max(present, 1);
      return new Profile(
          present / (double) Math.max(rows.size(), 1),
          codes / n,
          statuses / n,
          pureStatuses / n,
          letters / n,
          prose / n,
          types / n,
          distinct.size() / n,
          distinct.size(),
          sequential && present > 1,
          phrases / n,
          length / n);
    }

    /** Words with spaces, or a run of CJK letters: text written for a reader. */
    private static boolean isProse(String text) {
      int cjk = 0;
      int spaces = 0;
      int letters = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (Character.isWhitespace(c)) {
          spaces++;
        } else if (Character.isLetter(c)) {
          letters++;
          cjk += c >= 0x2E80 && Script.isCjk(c) ? 1 : 0;
        }
      }
      return cjk >= 2 || spaces >= 1 && letters >= 4 && !STATUS.matcher(text).matches();
    }
  }
}
