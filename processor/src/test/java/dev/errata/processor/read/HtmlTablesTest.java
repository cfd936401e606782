package dev.errata.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errata.processor.model.Problem;
import dev.errata.processor.model.TableContent;
import dev.errata.processor.model.TableOptions;
import dev.errata.processor.model.TableRow;
import dev.errata.processor.read.RawTable.Cell;
import dev.errata.processor.read.RawTable.RawRow;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * HTML tables read through jsoup: the raw rows with their positions, and whole files through {@link
 * TableReader}.
 */
class HtmlTablesTest {

  static List<RawTable> tables(String html, List<Problem> problems) {
    return HtmlTables.parse(
            "t.html", SourceText.of(html), new HeaderMatcher(TableOptions.DEFAULT), problems)
        .tables();
  }

  static List<RawTable> tables(String html) {
    List<Problem> problems = new ArrayList<>();
    List<RawTable> tables = tables(html, problems);
    assertEquals(List.of(), problems);
    return tables;
  }

  /**
   * A table as {@code line: cell | cell} lines, the header first; a line break in a cell shown as
   * {@code \n}.
   */
  static String describe(RawTable table) {
    List<String> lines = new ArrayList<>();
    lines.add(describe(table.header()));
    table.rows().forEach(row -> lines.add(describe(row)));
    return String.join("\n", lines);
  }

  static String describe(RawRow row) {
    return row.line()
        + ": "
        + row.texts().stream()
            .map(text -> text.replace("\n", "\\n"))
            .collect(Collectors.joining(" | "));
  }

  private static TableContent read(String file, String text) {
    return TableReader.read(file, text.getBytes(StandardCharsets.UTF_8), TableOptions.DEFAULT);
  }

  @Test
  void theadAndTbodyWithLinesAndColumns() {
    List<RawTable> tables =
        tables(
            """
            <h2>Errors</h2>
            <table>
              <thead>
                <tr><th>Error code</th><th>Message</th></tr>
              </thead>
              <tbody>
                <tr><td>InvalidParameter</td><td>The parameter is invalid.</td></tr>
                <tr>
                  <td>Forbidden</td>
                  <td>Access denied.</td>
                </tr>
              </tbody>
            </table>
            """);
    assertEquals(1, tables.size());
    assertEquals(
        """
        4: Error code | Message
        7: InvalidParameter | The parameter is invalid.
        8: Forbidden | Access denied.""",
        describe(tables.get(0)));
    RawRow first = tables.get(0).rows().get(0);
    assertEquals(List.of(9, 34), first.cells().stream().map(Cell::column).toList());
    RawRow second = tables.get(0).rows().get(1);
    assertEquals(
        List.of(0, 0),
        second.cells().stream().map(Cell::column).toList(),
        "cells on later lines than their row");
  }

  @Test
  void leadingRowsOfThCellsAreTheHeaderAndSeveralHeaderRowsAreOne() {
    RawTable table =
        tables(
                """
                <table>
                <tr><th colspan="2">Error</th><th rowspan="2">HTTP status</th></tr>
                <tr><th>Code</th><th>Message</th></tr>
                <tr><td>A.1</td><td>a</td><td>400</td></tr>
                </table>
                """)
            .get(0);
    assertEquals(
        "2: Error\\nCode | Error\\nMessage | HTTP status\n4: A.1 | a | 400", describe(table));
  }

  @Test
  void rowspanAndColspanRepeatTheTextIntoEveryCoveredCell() {
    RawTable table =
        tables(
                """
                <table>
                <tr><th>Module</th><th>Status</th><th>Code</th><th>Message</th></tr>
                <tr><td rowspan="3">Common</td><td rowspan="2">400</td><td>C.1</td><td>one</td></tr>
                <tr><td>C.2</td><td>two</td></tr>
                <tr><td>500</td><td>C.3</td><td>three</td></tr>
                <tr><td>Zone</td><td colspan="2">Z.1</td><td>four</td></tr>
                </table>
                """)
            .get(0);
    assertEquals(
        """
        2: Module | Status | Code | Message
        3: Common | 400 | C.1 | one
        4: Common | 400 | C.2 | two
        5: Common | 500 | C.3 | three
        6: Zone | Z.1 | Z.1 | four""",
        describe(table));
    assertEquals(
        0,
        table.rows().get(1).cells().get(0).column(),
        "a cell spanned from the row above is not on this line");
    assertEquals(
        table.rows().get(3).cells().get(1).column(),
        table.rows().get(3).cells().get(2).column(),
        "a colspan copy starts where its cell does");
  }

