package dev.errata.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.processor.model.Problem;
import dev.errata.processor.model.TableContent;
import dev.errata.processor.model.TableOptions;
import dev.errata.processor.model.TableRow;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Markup no provider means to publish, in the formats beyond pipe tables and TSV: rows or located
 * warnings, never an exception or a hang.
 */
class FormatsHostileTest {

  private static TableContent read(String file, String text) {
    TableContent[] content = new TableContent[1];
    assertTimeoutPreemptively(
        Duration.ofSeconds(60),
        () ->
            content[0] =
                TableReader.read(
                    file, text.getBytes(StandardCharsets.UTF_8), TableOptions.DEFAULT));
    assertTrue(
        content[0].problems().stream()
            .noneMatch(problem -> problem.message().contains("could not read")),
        content[0].problems()::toString);
    return content[0];
  }

  private static List<String> codes(TableContent content) {
    return content.rows().stream().map(TableRow::code).toList();
  }

  private static final String HEADER = "<table><tr><th>Code</th><th>Message</th></tr>\n";

  @Test
  void tenThousandColspanIsCutToHtmlsLimitWithAWarning() {
    TableContent content =
        read("t.html", HEADER + "<tr><td>A.1</td><td colspan=\"10000\">wide</td></tr>\n</table>");
    assertEquals(List.of("A.1"), codes(content));
    assertEquals("wide", content.rows().get(0).message());
    Problem problem =
        content.problems().stream()
            .filter(p -> p.message().contains("colspan"))
            .findFirst()
            .orElseThrow();
    assertEquals(2, problem.line());
  }

  @Test
  void spansThatWouldFillTheMemoryAreCutWithOneWarning() {
    String rows =
        IntStream.range(0, 3000)
            .mapToObj(
                i -> "<tr><td>C." + i + "</td><td rowspan=\"65534\" colspan=\"1000\">x</td></tr>")
            .collect(Collectors.joining("\n"));
    TableContent content = read("t.html", HEADER + rows + "\n</table>");
    assertEquals(3000, content.rows().size());
    assertEquals(
        1,
        content.problems().stream()
            .filter(p -> p.message().contains("repeat cells into more than"))
            .count(),
        content.problems().toString());
  }

  @Test
  void rowspanBeyondTheTableIsAWarningAtItsLine() {
    TableContent content =
        read("t.html", HEADER + "<tr><td rowspan=\"99\">A.1</td><td>a</td></tr>\n</table>");
    assertEquals(List.of("A.1"), codes(content));
    assertEquals(
        List.of(
            "t.html:2: [errata:format] rowspan=\"99\" reaches past the last row of its table; it spans the 1 row(s) there are"),
        content.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void tenThousandNestedTables() {
    String nested = "<table><tr><td>x".repeat(10_000);
    TableContent content =
        read("t.html", HEADER + "<tr><td>A.1</td><td>" + nested + "</td></tr></table>");
    assertTrue(codes(content).contains("A.1"), codes(content)::toString);
  }

  @Test
  void unclosedTagsEverywhere() {
    TableContent content =
        read(
            "t.html",
            "<table><tr><th>Code<th>Message\n<tr><td>A.1<td><p>one<b>bold\n<tr><td>A.2<td>two <i>x");
    assertEquals(List.of("A.1", "A.2"), codes(content));
    assertEquals("onebold", content.rows().get(0).message());
  }

  @Test
  void aFiveMegabyteHtmlFile() {
    StringBuilder html = new StringBuilder("<!DOCTYPE html><html><body>\n").append(HEADER);
    int rows = 0;
    while (html.length() < 5_000_000) {
      html.append("<tr><td><p>Code.")
          .append(rows)
          .append("</p></td><td><p>Message number ")
          .append(rows)
          .append(" with &eacute;ntities &amp; <b>markup</b>.</p></td></tr>\n");
      rows++;
    }
    html.append("</table></body></html>\n");
    long start = System.nanoTime();
    TableContent content = read("big.html", html.toString());
    System.out.printf(
        "5 MB HTML (%d rows): %d ms%n", rows, (System.nanoTime() - start) / 1_000_000);
    assertEquals(rows, content.rows().size());
    assertEquals(rows + 2, content.rows().get(rows - 1).line());
  }

  @Test
  void scriptsStylesCommentsAndCdataAreNotCellsOrText() {
    TableContent content =
        read(
            "t.html",
            """
            <script>document.write("<table><tr><th>Code</th></tr><tr><td>Script.1</td></tr></table>")</script>
            <style>table { border: 1px }</style>
            <!-- <table><tr><th>Code</th></tr><tr><td>Comment.1</td></tr></table> -->
            <table><tr><th>Code</th><th>Message</th></tr>
            <tr><td>A.1</td><td>one<!-- hidden --><![CDATA[ and data ]]></td></tr>
            <tr><td>A.2<script>x()</script></td><td><style>p{}</style>two</td></tr>
            </table>
            """);
    assertEquals(List.of("A.1", "A.2"), codes(content));
    assertEquals(List.of("one", "two"), content.rows().stream().map(TableRow::message).toList());
  }

  @Test
  void aGridTableWhoseBordersNeverMeetIsAWarningAtItsFirstLine() {
    String border = "+" + "--+".repeat(200);
    String row = "|" + "  |".repeat(200);
    String broken = "+" + "- +".repeat(200);
    String text = border + "\n" + (row + "\n").repeat(5000) + broken + "\n";
    TableContent content = read("t.rst", text);
    assertTrue(
        content.problems().stream()
            .anyMatch(p -> p.line() == 1 && p.message().contains("do not close into cells")),
        content.problems()::toString);
  }

  @Test
  void aFiveThousandRowGridTable() {
    String border = "+--------+---------------------+\n";
    StringBuilder text =
        new StringBuilder(border)
            .append("| Code   | Message             |\n+========+=====================+\n");
    for (int i = 0; i < 5000; i++) {
      text.append(String.format("| C.%-4d | Message %-11d |%n", i, i)).append(border);
    }
    long start = System.nanoTime();
    TableContent content = read("big.rst", text.toString());
    System.out.printf("5000-row grid table: %d ms%n", (System.nanoTime() - start) / 1_000_000);
    assertEquals(List.of(), content.problems());
    assertEquals(5000, content.rows().size());
    assertEquals("Message 4999", content.rows().get(4999).message());
  }

  @Test
  void fiftyThousandLinesOfPageText() {
    StringBuilder text = new StringBuilder("Errors of the API\n\n");
    for (int i = 0; i < 50_000; i++) {
      text.append("Code.").append(i).append(" The message of code ").append(i).append(".\n");
    }
    text.append("x".repeat(100_000)).append(' ').append("y. ".repeat(30_000)).append('\n');
    long start = System.nanoTime();
    TableContent content = read("page.txt", text.toString());
    System.out.printf("50k lines of page text: %d ms%n", (System.nanoTime() - start) / 1_000_000);
    assertEquals(50_000, content.rows().size());
    assertEquals("Code.49999", content.rows().get(49_999).code());
  }
}
