package dev.errata.processor.kind;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.ErrorKind;
import dev.errata.processor.model.TableRow;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the classifier against codes of the four provider tables labelled by hand in {@code
 * kind/labels.tsv}, and prints where it disagrees.
 */
class LabeledCodesTest {
  private record Labeled(String seed, TableRow row, ErrorKind kind, boolean retryable, String note) {}

  private static List<Labeled> labels;

  @BeforeAll
  static void readLabels() throws IOException {
    CSVFormat tsv =
        CSVFormat.TDF.builder().setQuote(null).setHeader().setSkipHeaderRecord(true).get();
    labels = new ArrayList<>();
    try (Reader in =
        new InputStreamReader(
            Objects.requireNonNull(LabeledCodesTest.class.getResourceAsStream("/kind/labels.tsv")),
            StandardCharsets.UTF_8)) {
      for (CSVRecord r : tsv.parse(in)) {
        String status = r.get("httpStatus");
        TableRow row =
            new TableRow(
                (int) r.getRecordNumber() + 1,
                status.isEmpty() ? 0 : Integer.parseInt(status),
                r.get("code"),
                r.get("message"),
                r.get("description"),
                r.get("solution"),
                "",
                "");
        labels.add(
            new Labeled(
                r.get("seed"),
                row,
                ErrorKind.valueOf(r.get("expectedKind")),
                Boolean.parseBoolean(r.get("expectedRetryable")),
                r.get("note")));
      }
    }
  }

  @Test
  void labelsCoverEverySeed() {
    Map<String, Integer> perSeed = new TreeMap<>();
    labels.forEach(l -> perSeed.merge(l.seed(), 1, Integer::sum));
    assertTrue(labels.size() >= 150, "labelled codes: " + labels.size());
    for (String seed : List.of("000", "001", "002", "003")) {
      assertTrue(perSeed.getOrDefault(seed, 0) >= 40, "labelled codes per seed: " + perSeed);
    }
  }

  @Test
  void kindAgreesWithAtLeastNinetyPercentOfLabels() {
    Map<String, List<String>> confusion = new TreeMap<>();
    int agreed = 0;
    for (Labeled l : labels) {
      Classification c = KindClassifier.classify(l.row(), KindRule.NONE);
      if (c.kind() == l.kind()) {
        agreed++;
      } else {
        confusion
            .computeIfAbsent(l.kind() + " -> " + c.kind(), k -> new ArrayList<>())
            .add(l.seed() + ":" + l.row().code() + " (" + c.kindEvidence() + ")");
      }
    }
    double accuracy = 100.0 * agreed / labels.size();
    StringBuilder report = new StringBuilder();
    report.append(String.format("kind agreement: %d/%d = %.1f%%%n", agreed, labels.size(), accuracy));
    confusion.forEach(
        (pair, codes) ->
            report.append(String.format("  %-40s %3d  %s%n", pair, codes.size(), String.join(", ", codes))));
    System.out.print(report);
    assertTrue(accuracy >= 90.0, report.toString());
  }

  @Test
  void retryableAgreesWithAtLeastNinetyPercentOfLabels() {
    int agreed = 0;
    List<String> disagreeing = new ArrayList<>();
    for (Labeled l : labels) {
      Classification c = KindClassifier.classify(l.row(), KindRule.NONE);
      if (c.retryable() == l.retryable()) {
        agreed++;
      } else {
        disagreeing.add(
            l.seed() + ":" + l.row().code() + " expected " + l.retryable() + " (" + c.retryEvidence() + ")");
      }
    }
    double accuracy = 100.0 * agreed / labels.size();
    String report =
        String.format("retryable agreement: %d/%d = %.1f%%%n  ", agreed, labels.size(), accuracy)
            + String.join("\n  ", disagreeing);
    System.out.println(report);
    assertTrue(accuracy >= 90.0, report);
  }
}