  @Test
  void withoutThTheFirstRowIsAHeaderOnlyWhenItReadsLikeOne() {
    assertEquals(
        "1: コード | メッセージ\n2: E.1001 | 不正なリクエストです。",
        describe(
            tables(
                    "<table><tr><td>コード</td><td>メッセージ</td></tr>\n<tr><td>E.1001</td><td>不正なリクエストです。</td></tr></table>")
                .get(0)));
    RawTable headerless =
        tables(
                "<table>\n<tr><td>E.1001</td><td>Bad request.</td></tr>\n<tr><td>E.1002</td><td>Not found.</td></tr></table>")
            .get(0);
    assertEquals(List.of(), headerless.header().cells());
    assertEquals(2, headerless.header().line(), "a table without a header starts at its first row");
    assertEquals("2: \n2: E.1001 | Bad request.\n3: E.1002 | Not found.", describe(headerless));
  }

  @Test
  void cellTextIsWhatABrowserShows() {
    RawTable table =
        tables(
                """
                <table><tr><th>Code</th><th>Solution</th></tr>
                <tr><td><p>  A.1 </p></td><td><p>First   paragraph
                   continues.</p><p>Second&nbsp;paragraph.</p></td></tr>
                <tr><td>A.2</td><td>line one<br>line two<BR/>line three</td></tr>
                <tr><td>A.3</td><td>Check:<ul><li>the token;</li><li>the <b>project</b> &amp; <code>region</code>.</li></ul></td></tr>
                <tr><td>A.4</td><td>&eacute;chec &mdash; &lt;tag&gt; &#x4E2D;&#25991; &copy;</td></tr>
                <tr><td>A.5</td><td><pre>{
                  "code": "A.5"
                }</pre></td></tr>
                <tr><td>A.6</td><td>kept<script>var x = "<td>not a cell</td>";</script><style>td { color: red }</style><!-- a comment --> text</td></tr>
                </table>
                """)
            .get(0);
    assertEquals(
        List.of(
            "First paragraph continues.\nSecond paragraph.",
            "line one\nline two\nline three",
            "Check:\nthe token;\nthe project & region.",
            "échec — <tag> 中文 ©",
            "{\n\"code\": \"A.5\"\n}",
            "kept text"),
        table.rows().stream().map(row -> row.cells().get(1).text()).toList());
    assertEquals("A.1", table.rows().get(0).cells().get(0).text());
  }

  @Test
  void aNestedTableIsATableOfItsOwnAndNotRowsOrTextOfTheOuterOne() {
    List<RawTable> tables =
        tables(
            """
            <table>
            <tr><th>Code</th><th>Description</th></tr>
            <tr><td>Outer.1</td><td>Values:
              <table><tr><th>Value</th><th>Meaning</th></tr><tr><td>1</td><td>on</td></tr></table>
            </td></tr>
            <tr><td>Outer.2</td><td>two</td></tr>
            </table>
            """);
    assertEquals(2, tables.size());
    assertEquals(
        "2: Code | Description\n3: Outer.1 | Values:\n6: Outer.2 | two", describe(tables.get(0)));
    assertEquals("4: Value | Meaning\n4: 1 | on", describe(tables.get(1)));
    assertEquals(2, tables.get(1).number());
  }

  @Test
  void unclosedCellsAndRowsAreClosedTheWayBrowsersDo() {
    RawTable table =
        tables(
                """
                <table>
                <tr><th>Code<th>Message
                <tr><td>A.1<td>first
                <tr><td>A.2<td>second
                </table>
                """)
            .get(0);
    assertEquals("2: Code | Message\n3: A.1 | first\n4: A.2 | second", describe(table));
    RawTable withoutTr = tables("<table>\n<td>A.1<td>one\n").get(0);
    assertEquals("2: \n2: A.1 | one", describe(withoutTr));
  }

