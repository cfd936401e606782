package dev.errata.processor.read;

import static dev.errata.processor.read.HtmlTablesTest.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.processor.model.TableContent;
import dev.errata.processor.model.TableOptions;
import dev.errata.processor.model.TableRow;
import dev.errata.processor.read.RawTable.Cell;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * reStructuredText grid, simple and list tables: the raw rows with their positions, and whole pages
 * through {@link TableReader}.
 */
class RstTablesTest {

  static List<RawTable> tables(String text) {
    return RstTables.read(
        SourceText.of(text), new HeaderMatcher(TableOptions.DEFAULT), new ProblemSink("t.rst"));
  }

  private static TableContent read(String file, String text) {
    return TableReader.read(file, text.getBytes(StandardCharsets.UTF_8), TableOptions.DEFAULT);
  }

  @Test
  void gridTableWithAHeaderCellsOverSeveralLinesAndInlineMarkup() {
    List<RawTable> tables =
        tables(
            """
            Errors
            ======

            .. table:: **Table 1** Error codes

               +--------+----------+----------------------------------+
               | Status | Code     | Message                          |
               +========+==========+==================================+
               | 400    | DNS.0006 | The **limit** parameter is       |
               |        |          | invalid; see ``limit``.          |
               +--------+----------+----------------------------------+
               | 401    | DNS.0005 | #. Check the token.              |
               |        |          | #. Check the *permission*.       |
               +--------+----------+----------------------------------+
            """);
    assertEquals(1, tables.size());
    assertEquals(
        """
        7: Status | Code | Message
        9: 400 | DNS.0006 | The limit parameter is invalid; see limit.
        12: 401 | DNS.0005 | Check the token.\\nCheck the permission.""",
        describe(tables.get(0)));
    assertEquals(
        List.of(6, 15, 26),
        tables.get(0).rows().get(0).cells().stream().map(Cell::column).toList(),
        "the column of each cell's text");
  }

  @Test
  void gridTableSpansRepeatTheirTextIntoEveryCoveredCell() {
    RawTable table =
        tables(
                """
                +--------+--------+-------------+
                | Module | Code   | Message     |
                +========+========+=============+
                | Common | C.1    | one         |
                |        +--------+-------------+
                |        | C.2    | two         |
                +--------+--------+-------------+
                | Zone   | Z.1 and Z.2 together |
                +--------+----------------------+
                """)
            .get(0);
    assertEquals(
        """
        2: Module | Code | Message
        4: Common | C.1 | one
        6: Common | C.2 | two
        8: Zone | Z.1 and Z.2 together | Z.1 and Z.2 together""",
        describe(table));
    assertEquals(
        0, table.rows().get(1).cells().get(0).column(), "the spanned cell starts on another line");
  }

  @Test
  void gridTableWithoutAHeaderLineIsHeaderlessUnlessItsFirstRowReadsLikeOne() {
    RawTable headerless =
        tables(
                """
                +-----------+----------------+
                | 400.1     | Bad request.   |
                +-----------+----------------+
                | 404.1     | Not found.     |
                +-----------+----------------+
                """)
            .get(0);
    assertEquals("2: \n2: 400.1 | Bad request.\n4: 404.1 | Not found.", describe(headerless));
    RawTable named =
        tables(
                """
                +-----------+----------------+
                | Code      | Message        |
                +-----------+----------------+
                | E.1       | Bad request.   |
                +-----------+----------------+
                """)
            .get(0);
    assertEquals("2: Code | Message\n4: E.1 | Bad request.", describe(named));
  }

  @Test
  void simpleTablesWithAndWithoutHeader() {
    List<RawTable> tables =
        tables(
            """
            =====  ==================
            Code   Meaning
            =====  ==================
            E.1    Bad request; the
                   body is invalid.
            E.2    ``Not`` found.

            E.3    Gone.
            =====  ==================

            Prose between.

            ======  ======
            404.1   one
            404.2   two
            ======  ======
            """);
    assertEquals(2, tables.size());
    assertEquals(
        "2: Code | Meaning\n4: E.1 | Bad request; the body is invalid.\n6: E.2 | Not found.\n8: E.3 | Gone.",
        describe(tables.get(0)));
    assertEquals(
        List.of(1, 8), tables.get(0).rows().get(0).cells().stream().map(Cell::column).toList());
    assertEquals("14: \n14: 404.1 | one\n15: 404.2 | two", describe(tables.get(1)));
  }

  @Test
  void listTableWithHeaderRowsAndCellsOverSeveralLines() {
    RawTable table =
        tables(
                """
                .. list-table:: Common errors
                   :widths: 20 50 10
                   :header-rows: 1

                   * - Error
                     - Description
                     - HTTP Status Code
                   * - InvalidSignature
                     - The signature is
                       not valid.

                       Sign again.
                     - 400
                   * - InternalFailure
                     -
                     - 500

                Prose after the table.
                """)
            .get(0);
    assertEquals(
        """
        5: Error | Description | HTTP Status Code
        8: InvalidSignature | The signature is not valid.\\nSign again. | 400
        14: InternalFailure |  | 500""",
        describe(table));
    assertEquals(List.of(8, 8, 8), table.rows().get(0).cells().stream().map(Cell::column).toList());
    assertEquals(List.of(8, 0, 8), table.rows().get(1).cells().stream().map(Cell::column).toList());
  }

