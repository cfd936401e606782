package dev.errata.processor.read;

import dev.errata.processor.model.Column;
import dev.errata.processor.model.Problem;
import dev.errata.processor.model.TableContent;
import dev.errata.processor.model.TableOptions;
import dev.errata.processor.model.TableRow;
import dev.errata.processor.read.RawTable.RawRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads an error table file in any of the formats errata accepts: TSV, CSV, Markdown pipe tables
 * and HTML tables, alone or inside a page of prose and other tables. What it reads and repairs is
 * described in the "table format" section of the errata-spec-tables README. It never throws:
 * whatever is wrong comes back as {@link Problem}s.
 */
public final class TableReader {
  private TableReader() {}

  /**
   * @param file the table's name as the user wrote it, used in every {@link Problem}
   * @param content the file's bytes
   * @return the rows of every error table in the file (or of table {@link TableOptions#tableNumber}),
   *     in file order, and the problems found; rows are not merged or de-duplicated
   */
  public static TableContent read(String file, byte[] content, TableOptions options) {
    String name = file == null ? "<table>" : file;
    try {
      return readChecked(
          name, content == null ? new byte[0] : content, options == null ? TableOptions.DEFAULT : options);
    } catch (RuntimeException | StackOverflowError e) {
      return failure(Problem.error(name, 0, "errata could not read this table (" + e + "); please report it"));
    }
  }

  private static TableContent readChecked(String file, byte[] content, TableOptions options) {
    TextDecoder.Result decoded = TextDecoder.decode(file, content);
    if (decoded instanceof TextDecoder.Failed failed) {
      return failure(failed.problem());
    }
    SourceText source = ((TextDecoder.Decoded) decoded).source();
    if (source.text().isBlank()) {
      return failure(Problem.error(file, 0, "the table file is empty"));
    }
    HeaderMatcher matcher = new HeaderMatcher(options);
    List<Problem> problems = new ArrayList<>();
    List<RawTable> tables =
        switch (TableFormat.detect(file, source)) {
          case MARKDOWN -> MarkdownPage.read(file, source, matcher, problems);
          case HTML -> HtmlTables.parse(file, source, matcher, problems).tables();
          case RST -> RstTables.read(file, source, matcher, problems);
          case TSV -> delimited(file, source, '\t', matcher, problems);
          case CSV -> delimited(file, source, ',', matcher, problems);
        };
    boolean noErrorTable =
        tables.stream().noneMatch(matcher::isErrorTable);
    if ((noErrorTable || problems.stream().anyMatch(Problem::isError))
        && FlattenedTable.looksFlattened(source.text())) {
      return failure(
          Problem.error(
              file,
              0,
              "this is page text with the error table flattened into lines (rows like \"400"
                  + " Ecs.0001 ...\" without cell boundaries), not a table; turn it into a"
                  + " Markdown table with: "
                  + FlattenedTable.importCommand(file)
                  + " and name the .md file in @ErrorCatalog"));
    }
    if (problems.stream().anyMatch(Problem::isError)) {
      return new TableContent(List.of(), problems);
    }
    List<TableRow> rows = new ArrayList<>();
    List<RawTable> chosen = choose(file, tables, options, matcher, problems);
    for (RawTable table : chosen) {
      Map<Column, Integer> columns = matcher.columns(table);
      checkExplicitHeaders(file, table, columns, options, problems);
      if (table.rows().isEmpty()) {
        problems.add(
            Problem.warning(file, table.header().line(), "the error table has a header but no rows"));
      }
      RowBuilder.build(file, table, columns, rows, problems);
    }
    return new TableContent(rows, problems);
  }

  private static List<RawTable> delimited(
      String file, SourceText source, char delimiter, HeaderMatcher matcher, List<Problem> problems) {
    DelimitedTables.Result result = DelimitedTables.read(file, source, delimiter, matcher);
    problems.addAll(result.problems());
    return result.tables();
  }

  /** The tables to read: the numbered one, or every table with a code column; errors when none. */
  private static List<RawTable> choose(
      String file,
      List<RawTable> tables,
      TableOptions options,
      HeaderMatcher matcher,
      List<Problem> problems) {
    if (options.tableNumber() > 0) {
      Optional<RawTable> numbered =
          tables.stream().filter(table -> table.number() == options.tableNumber()).findFirst();
      if (numbered.isEmpty()) {
        problems.add(
            Problem.error(
                file,
                0,
                String.format(
                    "tableNumber = %d, but errata finds %d table(s) in the file: %s",
                    options.tableNumber(), tables.size(), describe(tables))));
        return List.of();
      }
      if (!matcher.isErrorTable(numbered.get())) {
        problems.add(noCodeColumn(file, List.of(numbered.get()), options));
        return List.of();
      }
      return List.of(numbered.get());
    }
    List<RawTable> errorTables =
        tables.stream()
            .filter(matcher::isErrorTable)
            .toList();
    if (errorTables.isEmpty()) {
      problems.add(noCodeColumn(file, tables, options));
    }
    return errorTables;
  }

  private static Problem noCodeColumn(String file, List<RawTable> tables, TableOptions options) {
    String codeColumn = options.headers().get(Column.CODE);
    String reason =
        codeColumn == null
            ? "no table has a header errata knows as the code column"
            : "no table has a header cell \"" + codeColumn + "\" (codeColumn)";
    String seen = tables.isEmpty() ? "no table found (errata reads TSV, CSV, Markdown pipe tables, HTML tables and reStructuredText tables)" : "headers seen: " + describe(tables);
    return Problem.error(
        file,
        tables.size() == 1 ? tables.get(0).header().line() : 0,
        reason
            + "; "
            + seen
            + ". Name the columns on the annotation, e.g. @ErrorCatalog(..., codeColumn = \"<header of"
            + " the code column>\", messageColumn = \"...\", statusColumn = \"...\")");
  }

  private static void checkExplicitHeaders(
      String file, RawTable table, Map<Column, Integer> columns, TableOptions options, List<Problem> problems) {
    options.headers().entrySet().stream()
        .filter(entry -> !columns.containsKey(entry.getKey()) || !matchesHeader(table, columns, entry))
        .sorted(Map.Entry.comparingByKey())
        .forEach(
            entry ->
                problems.add(
                    Problem.warning(
                        file,
                        table.header().line(),
                        String.format(
                            "%sColumn = \"%s\" names no header of this table: %s",
                            entry.getKey().name().toLowerCase(Locale.ROOT),
                            entry.getValue(),
                            header(table.header())))));
  }

  private static boolean matchesHeader(RawTable table, Map<Column, Integer> columns, Map.Entry<Column, String> entry) {
    String header = table.header().cells().get(columns.get(entry.getKey())).text();
    return HeaderSynonyms.normalize(header).equals(HeaderSynonyms.normalize(entry.getValue()));
  }

  private static String describe(List<RawTable> tables) {
    return tables.stream()
        .map(table -> "table " + table.number() + " at line " + table.header().line() + " (" + header(table.header()) + ")")
        .collect(Collectors.joining(", "));
  }

  private static String header(RawRow header) {
    String text = String.join(" | ", header.texts());
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }

  private static TableContent failure(Problem problem) {
    return new TableContent(List.of(), List.of(problem));
  }
}
