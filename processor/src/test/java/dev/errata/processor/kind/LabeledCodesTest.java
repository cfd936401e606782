package dev.errata.processor.kind;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.ErrorKind;
import dev.errata.processor.model.TableContent;
import dev.errata.processor.model.TableOptions;
import dev.errata.processor.model.TableRow;
import dev.errata.processor.read.TableReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the classifier against codes labelled by hand, each table classified as a table (so
 * that the weight of a status follows how the table uses it), and prints per provider how often
 * kind and retryable agree:
 *
 * <ul>
 *   <li>the seeds: codes of the four tables errata ships, {@code kind/labels.tsv}, classified with
 *       the status counts of their whole table in {@code spec-tables};
 *   <li>the corpus: one TSV a provider's table in {@code kind/corpus/}, split by provider into a
 *       tuning part and a test part ({@code kind/corpus/README.md}). Misses are printed for the
 *       seeds and the tuning part only: the test part shows its totals, so that no rule is written
 *       for it.
 * </ul>
 *
 * {@code mvn -B -q -pl processor -am test -Dtest=LabeledCodesTest -Dsurefire.failIfNoSpecifiedTests=false}
 * prints the tables.
 */
class LabeledCodesTest {
  private static final Path RESOURCES = Path.of("src", "test", "resources", "kind");
  private static final Path CORPUS = RESOURCES.resolve("corpus");
  private static final Path SEED_TABLES = Path.of("..", "spec-tables", "src", "main", "resources", "errata", "tables");
  private static final Map<String, String> SEED_FILES =
      Map.of("000", "idc-hosting.tsv", "001", "huawei-cbc.md", "002", "alibaba-ens.md", "003", "huawei-ecs.md");
  private static final CSVFormat TSV =
      CSVFormat.TDF.builder().setQuote(null).setHeader().setSkipHeaderRecord(true).get();

  enum Part {
    SEEDS,
    TUNE,
    TEST
  }

  private record Labeled(TableRow row, ErrorKind kind, boolean retryable) {}

  private record Table(Part part, String provider, TableStatuses statuses, List<Labeled> labeled) {}

  /** How one table fared. */
  private record Score(Table table, int kinds, int retries, List<String> misses) {
    double kindShare() {
      return 100.0 * kinds / table.labeled().size();
    }

    double retryShare() {
      return 100.0 * retries / table.labeled().size();
    }
  }

  private static List<Table> tables;
  private static Map<Part, List<Score>> scores;

  @BeforeAll
  static void classifyEveryTable() throws IOException {
    tables = new ArrayList<>();
    tables.addAll(seeds());
    tables.addAll(corpus());
    scores = new LinkedHashMap<>();
    for (Table table : tables) {
      scores.computeIfAbsent(table.part(), p -> new ArrayList<>()).add(score(table));
    }
    System.out.print(report());
  }

  private static List<Table> seeds() throws IOException {
    Map<String, List<Labeled>> bySeed = new TreeMap<>();
    try (Reader in = Files.newBufferedReader(RESOURCES.resolve("labels.tsv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r : TSV.parse(in)) {
        bySeed
            .computeIfAbsent(r.get("seed"), s -> new ArrayList<>())
            .add(new Labeled(
                row(r), ErrorKind.valueOf(r.get("expectedKind")), Boolean.parseBoolean(r.get("expectedRetryable"))));
      }
    }
    List<Table> seeds = new ArrayList<>();
    for (Map.Entry<String, List<Labeled>> seed : bySeed.entrySet()) {
      String file = SEED_FILES.get(seed.getKey());
      TableContent whole =
          TableReader.read(file, Files.readAllBytes(SEED_TABLES.resolve(file)), TableOptions.DEFAULT);
      assertFalse(whole.hasErrors(), file + ": " + whole.problems());
      seeds.add(new Table(Part.SEEDS, seed.getKey() + " " + file, TableStatuses.of(whole.rows()), seed.getValue()));
    }
    return seeds;
  }

  private static List<Table> corpus() throws IOException {
    if (!Files.isDirectory(CORPUS)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> listed = Files.list(CORPUS)) {
      files = listed.filter(f -> f.toString().endsWith(".tsv")).sorted().toList();
    }
    Map<String, Part> parts =
        split(CORPUS.resolve("README.md"), files.stream().map(LabeledCodesTest::provider).toList());
    List<Table> corpus = new ArrayList<>();
    {
      for (Path file : files) {
        String provider = provider(file);
        List<Labeled> labeled = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          for (CSVRecord r : TSV.parse(in)) {
            labeled.add(new Labeled(
                row(r),
                ErrorKind.valueOf(r.get("kind").trim().toUpperCase(Locale.ROOT)),
                Boolean.parseBoolean(r.get("retryable").trim())));
          }
        }
        List<TableRow> rows = labeled.stream().map(Labeled::row).toList();
        corpus.add(new Table(parts.getOrDefault(provider, Part.TEST), provider, TableStatuses.of(rows), labeled));
      }
    }
    return corpus;
  }

