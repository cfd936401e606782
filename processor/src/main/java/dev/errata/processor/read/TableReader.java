package dev.errata.processor.read;

import dev.errata.processor.model.Column;
import dev.errata.processor.model.Problem;
import dev.errata.processor.model.Problem.Category;
import dev.errata.processor.model.TableContent;
import dev.errata.processor.model.TableOptions;
import dev.errata.processor.model.TableRow;
import dev.errata.processor.read.RawTable.RawRow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads an error table file in any of the formats errata accepts, alone or inside a page of prose
 * and other tables: the one door of {@code read/}. What it reads and repairs is described in the
 * "table format" section of the errata-spec-tables README. It never throws: whatever is wrong comes
 * back as {@link Problem}s.
 *
 * <p>Reading goes through four rooms: a format reader ({@link MarkdownPage}, {@link HtmlTables},
 * {@link DelimitedTables}, {@link FlattenedTable} ...) yields runs of raw rows with their lines;
 * the {@link PageSplitter} applies the page rules and yields tables; the {@link ColumnInference}
 * decides which tables are error tables and which cell holds which column; the {@link RowBuilder}
 * turns rows into {@link TableRow}s. {@link ReadCheck} then compares what was read with the file.
 */
public final class TableReader {
  private TableReader() {}

  /**
   * @param file the table's name as the user wrote it, used in every {@link Problem}
   * @param content the file's bytes
   * @return the rows of every error table in the file (or of table {@link
   *     TableOptions#tableNumber}), in file order, the problems found, and how the columns were
   *     chosen; rows are not merged or de-duplicated
   */
  public static TableContent read(String file, byte[] content, TableOptions options) {
    String name = file == null ? "<table>" : file;
    ProblemSink problems = new ProblemSink(name);
    try {
      return new TableReader.Reading(
              name, options == null ? TableOptions.DEFAULT : options, problems)
          .read(content == null ? new byte[0] : content);
    } catch (RuntimeException | StackOverflowError e) {
      return new TableContent(
          List.of(),
          List.of(
              Problem.error(
                  name, 0, "errata could not read this table (" + e + "); please report it")));
    }
  }

  /** One file being read. */
  private static final class Reading {
    private final String file;
    private final TableOptions options;
    private final ProblemSink problems;
    private final HeaderMatcher matcher;
    private final ColumnInference inference;

    Reading(String file, TableOptions options, ProblemSink problems) {
      this.file = file;
      this.options = options;
      this.problems = problems;
      this.matcher = new HeaderMatcher(options);
      this.inference = new ColumnInference(matcher);
    }