  @Test
  void rstIsRecognisedByExtensionAndByContent() {
    String grid =
        """
        +------+-----------+
        | Code | Message   |
        +======+===========+
        | A.1  | one | two |
        +------+-----------+
        """;
    for (String file : new String[] {"errors.rst", "errors.txt"}) {
      TableContent content = read(file, grid);
      assertEquals(List.of(), content.problems(), file);
      assertEquals(
          List.of(new TableRow(4, 0, "A.1", "one | two", "", "", "", "")), content.rows(), file);
    }
    assertEquals(
        TableFormat.RST, TableFormat.detect("t.txt", SourceText.of("=== ====\nA   B\n=== ====\n")));
    assertEquals(
        TableFormat.MARKDOWN,
        TableFormat.detect("t.txt", SourceText.of("Title\n=====\n\nA | B\n")));
  }

  @Test
  void aTableDrawnWithBoxCharactersReadsAsAGridTable() {
    String page =
        """
        Status codes

        ┌────┬──────────┬──────────────────┐
        │Code│ Meaning  │ Explanation      │
        ├────┼──────────┼──────────────────┤
        │400 │Wrong     │The request is    │
        │    │request   │invalid.          │
        ├────┼──────────┼──────────────────┤
        │404 │Not Found │No such resource. │
        └────┴──────────┴──────────────────┘
        """;
    assertEquals(TableFormat.RST, TableFormat.detect("page.txt", SourceText.of(page)));
    RawTable table = tables(page).get(0);
    assertEquals(
        "4: Code | Meaning | Explanation\n6: 400 | Wrong request | The request is invalid.\n9: 404 | Not Found | No such resource.",
        describe(table));
    assertEquals(
        List.of(2, 7, 18), table.rows().get(0).cells().stream().map(Cell::column).toList());
  }

  @Test
  void brokenGridTablesGiveWhatTheyCanAndNeverThrow() {
    String[] broken = {
      "+----+----+\n| A  | B  \n+----+\n",
      "+----+----+\n| A  | B  |\n",
      "+----+----+\n|    |\n+-+-+-+-+-+\n| | | | | |\n",
      "=====  =====\nA      B\n",
      ".. list-table::\n   :header-rows: 9\n\n   * - A\n",
      ".. list-table::\n   * not a row\n",
    };
    for (String text : broken) {
      tables(text);
      TableContent content = read("t.rst", text);
      assertTrue(
          content.problems().stream()
              .noneMatch(problem -> problem.message().contains("could not read")),
          content.problems()::toString);
    }
  }

  @Test
  void realPagesReadToTheTablesTheyDraw() {
    List<RawTable> drawn = tables(page("jpush-http-status-code-w3m.txt"));
    assertEquals(
        List.copyOf(expected("jpush-http-status-code-w3m.txt").keySet()),
        drawn.get(0).rows().stream().map(row -> row.texts().get(0)).toList());
    assertEquals(
        List.copyOf(expected("jpush-http-status-code-w3m.txt").values()),
        drawn.get(0).rows().stream().map(row -> row.texts().get(2)).toList());
    List<RawTable> simple = tables(page("otc-ecs-http-status-codes.rst"));
    assertEquals(
        List.of("Normal Status Code | Description", "Error Status Code | Description"),
        simple.stream().map(table -> String.join(" | ", table.header().texts())).toList());
    assertEquals(
        expected("otc-ecs-http-status-codes.rst").keySet().stream().toList(),
        simple.stream()
            .flatMap(table -> table.rows().stream())
            .map(row -> row.texts().get(0))
            .toList());
    List<RawTable> list = tables(page("synaps-common-errors-ko.rst"));
    assertEquals(
        "12: 에러 | 설명 | HTTP Status Code\n15: InvalidSignature | 요청의 서명이 유효하지 않음 | 400",
        describe(list.get(0)).lines().limit(2).collect(Collectors.joining("\n")));
  }

  private static String page(String name) {
    return new String(SeedTablesTest.resource("read/corpus/" + name), StandardCharsets.UTF_8);
  }

  /** The page's expected codes and texts, counted from the published table. */
  private static Map<String, String> expected(String page) {
    return new String(
            SeedTablesTest.resource("read/corpus/expected/" + page + ".tsv"),
            StandardCharsets.UTF_8)
        .lines()
        .skip(1)
        .map(line -> line.split("\t", -1))
        .collect(
            Collectors.toMap(
                cells -> cells[0],
                cells -> cells[1],
                (first, second) -> first,
                LinkedHashMap::new));
  }
}