  private static String provider(Path file) {
    return file.getFileName().toString().replaceFirst("\\.tsv$", "");
  }

  /**
   * Which part each provider is in, from the corpus README: a provider named on a line that says
   * "tune" or "test" is in that part, else in the part of the heading above it. A provider the
   * README does not place counts as test, so that nothing is tuned on it by mistake.
   */
  private static Map<String, Part> split(Path readme, List<String> providers) throws IOException {
    Map<String, Part> parts = new TreeMap<>();
    if (!Files.exists(readme)) {
      return parts;
    }
    Part section = null;
    for (String line : Files.readAllLines(readme, StandardCharsets.UTF_8)) {
      String lower = line.toLowerCase(Locale.ROOT);
      Part said = lower.contains("tun") ? Part.TUNE : lower.contains("test") ? Part.TEST : null;
      if (lower.startsWith("#")) {
        section = said;
        continue;
      }
      for (String provider : providers) {
        if (lower.matches(".*(?<![a-z0-9-])" + java.util.regex.Pattern.quote(provider) + "(?![a-z0-9-]).*")) {
          Part part = said != null ? said : section;
          if (part != null) {
            parts.putIfAbsent(provider, part);
          }
        }
      }
    }
    return parts;
  }

  private static TableRow row(CSVRecord r) {
    String status = r.get("httpStatus").trim();
    return new TableRow(
        (int) r.getRecordNumber() + 1,
        status.matches("[0-9]{1,3}") ? Integer.parseInt(status) : 0,
        r.get("code"),
        r.get("message"),
        r.get("description"),
        r.get("solution"),
        "",
        "");
  }

  private static Score score(Table table) {
    int kinds = 0;
    int retries = 0;
    List<String> misses = new ArrayList<>();
    for (Labeled l : table.labeled()) {
      Classification c = KindClassifier.classify(l.row(), KindRule.NONE, table.statuses());
      boolean kind = c.kind() == l.kind();
      boolean retry = c.retryable() == l.retryable();
      kinds += kind ? 1 : 0;
      retries += retry ? 1 : 0;
      if (!kind) {
        misses.add(String.format("%-22s %s -> %s (%s)", l.row().code(), l.kind(), c.kind(), c.kindEvidence()));
      }
      if (!retry) {
        misses.add(String.format("%-22s retryable %s -> %s (%s)", l.row().code(), l.retryable(), c.retryable(), c.retryEvidence()));
      }
    }
    return new Score(table, kinds, retries, misses);
  }

  private static String report() {
    StringBuilder out = new StringBuilder("\nKind and retryable agreement with hand labels\n\n");
    out.append(String.format("| part | provider | codes | kind | retryable |%n|---|---|---:|---:|---:|%n"));
    for (Map.Entry<Part, List<Score>> part : scores.entrySet()) {
      int codes = 0;
      int kinds = 0;
      int retries = 0;
      for (Score s : part.getValue()) {
        out.append(String.format("| %s | %s | %d | %.1f %% | %.1f %% |%n",
            part.getKey().name().toLowerCase(Locale.ROOT), s.table().provider(), s.table().labeled().size(),
            s.kindShare(), s.retryShare()));
        codes += s.table().labeled().size();
        kinds += s.kinds();
        retries += s.retries();
      }
      out.append(String.format("| %s | **all** | %d | %.1f %% | %.1f %% |%n",
          part.getKey().name().toLowerCase(Locale.ROOT), codes, 100.0 * kinds / codes, 100.0 * retries / codes));
    }
    for (Map.Entry<Part, List<Score>> part : scores.entrySet()) {
      if (part.getKey() == Part.TEST) {
        continue;
      }
      for (Score s : part.getValue()) {
        if (!s.misses().isEmpty()) {
          out.append("\n").append(s.table().provider()).append(" misses:\n");
          s.misses().forEach(m -> out.append("  ").append(m).append('\n'));
        }
      }
    }
    return out.toString();
  }

  private static double share(Part part, boolean kind) {
    List<Score> of = scores.getOrDefault(part, List.of());
    int codes = of.stream().mapToInt(s -> s.table().labeled().size()).sum();
    int agreed = of.stream().mapToInt(s -> kind ? s.kinds() : s.retries()).sum();
    return codes == 0 ? 100 : 100.0 * agreed / codes;
  }

  @Test
  void seedLabelsCoverEverySeed() {
    List<Table> seeds = tables.stream().filter(t -> t.part() == Part.SEEDS).toList();
    assertTrue(seeds.size() == 4, "seeds: " + seeds.size());
    seeds.forEach(t -> assertTrue(t.labeled().size() >= 40, t.provider() + ": " + t.labeled().size()));
  }

  @Test
  void seedsAgreeWithTheLabels() {
    assertTrue(share(Part.SEEDS, true) >= 90.0, report());
    assertTrue(share(Part.SEEDS, false) >= 98.0, report());
  }
}