    TableContent read(byte[] content) {
      Optional<SourceText> decoded = TextDecoder.decode(content, problems);
      if (decoded.isEmpty()) {
        return failed();
      }
      SourceText source = decoded.get();
      if (source.text().isBlank()) {
        problems.error(0, "the table file is empty");
        return failed();
      }
      ProblemSink formatProblems = new ProblemSink(file);
      List<RawTable> tables = PageSplitter.split(runs(source, formatProblems), matcher);
      Map<RawTable, ColumnInference.Columns> chosen =
          formatProblems.hasErrors() ? Map.of() : choose(tables, true);
      boolean pageText = false;
      if (chosen.isEmpty()
          && options.tableNumber() == 0
          && FlattenedTable.looksFlattened(source.text())) {
        List<RawTable> page = PageSplitter.split(FlattenedTable.read(source), matcher);
        Map<RawTable, ColumnInference.Columns> fromPage = choose(page, true);
        if (!fromPage.isEmpty()) {
          problems.warn(
              Category.PAGE_TEXT,
              page.get(0).rows().get(0).line(),
              String.format(
                  "this is page text with the error table flattened into lines; read %d rows, each"
                      + " starting at a status and a dotted code (\"400 Ecs.0001 ...\"), its rest split"
                      + " by script into message, description and handling. errata's import command"
                      + " writes what it reads as a Markdown table to check and keep",
                  page.get(0).rows().size()));
          tables = page;
          chosen = fromPage;
          pageText = true;
        }
      }
      if (chosen.isEmpty() && options.tableNumber() == 0) {
        List<RawTable> page = PageSplitter.split(PageText.read(source, matcher), matcher);
        Map<RawTable, ColumnInference.Columns> fromPage = choose(page, true);
        if (!fromPage.isEmpty()) {
          RawTable first = fromPage.keySet().iterator().next();
          problems.warn(
              Category.PAGE_TEXT,
              first.header().line(),
              String.format(
                  "this is page text without table markup; read %d rows from it (cells between"
                      + " tabs, or a code that opens each line or heads its paragraph). errata's"
                      + " import command writes what it reads as a Markdown table to check and keep",
                  fromPage.keySet().stream().mapToInt(table -> table.rows().size()).sum()));
          tables = page;
          chosen = fromPage;
          pageText = true;
        }
      }
      if (!pageText) {
        problems.addAll(formatProblems);
      }
      if (problems.hasErrors()) {
        return failed();
      }
      if (chosen.isEmpty()) {
        choose(tables, false);
        if (!problems.hasErrors()) {
          reportNoErrorTable(source, tables);
        }
        return failed();
      }
      List<TableRow> rows = new ArrayList<>();
      List<String> descriptions = new ArrayList<>();
      for (Map.Entry<RawTable, ColumnInference.Columns> entry : chosen.entrySet()) {
        RawTable table = entry.getKey();
        ColumnInference.Columns columns = entry.getValue();
        if (columns.headerIsData()) {
          List<RawRow> all = new ArrayList<>();
          all.add(table.header());
          all.addAll(table.rows());
          table = new RawTable(table.number(), new RawRow(table.header().line(), List.of()), all);
        }
        checkExplicitHeaders(table, columns.indexes());
        if (columns.statusAsCode()) {
          problems.warn(
              Category.STATUS_AS_CODE,
              table.header().line(),
              "the error table has no code column: each HTTP status is a code (404 becomes CODE_404);"
                  + " codeColumn names a code column the reader did not find");
        }
        List<TableRow> read =
            RowBuilder.build(table, columns.indexes(), columns.statusAsCode(), problems);
        if (read.isEmpty()) {
          String message =
              table.rows().isEmpty()
                  ? "the error table has a header but no rows: " + header(table.header())
                  : "no row of the error table has a code (" + table.rows().size() + " rows)";
          if (chosen.size() == 1) {
            problems.error(table.header().line(), message);
          } else {
            problems.warn(Category.EMPTY_TABLE, table.header().line(), message);
          }
        }
        rows.addAll(read);
        descriptions.add(
            (chosen.size() > 1 ? "table " + table.number() + ": " : "") + columns.describe());
        ReadCheck.unmappedText(table, columns, problems);
      }
      if (rows.isEmpty() && !problems.hasErrors()) {
        problems.error(
            chosen.keySet().iterator().next().header().line(),
            "no error table of the file has a row with a code");
      }
      if (problems.hasErrors()) {
        return failed();
      }
      ReadCheck.afterReading(source, tables, chosen, rows, problems);
      return new TableContent(
          problems.hasErrors() ? List.of() : rows, problems.problems(), descriptions);
    }

    private List<RawTable> runs(SourceText source, ProblemSink formatProblems) {
      List<Problem> found = new ArrayList<>();
      List<RawTable> runs =
          switch (TableFormat.detect(file, source)) {
            case MARKDOWN -> MarkdownPage.read(file, source, matcher, found);
            case HTML -> HtmlTables.parse(file, source, matcher, found).tables();
            case RST -> RstTables.read(source, matcher, formatProblems);
            case TSV -> DelimitedTables.read(source, '\t', formatProblems);
            case CSV -> DelimitedTables.read(source, ',', formatProblems);
          };
      formatProblems.addFormatProblems(found);
      return runs;
    }

