package dev.errata.processor.catalog;

import dev.errata.ErrorKind;
import dev.errata.processor.kind.KindClassifier;
import dev.errata.processor.kind.KindRule;
import dev.errata.processor.kind.TableStatuses;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.CatalogNames;
import dev.errata.processor.model.CatalogSettings;
import dev.errata.processor.model.CatalogSettings.BodyLocation;
import dev.errata.processor.model.Classification;
import dev.errata.processor.model.CodeEntry;
import dev.errata.processor.model.CodePattern;
import dev.errata.processor.model.KindOverride;
import dev.errata.processor.model.Problem;
import dev.errata.processor.model.Problem.Category;
import dev.errata.processor.model.TableContent;
import dev.errata.processor.model.TableRow;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a table's rows into a {@link Catalog}: one entry per distinct code, classified and named.
 *
 * <p>Outcomes, each with a warning naming the rows involved:
 *
 * <ul>
 *   <li>A table with no codes, or more than {@link #MAX_CODES}, is an error.
 *   <li>A code that appears on several rows gets one entry; the first row's status and texts win
 *       and the other rows' texts are kept, shown in the Javadoc.
 *   <li>Codes whose names collide after normalisation ({@code Ecs.0001}, {@code ECS_0001}) are
 *       named in table order: the first gets the plain name, later ones {@code _2}, {@code _3} ...
 *   <li>A class name that equals the root exception, a kind group or {@code Unknown} gets the
 *       suffix {@code Code}.
 *   <li>A {@code name} cell that is not a usable class name is ignored.
 *   <li>A table with no message text at all ({@code 错误码 | 说明}) gives each code its description as
 *       message too, as {@link dev.errata.ErrorCode#message()} promises the table's main text.
 * </ul>
 */
public final class CatalogBuilder {
  /**
   * The most codes one catalog holds, whatever their texts. Each becomes an enum constant that the
   * enum's initialiser creates with 16 bytes of bytecode, and each accessor's {@code switch} makes
   * javac fill an ordinal table with about 17 bytes a constant; both live in one method, which the
   * JVM limits to 64 KB. 3,800 codes compile; 4,200 give "code too large".
   */
  public static final int MAX_CODES = 3_800;

  private CatalogBuilder() {}

  /** A catalog and what was found wrong on the way; the catalog is {@code null} after an error. */
  public record Result(Catalog catalog, List<Problem> problems) {}

  /**
   * The catalog of what a table reader read: its rows, with the codes the table's own rows declare
   * successes (a 2xx status, text saying success) added to the annotation's {@code successCodes},
   * and a note on how the table was read for the enum's Javadoc.
   */
  public static Result build(CatalogSettings settings, TableContent content) {
    CatalogSettings withTableSuccesses = withSuccessCodes(settings, content.successCodes());
    Result built = build(withTableSuccesses, content.rows());
    return built.catalog() == null
        ? built
        : new Result(built.catalog().withReadNote(readNote(settings, content)), built.problems());
  }

  private static CatalogSettings withSuccessCodes(
      CatalogSettings settings, List<String> tableSuccessCodes) {
    BodyLocation body = settings.body();
    List<String> codes = new ArrayList<>(body.successCodes());
    tableSuccessCodes.stream().filter(code -> !codes.contains(code)).forEach(codes::add);
    if (codes.size() == body.successCodes().size()) {
      return settings;
    }
    return new CatalogSettings(
        settings.packageName(),
        settings.provider(),
        settings.providerId(),
        settings.table(),
        settings.tableOptions(),
        new BodyLocation(body.codePointer(), body.messagePointer(), body.requestIdPointer(), codes),
        settings.rules());
  }

  private static String readNote(CatalogSettings settings, TableContent content) {
    List<String> parts = new ArrayList<>();
    content.columns().forEach(columns -> parts.add("columns: " + columns));
    List<String> success =
        content.successCodes().stream()
            .filter(code -> !settings.body().successCodes().contains(code))
            .toList();
    if (!success.isEmpty()) {
      parts.add(
          "success codes by the table's own rows (a 2xx status and text saying success),"
              + " without successCodes: "
              + String.join(", ", success));
    }
    return String.join("; ", parts);
  }

  public static Result build(CatalogSettings settings, List<TableRow> rows) {
    String file = settings.table();
    List<Problem> problems = new ArrayList<>();
    Map<String, List<TableRow>> rowsByCode = new LinkedHashMap<>();
    for (TableRow row : rows) {
      rowsByCode.computeIfAbsent(row.code(), code -> new ArrayList<>()).add(row);
    }
    rowsByCode.remove("");
    if (rowsByCode.isEmpty()) {
      problems.add(Problem.error(file, 0, "the table has no codes"));
      return new Result(null, problems);
    }
    if (rowsByCode.size() > MAX_CODES) {
      int firstOverLimit =
          rowsByCode.values().stream().skip(MAX_CODES).findFirst().orElseThrow().get(0).line();
      problems.add(
          Problem.error(
              file,
              firstOverLimit,
              "the table has "
                  + rowsByCode.size()
                  + " codes; one catalog holds at most "
                  + MAX_CODES
                  + ", and code "
                  + (MAX_CODES + 1)
                  + " is on this line (the JVM limits the method that creates an enum's constants to 64 KB"
                  + " of bytecode). Split the table into several files, or read parts of a page with"
                  + " several tables through tableNumber, each in its own @ErrorCatalog"));
      return new Result(null, problems);
    }
    for (String code : settings.rules().keySet()) {
      if (!rowsByCode.containsKey(code)) {
        problems.add(
            Problem.warning(
                Category.UNUSED_RULE,
                file,
                0,
                0,
                "classify names code '" + code + "', which the table does not have"));
      }
    }

    TableStatuses statuses = TableStatuses.of(rows);
    boolean messagesFromDescriptions = rows.stream().allMatch(row -> row.message().isEmpty());
    CatalogNames names = CatalogNames.of(settings.packageName(), settings.provider());
    Set<String> reserved = reservedClassNames(names);
    int classNameBytes = classNameBytes(names);
    Map<String, TableRow> constantOwners = new HashMap<>();
    Map<String, TableRow> classOwners = new HashMap<>();
    List<CodeEntry> entries = new ArrayList<>();
    for (List<TableRow> sameCode : rowsByCode.values()) {
      TableRow first = sameCode.get(0);
      List<String> otherTexts = duplicates(file, sameCode, problems);
      if (!first.kind().isEmpty() && KindClassifier.parseKind(first.kind()).isEmpty()) {
        problems.add(
            Problem.warning(
                Category.KIND_CELL,
                file,
                first.line(),
                0,
                "kind '"
                    + first.kind()
                    + "' of code '"
                    + first.code()
                    + "' is not an ErrorKind name; the kind is derived instead"));
      }
      Classification classification =
          classify(first, settings.rules().getOrDefault(first.code(), KindOverride.NONE), statuses);

      String constant =
          unique(JavaNames.constantName(first.code()), first, constantOwners, file, problems);
      String className = className(first, reserved, classNameBytes, file, problems);
      className = unique(className, first, classOwners, file, problems);

      entries.add(
          new CodeEntry(
              first.code(),
              first.httpStatus(),
              new CodeEntry.Texts(
                  messagesFromDescriptions ? first.description() : first.message(),
                  first.description(),
                  first.solution()),
              classification,
              CodePlaceholders.isPattern(first.code())
                  ? new CodePattern(CodePlaceholders.literals(first.code()))
                  : null,
              CodePlaceholders.found(first.code(), first.message()),
              new CodeEntry.Names(
                  constant, className, CatalogNames.groupName(classification.kind())),
              first.line(),
              otherTexts));
    }
    return new Result(new Catalog(settings, names, entries), problems);
  }

  private static Classification classify(
      TableRow row, KindOverride override, TableStatuses statuses) {
    Boolean retryable =
        switch (override.retry()) {
          case FROM_KIND -> null;
          case YES -> Boolean.TRUE;
          case NO -> Boolean.FALSE;
        };
    var classification =
        KindClassifier.classify(row, new KindRule(override.kind(), retryable), statuses);
    return new Classification(
        classification.kind(),
        classification.kindEvidence(),
        classification.retryable(),
        classification.retryEvidence());
  }

  private static List<String> duplicates(
      String file, List<TableRow> sameCode, List<Problem> problems) {
    TableRow first = sameCode.get(0);
    List<String> otherTexts = new ArrayList<>();
    for (TableRow again : sameCode.subList(1, sameCode.size())) {
      boolean sameTexts =
          again.httpStatus() == first.httpStatus()
              && again.message().equals(first.message())
              && again.description().equals(first.description())
              && again.solution().equals(first.solution());
      if (sameTexts) {
        problems.add(
            Problem.warning(
                Category.DUPLICATE_CODE,
                file,
                again.line(),
                0,
                "code '"
                    + again.code()
                    + "' repeats line "
                    + first.line()
                    + " exactly; the repeat is ignored"));
      } else {
        problems.add(
            Problem.warning(
                Category.DUPLICATE_CODE,
                file,
                again.line(),
                0,
                "code '"
                    + again.code()
                    + "' is also on line "
                    + first.line()
                    + " with other texts; line "
                    + first.line()
                    + " wins and these texts are kept in the Javadoc"));
        otherTexts.add("line " + again.line() + ": " + joinTexts(again));
      }
    }
    return otherTexts;
  }

  private static String joinTexts(TableRow row) {
    List<String> texts = new ArrayList<>();
    if (row.httpStatus() != 0) {
      texts.add("HTTP " + row.httpStatus());
    }
    for (String text : List.of(row.message(), row.description(), row.solution())) {
      if (!text.isEmpty()) {
        texts.add(text);
      }
    }
    return String.join(" / ", texts);
  }

  /**
   * The bytes a code's class name may take: its class file {@code <P>Exception$Name.class} must fit
   * in a file name, with room left for the {@code Code} or {@code _N} that a clash adds.
   */
  private static int classNameBytes(CatalogNames names) {
    int clashSuffix = 6;
    return JavaNames.MAX_FILE_NAME_BYTES
        - JavaNames.utf8Length(names.exception() + "$")
        - ".class".length()
        - clashSuffix;
  }

  private static String className(
      TableRow row, Set<String> reserved, int maxBytes, String file, List<Problem> problems) {
    String name = JavaNames.className(row.code(), maxBytes);
    if (!row.name().isEmpty()) {
      if (JavaNames.isUsableClassName(row.name(), maxBytes)) {
        name = row.name();
      } else {
        problems.add(
            Problem.warning(
                Category.NAME,
                file,
                row.line(),
                0,
                "name '"
                    + row.name()
                    + "' of code '"
                    + row.code()
                    + "' is not a usable class name (a Java identifier starting upper-case, "
                    + "at most "
                    + maxBytes
                    + " bytes of UTF-8); "
                    + name
                    + " is used"));
      }
    }
    if (reserved.contains(name)) {
      problems.add(
          Problem.warning(
              Category.NAME,
              file,
              row.line(),
              0,
              "code '"
                  + row.code()
                  + "' would be named "
                  + name
                  + ", which errata uses itself; it is named "
                  + name
                  + "Code"));
      name = name + "Code";
    }
    return name;
  }

  /**
   * The name itself when no earlier row holds it (case-insensitively, since class files share a
   * directory on case-insensitive file systems), else the first free {@code name_N}.
   */
  private static String unique(
      String name,
      TableRow row,
      Map<String, TableRow> owners,
      String file,
      List<Problem> problems) {
    String key = name.toLowerCase(Locale.ROOT);
    TableRow owner = owners.get(key);
    if (owner == null) {
      owners.put(key, row);
      return name;
    }
    String candidate;
    int suffix = 2;
    do {
      candidate = name + "_" + suffix++;
    } while (owners.containsKey(candidate.toLowerCase(Locale.ROOT)));
    owners.put(candidate.toLowerCase(Locale.ROOT), row);
    problems.add(
        Problem.warning(
            Category.NAME,
            file,
            row.line(),
            0,
            "code '"
                + row.code()
                + "' and code '"
                + owner.code()
                + "' (line "
                + owner.line()
                + ") both make the name "
                + name
                + "; the later is named "
                + candidate));
    return candidate;
  }

  private static Set<String> reservedClassNames(CatalogNames names) {
    Set<String> reserved = new HashSet<>();
    for (ErrorKind kind : ErrorKind.values()) {
      reserved.add(CatalogNames.groupName(kind));
    }
    reserved.add(CatalogNames.UNKNOWN);
    reserved.add(names.exception());
    reserved.add(names.errorCode());
    reserved.add(names.decoder());
    return reserved;
  }
}