  @Test
  void aRowThatIsOneCellAcrossTheTableIsASectionTitle() {
    RawTable table =
        tables(
                """
                <table>
                <tr><th>Code</th><th>Message</th></tr>
                <tr><td colspan="2">Common errors</td></tr>
                <tr><td>A.1</td><td>a</td></tr>
                <tr><th colspan="2">Zone errors</th></tr>
                <tr><td>Z.1</td><td>z</td></tr>
                </table>
                """)
            .get(0);
    assertEquals("2: Code | Message\n4: A.1 | a\n6: Z.1 | z", describe(table));
  }

  @Test
  void spansPastTheTableAndHugeColspansAreCutWithAWarningAtTheirLine() {
    List<Problem> problems = new ArrayList<>();
    RawTable table =
        tables(
                """
                <table>
                <tr><th>Code</th><th>Message</th></tr>
                <tr><td rowspan="5">A.1</td><td>a</td></tr>
                <tr><td>b</td></tr>
                <tr><td colspan="10000">wide</td></tr>
                </table>
                """,
                problems)
            .get(0);
    assertEquals(
        "3: A.1 | a\n4: A.1 | b",
        describe(table).lines().skip(1).limit(2).collect(Collectors.joining("\n")));
    assertEquals(
        1 + HtmlTables.MOST_COLUMNS_SPANNED,
        table.rows().get(2).cells().size(),
        "the rowspan cell, then the colspan");
    assertEquals(
        List.of(
            "t.html:3: [errata:format] rowspan=\"5\" reaches past the last row of its table; it spans the 3 row(s) there are",
            "t.html:5: [errata:format] colspan=\"10000\" is more than the 1000 columns HTML allows; read as 1000"),
        problems.stream().map(Problem::toString).toList());
  }

  @Test
  void carriageReturnLineEndsCountAsLines() {
    RawTable table =
        tables("<table>\r<tr><th>Code</th></tr>\r\n<tr><td>A.1</td></tr>\r</table>").get(0);
    assertEquals("2: Code\n3: A.1", describe(table));
  }

  @Test
  void aMarkdownPageWithPipeTablesAndHtmlTablesReadsBothInFileOrder() {
    String page =
        """
        # Errors

        | Code | Message |
        |---|---|
        | P.1 | pipe one |

        Some prose between the tables.

        <table>
        <tr><th>Code</th><th>Message</th></tr>
        <tr><td>H.1</td><td>html | one</td></tr>
        </table>

        | Code | Message |
        |---|---|
        | P.2 | pipe two |
        """;
    List<RawTable> tables =
        MarkdownPage.read(
            "t.md",
            SourceText.of(page),
            new HeaderMatcher(TableOptions.DEFAULT),
            new ArrayList<>());
    assertEquals(List.of(1, 2, 3), tables.stream().map(RawTable::number).toList());
    assertEquals("10: Code | Message\n11: H.1 | html | one", describe(tables.get(1)));
    TableContent content = read("t.md", page);
    assertEquals(List.of(), content.problems());
    assertEquals(
        List.of("5 P.1 pipe one", "11 H.1 html | one", "16 P.2 pipe two"),
        content.rows().stream()
            .map(row -> row.line() + " " + row.code() + " " + row.message())
            .toList());
  }

  @Test
  void htmlInAFencedCodeBlockOfAMarkdownPageIsAnExampleAndNoTable() {
    String page =
        """
        An error page looks like this:

        ```html
        <table><tr><th>Code</th><th>Message</th></tr><tr><td>Example.1</td><td>not a code</td></tr></table>
        <script>var open = "never closed";
        ```

        <table>
        <tr><th>Code</th><th>Message</th></tr>
        <tr><td>H.1</td><td>one</td></tr>
        </table>
        """;
    List<RawTable> tables =
        MarkdownPage.read(
            "t.md",
            SourceText.of(page),
            new HeaderMatcher(TableOptions.DEFAULT),
            new ArrayList<>());
    assertEquals(
        List.of("9: Code | Message\n10: H.1 | one"),
        tables.stream().map(HtmlTablesTest::describe).toList());
  }

  @Test
  void anHtmlDocumentIsRecognisedWithoutItsExtension() {
    TableContent content =
        read(
            "errors.txt",
            "<!DOCTYPE html>\n<html><body><p>Codes | and pipes</p><table><tr><th>Code</th><th>Message</th></tr><tr><td>A.1</td><td>a</td></tr></table></body></html>\n");
    assertEquals(List.of(), content.problems());
    assertEquals(List.of("A.1"), content.rows().stream().map(TableRow::code).toList());
  }
}