    /**
     * The tables to read with their columns: the numbered one, else every table whose header names
     * a code column, else every table whose cells show a code column, else the tables of statuses.
     */
    private Map<RawTable, ColumnInference.Columns> choose(List<RawTable> tables, boolean quiet) {
      Map<RawTable, ColumnInference.Columns> chosen = new LinkedHashMap<>();
      if (options.tableNumber() > 0) {
        Optional<RawTable> numbered =
            tables.stream().filter(table -> table.number() == options.tableNumber()).findFirst();
        if (numbered.isEmpty()) {
          if (!quiet) {
            problems.error(
                0,
                String.format(
                    "tableNumber = %d, but errata finds %d table(s) in the file: %s",
                    options.tableNumber(), tables.size(), describe(tables)));
          }
          return chosen;
        }
        inference.infer(numbered.get()).ifPresent(columns -> chosen.put(numbered.get(), columns));
        return chosen;
      }
      for (RawTable table : tables) {
        if (inference.namesCode(table)) {
          inference.infer(table).ifPresent(columns -> chosen.put(table, columns));
        }
      }
      if (chosen.values().stream().anyMatch(columns -> !columns.statusAsCode())) {
        List<RawTable> statusTables = new ArrayList<>();
        boolean codeTable = false;
        for (Map.Entry<RawTable, ColumnInference.Columns> entry : chosen.entrySet()) {
          if (ColumnInference.holdsStatuses(entry.getKey(), entry.getValue())) {
            statusTables.add(entry.getKey());
          } else {
            codeTable = true;
          }
        }
        if (codeTable) {
          // A page that lists codes and, apart, what the HTTP statuses mean: the codes are the
          // catalog.
          statusTables.forEach(chosen::remove);
        }
      }
      if (!chosen.isEmpty()) {
        return chosen;
      }
      Map<RawTable, ColumnInference.Columns> statuses = new LinkedHashMap<>();
      for (RawTable table : tables) {
        inference
            .infer(table)
            .ifPresent(columns -> (columns.statusAsCode() ? statuses : chosen).put(table, columns));
      }
      return chosen.isEmpty() ? statuses : chosen;
    }

    private void reportNoErrorTable(SourceText source, List<RawTable> tables) {
      if (options.tableNumber() > 0
          && tables.stream().noneMatch(table -> table.number() == options.tableNumber())) {
        return;
      }
      List<RawTable> shown =
          options.tableNumber() > 0
              ? tables.stream().filter(table -> table.number() == options.tableNumber()).toList()
              : tables;
      String codeColumn = options.headers().get(Column.CODE);
      String reason =
          codeColumn == null
              ? "no table has a column of codes, by its header or by its cells"
              : "no table has a header cell \"" + codeColumn + "\" (codeColumn)";
      String seen =
          shown.isEmpty()
              ? "no table found (errata reads TSV, CSV, Markdown pipe tables, HTML tables, reStructuredText tables and page text)"
              : "headers seen: " + describe(shown);
      problems.error(
          shown.isEmpty() ? 0 : shown.get(0).header().line(),
          reason
              + "; "
              + seen
              + ". Name the columns on the annotation, e.g. @ErrorCatalog(..., codeColumn = \"<header of"
              + " the code column>\", messageColumn = \"...\", statusColumn = \"...\")");
    }

    private void checkExplicitHeaders(RawTable table, Map<Column, Integer> columns) {
      options.headers().entrySet().stream()
          .filter(
              entry ->
                  !columns.containsKey(entry.getKey()) || !matchesHeader(table, columns, entry))
          .sorted(Map.Entry.comparingByKey())
          .forEach(
              entry ->
                  problems.warn(
                      Category.COLUMN_OPTION,
                      table.header().line(),
                      String.format(
                          "%sColumn = \"%s\" names no header of this table: %s",
                          entry.getKey().name().toLowerCase(Locale.ROOT),
                          entry.getValue(),
                          header(table.header()))));
    }

    private static boolean matchesHeader(
        RawTable table, Map<Column, Integer> columns, Map.Entry<Column, String> entry) {
      int index = columns.get(entry.getKey());
      if (index >= table.header().cells().size()) {
        return false;
      }
      String header = table.header().cells().get(index).text();
      return HeaderSynonyms.normalize(header).equals(HeaderSynonyms.normalize(entry.getValue()));
    }

    private TableContent failed() {
      return new TableContent(List.of(), problems.problems());
    }
  }

  static String describe(List<RawTable> tables) {
    return tables.stream()
        .map(
            table ->
                "table "
                    + table.number()
                    + " at line "
                    + table.header().line()
                    + " ("
                    + header(table.header())
                    + ")")
        .collect(Collectors.joining(", "));
  }

  static String header(RawRow header) {
    String text = String.join(" | ", header.texts());
    return text.length() > 200 ? text.substring(0, 200) + "..." : text;
  }
}
