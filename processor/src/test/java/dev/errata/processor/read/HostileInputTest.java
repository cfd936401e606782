package dev.errata.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.processor.model.Problem;
import dev.errata.processor.model.TableContent;
import dev.errata.processor.model.TableOptions;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Input no provider means to publish; the reader answers with problems, never an exception. */
class HostileInputTest {

  private static TableContent read(String file, byte[] content) {
    return TableReader.read(file, content, TableOptions.DEFAULT);
  }

  private static TableContent read(String file, String text) {
    return read(file, text.getBytes(StandardCharsets.UTF_8));
  }

  private static Problem onlyError(TableContent content) {
    assertEquals(1, content.problems().size(), content.problems()::toString);
    assertTrue(content.problems().get(0).isError());
    assertTrue(content.rows().isEmpty());
    return content.problems().get(0);
  }

  @Test
  void fiftyThousandRowsInEachFormat() {
    for (String format : new String[] {"md", "tsv", "csv"}) {
      String separator = format.equals("md") ? " | " : format.equals("tsv") ? "\t" : ",";
      String body =
          IntStream.range(0, 50_000)
              .mapToObj(
                  i ->
                      "400"
                          + separator
                          + "Code."
                          + i
                          + separator
                          + "Message number "
                          + i
                          + "."
                          + separator
                          + "描述"
                          + i)
              .collect(Collectors.joining("\n"));
      String header = String.join(separator, "Status", "Code", "Message", "Description");
      byte[] content = (header + "\n" + body + "\n").getBytes(StandardCharsets.UTF_8);
      TableContent[] result = new TableContent[1];
      long start = System.nanoTime();
      assertTimeoutPreemptively(
          Duration.ofSeconds(20), () -> result[0] = read("big." + format, content));
      long millis = (System.nanoTime() - start) / 1_000_000;
      System.out.printf("50k-row %s (%d KB): %d ms%n", format, content.length / 1024, millis);
      assertEquals(50_000, result[0].rows().size(), format);
      assertEquals("Code.49999", result[0].rows().get(49_999).code());
      assertEquals(50_001, result[0].rows().get(49_999).line());
    }
  }

  @Test
  void aSixtyKilobyteCell() {
    String cell = "长".repeat(20_000) + "x".repeat(20_000);
    TableContent content = read("t.md", "| Code | Message |\n|---|---|\n| A | " + cell + " |\n");
    assertEquals(cell, content.rows().get(0).message());
  }

  @Test
  void cellsFullOfMarkupThatNeverCloses() {
    String[] cells = {
      "*a ".repeat(20_000),
      "**a ".repeat(15_000),
      "_a ".repeat(20_000),
      "[a](".repeat(15_000),
      "`".repeat(30_000) + "x",
      "\\".repeat(30_000),
      "\uE000`a`".repeat(10_000)
    };
    for (String cell : cells) {
      TableContent content =
          assertTimeoutPreemptively(
              Duration.ofSeconds(10),
              () -> read("t.md", "| Code | Message |\n|---|---|\n| A | " + cell + " |\n"));
      assertEquals(1, content.rows().size());
    }
  }

  @Test
  void aPipeTableWithAThousandColumns() {
    String header =
        "| Code | "
            + IntStream.range(0, 999).mapToObj(i -> "c" + i).collect(Collectors.joining(" | "))
            + " |";
    String row =
        "| A | "
            + IntStream.range(0, 999).mapToObj(i -> "v" + i).collect(Collectors.joining(" | "))
            + " |";
    TableContent content = read("t.md", header + "\n" + row + "\n");
    assertEquals(1, content.rows().size());
    assertEquals("A", content.rows().get(0).code());
  }

  @Test
  void nulBytesAreAnError() {
    Problem problem = onlyError(read("t.tsv", "Code\tMessage\nA\ta\u0000b\n"));
    assertEquals(2, problem.line());
    assertTrue(problem.message().contains("NUL byte at byte offset 16"), problem::message);
  }

  @Test
  void aReplacementCharacterWrittenInTheTableIsText() {
    TableContent content = read("t.tsv", "\uFEFFCode\tMessage\nA\tbad \uFFFD byte\n");
    assertFalse(content.hasErrors(), () -> content.problems().toString());
    assertEquals("A", content.rows().get(0).code());
    assertEquals("bad \uFFFD byte", content.rows().get(0).message());
  }

  @Test
  void invalidUtf8NamesTheByteOffsetAndLine() {
    byte[] content = "Code\tMessage\nA\t".getBytes(StandardCharsets.UTF_8);
    byte[] gbk = {(byte) 0xC4, (byte) 0xE3, '\n'};
    byte[] all = new byte[content.length + gbk.length];
    System.arraycopy(content, 0, all, 0, content.length);
    System.arraycopy(gbk, 0, all, content.length, gbk.length);
    Problem problem = onlyError(read("t.tsv", all));
    assertEquals(
        "t.tsv:2: invalid UTF-8 at byte offset 15 (byte 0xC4): save the table as UTF-8",
        problem.toString());
  }

  @Test
  void binaryGarbage() {
    byte[] garbage = new byte[100_000];
    new Random(42).nextBytes(garbage);
    onlyError(read("t.md", garbage));
    byte[] noNul = garbage.clone();
    for (int i = 0; i < noNul.length; i++) {
      noNul[i] = (byte) (noNul[i] == 0 ? 1 : noNul[i]);
    }
    onlyError(read("t.bin", noNul));
  }

  @Test
  void emptyAndBlankFiles() {
    assertEquals("t.md: the table file is empty", onlyError(read("t.md", new byte[0])).toString());
    onlyError(read("t.tsv", "\n\n  \n"));
    onlyError(read("t.md", "\uFEFF"));
  }

  @Test
  void onlyAHeaderInEachFormat() {
    for (String file : new String[] {"t.tsv", "t.csv", "t.md"}) {
      TableContent content =
          read(
              file,
              file.endsWith("csv")
                  ? "Code,Message\n"
                  : file.endsWith("tsv") ? "Code\tMessage\n" : "| Code | Message |\n");
      assertTrue(
          onlyError(content)
              .toString()
              .startsWith(file + ":1: the error table has a header but no rows"),
          file);
    }
  }

  @Test
  void proseWithoutAnyTable() {
    Problem problem = onlyError(read("t.md", "Just some words.\nAnd more.\n"));
    assertTrue(problem.message().contains("no table found"), problem::message);
  }

  @Test
  void nullArgumentsAreProblemsToo() {
    onlyError(TableReader.read(null, null, null));
  }

  @Test
  void deeplyNestedBlockquotesAndLongRunsOfPipes() {
    String quotes = "> ".repeat(10_000);
    TableContent content =
        read(
            "t.md",
            quotes + "| Code | Message |\n" + quotes + "| A | a |\n" + "|".repeat(100_000) + "\n");
    assertEquals("A", content.rows().get(0).code());
  }

  @Test
  void anUnterminatedContinuationDoesNotSwallowThePageQuadratically() {
    String prose =
        IntStream.range(0, 20_000)
            .mapToObj(i -> "prose line " + i)
            .collect(Collectors.joining("\n"));
    TableContent[] content = new TableContent[1];
    assertTimeoutPreemptively(
        Duration.ofSeconds(10),
        () ->
            content[0] =
                read("t.md", "Code | Message | Solution |\nA | open cell\n" + prose + "\n"));
    assertEquals(1, content[0].rows().size());
  }
}
