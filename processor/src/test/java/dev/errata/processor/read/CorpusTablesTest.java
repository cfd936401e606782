package dev.errata.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errata.processor.model.TableContent;
import dev.errata.processor.model.TableOptions;
import dev.errata.processor.model.TableRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The real tables of {@code read/corpus/}, each read as the processor reads it and compared with
 * the codes and texts a careful reader counted ({@code expected/<file>.tsv}, made without running
 * the reader): every expected code found, no other code, and each code's message (its description
 * when the message is empty) equal to the expected text, white space collapsed.
 */
class CorpusTablesTest {
  private static final Path CORPUS = Path.of("src/test/resources/read/corpus");

  record Outcome(
      String file,
      String format,
      String language,
      int expected,
      int read,
      int found,
      int extra,
      int textsExact,
      List<String> differences) {
    boolean exact() {
      return found == expected && extra == 0 && textsExact == expected;
    }
  }

  @Test
  void everyTableReadsToItsExpectedCodesAndTexts() throws IOException {
    Map<String, String[]> described = describedInReadme();
    List<Outcome> outcomes = new ArrayList<>();
    try (Stream<Path> files = Files.list(CORPUS.resolve("expected"))) {
      for (Path expectedFile : files.sorted().toList()) {
        String file = expectedFile.getFileName().toString().replaceFirst("\\.tsv$", "");
        String[] description = described.getOrDefault(file, new String[] {"?", "?"});
        outcomes.add(outcome(file, description[0], description[1], expectedFile));
      }
    }
    print(outcomes);
    List<String> inexact = new ArrayList<>();
    for (Outcome outcome : outcomes) {
      if (!outcome.exact()) {
        inexact.add(
            outcome.file()
                + ": "
                + String.join(
                    "; ",
                    outcome.differences().subList(0, Math.min(5, outcome.differences().size()))));
      }
    }
    assertEquals(List.of(), inexact, "tables not read exactly");
  }

  private static Outcome outcome(String file, String format, String language, Path expectedFile)
      throws IOException {
    Map<String, String> expected = new LinkedHashMap<>();
    List<String> lines = Files.readAllLines(expectedFile, StandardCharsets.UTF_8);
    for (String line : lines.subList(1, lines.size())) {
      if (!line.isEmpty()) {
        int tab = line.indexOf('\t');
        expected.putIfAbsent(
            tab < 0 ? line : line.substring(0, tab),
            tab < 0 ? "" : collapse(line.substring(tab + 1)));
      }
    }
    TableContent content =
        TableReader.read(file, Files.readAllBytes(CORPUS.resolve(file)), TableOptions.DEFAULT);
    Map<String, String> read = new LinkedHashMap<>();
    for (TableRow row : content.rows()) {
      read.putIfAbsent(
          row.code(), collapse(row.message().isEmpty() ? row.description() : row.message()));
    }
    List<String> differences = new ArrayList<>();
    content.problems().stream()
        .filter(problem -> problem.isError())
        .forEach(problem -> differences.add(problem.toString()));
    int found = 0;
    int textsExact = 0;
    for (Map.Entry<String, String> code : expected.entrySet()) {
      if (read.containsKey(code.getKey())) {
        found++;
        if (read.get(code.getKey()).equals(code.getValue())) {
          textsExact++;
        } else {
          differences.add(
              code.getKey()
                  + " text \""
                  + read.get(code.getKey())
                  + "\" expected \""
                  + code.getValue()
                  + "\"");
        }
      } else {
        differences.add("missing " + code.getKey());
      }
    }
    int extra = 0;
    for (String code : read.keySet()) {
      if (!expected.containsKey(code)) {
        extra++;
        differences.add("extra " + code);
      }
    }
    return new Outcome(
        file,
        format,
        language,
        expected.size(),
        read.size(),
        found,
        extra,
        textsExact,
        differences);
  }

  private static String collapse(String text) {
    return text.replaceAll("[\\s\\u00A0\\u3000]+", " ").strip();
  }

  /** File name to format and language, from the corpus README's table. */
  private static Map<String, String[]> describedInReadme() throws IOException {
    Map<String, String[]> described = new LinkedHashMap<>();
    for (String line : Files.readAllLines(CORPUS.resolve("README.md"), StandardCharsets.UTF_8)) {
      if (line.startsWith("| `")) {
        String[] cells = line.split("(?<!\\\\)\\|");
        if (cells.length > 6) {
          String file = cells[1].strip().replace("`", "");
          String format = cells[4].strip();
          described.put(
              file,
              new String[] {
                format.length() > 28 ? format.substring(0, 28) + "…" : format, cells[5].strip()
              });
        }
      }
    }
    return described;
  }

  private static void print(List<Outcome> outcomes) {
    String row = "| %-44s | %-29s | %-8s | %8s | %4s | %5s | %5s | %11s |%n";
    System.out.printf(
        row, "file", "format", "language", "expected", "read", "found", "extra", "texts exact");
    System.out.printf(row, "---", "---", "---", "---:", "---:", "---:", "---:", "---:");
    int expected = 0;
    int found = 0;
    int extra = 0;
    int texts = 0;
    int exact = 0;
    for (Outcome outcome : outcomes) {
      System.out.printf(
          row,
          outcome.file(),
          outcome.format(),
          outcome.language(),
          outcome.expected(),
          outcome.read(),
          outcome.found(),
          outcome.extra(),
          outcome.textsExact());
      expected += outcome.expected();
      found += outcome.found();
      extra += outcome.extra();
      texts += outcome.textsExact();
      exact += outcome.exact() ? 1 : 0;
    }
    System.out.printf(
        "%d tables, %d exact; codes: %d expected, %d found (%.1f %%), %d extra (%.1f %%), %d texts exact (%.1f %%)%n",
        outcomes.size(),
        exact,
        expected,
        found,
        100.0 * found / expected,
        extra,
        100.0 * extra / expected,
        texts,
        100.0 * texts / expected);
  }
}
