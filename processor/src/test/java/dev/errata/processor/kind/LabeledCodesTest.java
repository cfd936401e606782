package dev.errata.processor.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Measures the classifier against codes labelled by hand, each table classified as a table (so that
 * the weight of a status follows how the table uses it), and prints per provider how often kind and
 * retryable agree:
 *
 * <ul>
 *   <li>the seeds: codes of the four tables errata ships, {@code kind/labels.tsv}, classified with
 *       the status counts of their whole table in {@code spec-tables};
 *   <li>the corpus: one TSV a provider's table in {@code kind/corpus/}, split by provider into a
 *       tuning part and a test part ({@code kind/corpus/split.tsv}). Misses are printed for the
 *       seeds and the tuning part only: the test part shows its totals, so that no rule is written
 *       for it.
 * </ul>
 *
 * {@code mvn -B -q -pl processor -am test -Dtest=LabeledCodesTest
 * -Dsurefire.failIfNoSpecifiedTests=false} prints the tables, and writes every row's label and
 * classification, with what the rules alone and the model alone said, to {@code
 * processor/target/labeled-codes.tsv}; {@code held-out-codes.tsv} beside it has the same for each
 * tuning code classified with a model that never saw its provider.
 */
class LabeledCodesTest {
  private static final Path RESOURCES = Path.of("src", "test", "resources", "kind");
  private static final Path CORPUS = RESOURCES.resolve("corpus");
  private static final Path SEED_TABLES =
      Path.of("..", "spec-tables", "src", "main", "resources", "errata", "tables");
  private static final Map<String, String> SEED_FILES =
      Map.of(
          "000",
          "idc-hosting.tsv",
          "001",
          "huawei-cbc.md",
          "002",
          "alibaba-ens.md",
          "003",
          "huawei-ecs.md");
  private static final CSVFormat TSV =
      CSVFormat.TDF.builder().setQuote(null).setHeader().setSkipHeaderRecord(true).get();

  enum Part {
    SEEDS,
    TUNE,
    TEST
  }

  record Labeled(TableRow row, ErrorKind kind, boolean retryable) {}

  record Table(Part part, String provider, TableStatuses statuses, List<Labeled> labeled) {}

  /** How one table fared. */
  private record Score(
      Table table,
      int kinds,
      int retries,
      List<String> misses,
      List<String> results,
      List<Verdict> verdicts) {
    double kindShare() {
      return 100.0 * kinds / table.labeled().size();
    }

    double retryShare() {
      return 100.0 * retries / table.labeled().size();
    }
  }

  /** What both, the rules alone and a model alone say of a labelled row, classified once. */
  private record Verdict(
      Labeled labeled, Classification both, Classification rules, Optional<KindModel.Guess> guess) {
    static Verdict of(Labeled l, TableStatuses statuses, KindModel model) {
      return new Verdict(
          l,
          KindClassifier.classify(l.row(), KindRule.NONE, statuses, model),
          KindClassifier.classify(l.row(), KindRule.NONE, statuses, null),
          model.guess(l.row(), statuses));
    }

    /** The columns of what the rules alone and the model alone said, for a TSV row. */
    String rulesAndModel() {
      return String.join(
          "\t",
          rules.kind().name(),
          rules.kindEvidence(),
          guess.map(g -> g.kind().name()).orElse("-"),
          guess.map(g -> String.valueOf(g.probability())).orElse("0"));
    }
  }

  private static List<Table> tables;
  private static Map<Part, List<Score>> scores;

  /** Each tuning code classified with a model that never saw its provider, as rows of a TSV. */
  private static final List<String> heldOutRows = new ArrayList<>();

  /** Kinds right, in percent, of the tuning codes classified with their group held out. */
  private static double heldOutShare;

  /** The printed tables, made once: the held-out model part trains a model per provider. */
  private static String printed;

  @BeforeAll
  static void classifyEveryTable() throws IOException {
    tables = new ArrayList<>();
    tables.addAll(seeds());
    tables.addAll(corpus());
    scores = new LinkedHashMap<>();
    for (Table table : tables) {
      scores.computeIfAbsent(table.part(), p -> new ArrayList<>()).add(score(table));
    }
    printed = report();
    System.out.print(printed);
    List<String> results =
        new ArrayList<>(
            List.of(
                "part\tprovider\tcode\tkind\tclassified\tretryable\tclassifiedRetryable\tevidence"
                    + "\trules\trulesEvidence\tmodel\tprobability"));
    scores.values().forEach(part -> part.forEach(s -> results.addAll(s.results())));
    Files.createDirectories(Path.of("target"));
    Files.write(Path.of("target", "labeled-codes.tsv"), results, StandardCharsets.UTF_8);
    heldOutRows.add(
        0, "provider\tcode\tkind\tclassified\tevidence\trules\trulesEvidence\tmodel\tprobability");
    Files.write(Path.of("target", "held-out-codes.tsv"), heldOutRows, StandardCharsets.UTF_8);
  }

  private static List<Table> seeds() throws IOException {
    Map<String, List<Labeled>> bySeed = new TreeMap<>();
    try (Reader in =
        Files.newBufferedReader(RESOURCES.resolve("labels.tsv"), StandardCharsets.UTF_8)) {
      for (CSVRecord r : TSV.parse(in)) {
        bySeed
            .computeIfAbsent(r.get("seed"), s -> new ArrayList<>())
            .add(
                new Labeled(
                    row(r),
                    ErrorKind.valueOf(r.get("expectedKind")),
                    Boolean.parseBoolean(r.get("expectedRetryable"))));
      }
    }
    List<Table> seeds = new ArrayList<>();
    for (Map.Entry<String, List<Labeled>> seed : bySeed.entrySet()) {
      String file = SEED_FILES.get(seed.getKey());
      TableContent whole =
          TableReader.read(
              file, Files.readAllBytes(SEED_TABLES.resolve(file)), TableOptions.DEFAULT);
      assertFalse(whole.hasErrors(), file + ": " + whole.problems());
      seeds.add(
          new Table(
              Part.SEEDS,
              seed.getKey() + " " + file,
              TableStatuses.of(whole.rows()),
              seed.getValue()));
    }
    return seeds;
  }

  static List<Table> corpus() throws IOException {
    if (!Files.isDirectory(CORPUS)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> listed = Files.list(CORPUS)) {
      files =
          listed
              .filter(f -> f.toString().endsWith(".tsv") && !f.endsWith("split.tsv"))
              .sorted()
              .toList();
    }
    Map<String, Part> parts =
        split(CORPUS.resolve("split.tsv"), files.stream().map(LabeledCodesTest::provider).toList());
    List<Table> corpus = new ArrayList<>();
    {
      for (Path file : files) {
        String provider = provider(file);
        List<Labeled> labeled = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          for (CSVRecord r : TSV.parse(in)) {
            labeled.add(
                new Labeled(
                    row(r),
                    ErrorKind.valueOf(r.get("kind").trim().toUpperCase(Locale.ROOT)),
                    Boolean.parseBoolean(r.get("retryable").trim())));
          }
        }
        List<TableRow> rows = labeled.stream().map(Labeled::row).toList();
        corpus.add(
            new Table(
                parts.getOrDefault(provider, Part.TEST),
                provider,
                TableStatuses.of(rows),
                labeled));
      }
    }
    return corpus;
  }

  private static String provider(Path file) {
    return file.getFileName().toString().replaceFirst("\\.tsv$", "");
  }

  /**
   * Which part each table is in, from {@code split.tsv} ({@code provider part}): a table file is
   * named {@code <provider>-<product>.tsv}. A table the split does not place counts as test, so
   * that nothing is tuned on it by mistake.
   */
  private static Map<String, Part> split(Path splitFile, List<String> tables) throws IOException {
    Map<String, Part> byProvider = new TreeMap<>();
    try (Reader in = Files.newBufferedReader(splitFile, StandardCharsets.UTF_8)) {
      for (CSVRecord r : TSV.parse(in)) {
        byProvider.put(r.get("provider"), r.get("part").startsWith("tun") ? Part.TUNE : Part.TEST);
      }
    }
    Map<String, Part> parts = new TreeMap<>();
    for (String table : tables) {
      parts.put(table, byProvider.getOrDefault(table.replaceFirst("-.*", ""), Part.TEST));
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
    List<String> results = new ArrayList<>();
    List<Verdict> verdicts = new ArrayList<>();
    for (Labeled l : table.labeled()) {
      Verdict verdict = Verdict.of(l, table.statuses(), KindModel.shipped());
      verdicts.add(verdict);
      Classification c = verdict.both();
      results.add(
          String.join(
              "\t",
              table.part().name(),
              table.provider(),
              l.row().code(),
              l.kind().name(),
              c.kind().name(),
              String.valueOf(l.retryable()),
              String.valueOf(c.retryable()),
              c.kindEvidence(),
              verdict.rulesAndModel()));
      boolean kind = c.kind() == l.kind();
      boolean retry = c.retryable() == l.retryable();
      kinds += kind ? 1 : 0;
      retries += retry ? 1 : 0;
      if (!kind) {
        misses.add(
            String.format(
                "%-22s %s -> %s (%s)", l.row().code(), l.kind(), c.kind(), c.kindEvidence()));
      }
      if (!retry) {
        misses.add(
            String.format(
                "%-22s retryable %s -> %s (%s)",
                l.row().code(), l.retryable(), c.retryable(), c.retryEvidence()));
      }
    }
    return new Score(table, kinds, retries, misses, results, verdicts);
  }

  private static String report() {
    StringBuilder out = new StringBuilder("\nKind and retryable agreement with hand labels\n\n");
    out.append(
        String.format(
            "| part | provider | codes | kind | retryable |%n|---|---|---:|---:|---:|%n"));
    for (Map.Entry<Part, List<Score>> part : scores.entrySet()) {
      int codes = 0;
      int kinds = 0;
      int retries = 0;
      for (Score s : part.getValue()) {
        out.append(
            String.format(
                "| %s | %s | %d | %.1f %% | %.1f %% |%n",
                part.getKey().name().toLowerCase(Locale.ROOT),
                s.table().provider(),
                s.table().labeled().size(),
                s.kindShare(),
                s.retryShare()));
        codes += s.table().labeled().size();
        kinds += s.kinds();
        retries += s.retries();
      }
      out.append(
          String.format(
              "| %s | **all** | %d | %.1f %% | %.1f %% |%n",
              part.getKey().name().toLowerCase(Locale.ROOT),
              codes,
              100.0 * kinds / codes,
              100.0 * retries / codes));
    }
    out.append(
        String.format(
            "%nKinds by rules alone, the learned model alone, and both (the model where no rule speaks)%n%n"));
    out.append(String.format("| part | rules | model | both |%n|---|---:|---:|---:|%n"));
    for (Map.Entry<Part, List<Score>> part : scores.entrySet()) {
      int[] counts = new int[4];
      part.getValue().forEach(s -> countAgreement(s.verdicts(), counts));
      out.append(
          String.format(
              "| %s | %.1f %% | %.1f %% | %.1f %% |%n",
              part.getKey().name().toLowerCase(Locale.ROOT),
              100.0 * counts[1] / counts[0],
              100.0 * counts[2] / counts[0],
              100.0 * counts[3] / counts[0]));
    }
    out.append(heldOutProviders());
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

  /** Tuning providers are held out in this many groups, by their place in alphabetical order. */
  private static final int FOLDS = 10;

  /**
   * Each tuning provider classified with a model trained without it and the other providers of its
   * group ({@link #FOLDS}): how the model does on a provider it has not seen, as it does on the
   * test part and on users' tables.
   */
  private static String heldOutProviders() {
    List<Table> tune = tables.stream().filter(t -> t.part() == Part.TUNE).toList();
    Map<String, int[]> byProvider = new TreeMap<>();
    List<String> providers =
        tune.stream().map(LabeledCodesTest::providerOf).distinct().sorted().toList();
    Map<String, Integer> foldOf = new HashMap<>();
    providers.forEach(p -> foldOf.put(p, foldOf.size() % FOLDS));
    List<KindModel> models = new ArrayList<>();
    for (int fold = 0; fold < FOLDS; fold++) {
      KindModel.Trainer trainer = new KindModel.Trainer();
      for (Table other : tune) {
        if (foldOf.get(providerOf(other)) != fold) {
          other.labeled().forEach(l -> trainer.add(l.row(), other.statuses(), l.kind()));
        }
      }
      models.add(KindModel.read(trainer.write()));
    }
    for (Table held : tune) {
      String provider = providerOf(held);
      KindModel model = models.get(foldOf.get(provider));
      List<Verdict> verdicts =
          held.labeled().stream().map(l -> Verdict.of(l, held.statuses(), model)).toList();
      countAgreement(verdicts, byProvider.computeIfAbsent(provider, p -> new int[4]));
      for (Verdict v : verdicts) {
        heldOutRows.add(
            String.join(
                "\t",
                held.provider(),
                v.labeled().row().code(),
                v.labeled().kind().name(),
                v.both().kind().name(),
                v.both().kindEvidence(),
                v.rulesAndModel()));
      }
    }
    StringBuilder out =
        new StringBuilder(
            String.format(
                "%nTuning part, each provider with a model trained without it and its group ("
                    + FOLDS
                    + " groups)%n%n"
                    + "| provider | codes | rules | model | both |%n|---|---:|---:|---:|---:|%n"));
    int[] all = new int[4];
    byProvider.forEach(
        (provider, c) -> {
          out.append(
              String.format(
                  "| %s | %d | %.1f %% | %.1f %% | %.1f %% |%n",
                  provider, c[0], 100.0 * c[1] / c[0], 100.0 * c[2] / c[0], 100.0 * c[3] / c[0]));
          for (int i = 0; i < 4; i++) {
            all[i] += c[i];
          }
        });
    out.append(
        String.format(
            "| **all** | %d | %.1f %% | %.1f %% | %.1f %% |%n",
            all[0], 100.0 * all[1] / all[0], 100.0 * all[2] / all[0], 100.0 * all[3] / all[0]));
    heldOutShare = 100.0 * all[3] / all[0];
    return out.toString();
  }

  /**
   * Adds to {@code counts} the rows and how many of them the rules alone, the model alone and both
   * classify as labelled: {codes, rules, model, both}.
   */
  private static void countAgreement(List<Verdict> verdicts, int[] counts) {
    for (Verdict v : verdicts) {
      ErrorKind label = v.labeled().kind();
      counts[0]++;
      counts[1] += v.rules().kind() == label ? 1 : 0;
      counts[2] += v.guess().map(KindModel.Guess::kind).orElse(ErrorKind.UNKNOWN) == label ? 1 : 0;
      counts[3] += v.both().kind() == label ? 1 : 0;
    }
  }

  /** A table's provider: its file name up to the first dash. */
  private static String providerOf(Table table) {
    return table.provider().replaceFirst("-.*", "");
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
    seeds.forEach(
        t -> assertTrue(t.labeled().size() >= 40, t.provider() + ": " + t.labeled().size()));
  }

  @Test
  void seedsAgreeWithTheLabels() {
    assertTrue(share(Part.SEEDS, true) >= 90.0, printed);
    assertTrue(share(Part.SEEDS, false) >= 98.0, printed);
  }

  /** The figure that says most of a user's table: providers the model was not trained on. */
  @Test
  void heldOutProvidersAgreeWithTheLabels() {
    assertTrue(heldOutShare >= 71.0, printed);
  }

  @Test
  void corpusAgreesWithTheLabels() {
    assertTrue(share(Part.TUNE, true) >= 94.5, printed);
    assertTrue(share(Part.TUNE, false) >= 96.5, printed);
    assertTrue(share(Part.TEST, true) >= 70.5, printed);
    assertTrue(share(Part.TEST, false) >= 95.0, printed);
  }

  /**
   * A row of the corpus README's Files table: file, then, in its last two cells, codes and part.
   */
  private static final Pattern FILES_ROW =
      Pattern.compile(
          "^\\| `([^`]+)\\.tsv` \\|.*\\| (\\d+) \\| (tuning|test) \\|$", Pattern.MULTILINE);

  /** A row of the README's Split table, ending in its tables and codes. */
  private static final Pattern SPLIT_ROW =
      Pattern.compile(
          "^\\| (tuning|tuning, seed providers|test) \\|.*\\| (\\d+) \\| (\\d+) \\|$",
          Pattern.MULTILINE);

  /**
   * The corpus README accounts for every table as the files hold it: a row of the Files table with
   * its codes and part, totals of the Split table that add up, and a provider that {@code
   * split.tsv} places (a table it does not place would count as test without a word).
   */
  @Test
  void corpusReadmeAccountsForEveryTable() throws IOException {
    String readme = Files.readString(CORPUS.resolve("README.md"), StandardCharsets.UTF_8);
    Map<String, String> described = new TreeMap<>();
    for (Matcher row = FILES_ROW.matcher(readme); row.find(); ) {
      described.put(row.group(1), row.group(2) + " codes, " + row.group(3));
    }
    Set<String> placed;
    try (Reader in = Files.newBufferedReader(CORPUS.resolve("split.tsv"), StandardCharsets.UTF_8)) {
      placed = TSV.parse(in).stream().map(r -> r.get("provider")).collect(Collectors.toSet());
    }
    Map<String, String> held = new TreeMap<>();
    int[] totals = new int[4];
    for (Table table : tables.stream().filter(t -> t.part() != Part.SEEDS).toList()) {
      String provider = table.provider().replaceFirst("-.*", "");
      assertTrue(placed.contains(provider), table.provider() + ": provider not in split.tsv");
      boolean tune = table.part() == Part.TUNE;
      held.put(table.provider(), table.labeled().size() + " codes, " + (tune ? "tuning" : "test"));
      totals[tune ? 0 : 2]++;
      totals[tune ? 1 : 3] += table.labeled().size();
    }
    Set<String> files = new TreeSet<>(held.keySet());
    files.addAll(described.keySet());
    List<String> differ =
        files.stream()
            .filter(f -> !Objects.equals(held.get(f), described.get(f)))
            .map(f -> f + ": the file " + held.get(f) + ", the Files table " + described.get(f))
            .toList();
    assertEquals(List.of(), differ, "the Files table of the corpus README");
    int[] stated = new int[4];
    for (Matcher row = SPLIT_ROW.matcher(readme); row.find(); ) {
      int at = row.group(1).equals("test") ? 2 : 0;
      stated[at] += Integer.parseInt(row.group(2));
      stated[at + 1] += Integer.parseInt(row.group(3));
    }
    assertEquals(
        List.of(totals[0], totals[1], totals[2], totals[3]),
        List.of(stated[0], stated[1], stated[2], stated[3]),
        "the Split table of the corpus README: tuning tables, codes, test tables, codes");
  }

  @Test
  void corpusHasBothParts() {
    for (Part part : List.of(Part.TUNE, Part.TEST)) {
      List<Table> of = tables.stream().filter(t -> t.part() == part).toList();
      assertTrue(of.size() >= 5, part + ": " + of.size() + " tables");
    }
  }
}
