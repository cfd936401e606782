package dev.errata.processor.kind;

import dev.errata.ErrorKind;
import dev.errata.processor.model.TableRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A small naive Bayes model over the words of a row: it decides rows that no rule speaks for
 * ({@code pickup_card}, {@code invoice_not_editable}) and, when nearly sure, overrules weak
 * evidence ({@link KindClassifier}). It counts, for each kind, how often each word occurred in
 * hand-labelled tables; the counts ship as {@code kind-model.tsv} and are trained by {@code
 * KindModelTest} from the tuning part of the labelled corpus, so every build gives the same
 * answers.
 *
 * <p>A row's features are the words of its code, marked as the last segment's ({@code code:card})
 * or an earlier one's ({@code head:payment}), the words of message and description ({@code
 * text:issuer}, each pair of adjacent words too ({@code text:not_found}, so that "not supported"
 * and "supported" differ), pairs of CJK characters as words), and its status with whether the table
 * gives it to most of its codes ({@code status:403:common}).
 */
public final class KindModel {
  static final String RESOURCE = "kind-model.tsv";

  /**
   * A guess counts only when one of the row's words is at least this much more likely (as a natural
   * logarithm: twice) for the kind than for the others on average; common words ("the", "error")
   * say nothing. Chosen on the tuning part.
   */
  static final double LEAST_LIFT = StrictMath.log(2);

  /**
   * Features seen fewer times than this in training are left out of the model: kept, they made it
   * no better on providers it was not trained on and four times the size.
   */
  static final int LEAST_COUNT = 3;

  private static final ErrorKind[] KINDS = ErrorKind.values();

  /** The kinds the labelled tables hold, in {@link ErrorKind} order. */
  private final List<ErrorKind> labelledKinds;

  /** Labelled codes of each kind, by ordinal. */
  private final int[] codesByKind;

  /** For each feature, how often it occurred in codes of each kind, by ordinal. */
  private final Map<String, int[]> counts;

  /** Features counted for each kind, by ordinal. */
  private final int[] featuresByKind = new int[KINDS.length];

  private final int codes;

  private KindModel(Map<ErrorKind, Integer> codesByKind, Map<String, int[]> counts) {
    this.labelledKinds = List.copyOf(codesByKind.keySet());
    this.codesByKind = new int[KINDS.length];
    codesByKind.forEach((kind, n) -> this.codesByKind[kind.ordinal()] = n);
    this.counts = counts;
    this.codes = codesByKind.values().stream().mapToInt(Integer::intValue).sum();
    for (int[] byKind : counts.values()) {
      for (int k = 0; k < byKind.length; k++) {
        featuresByKind[k] += byKind[k];
      }
    }
  }

  private static final class Shipped {
    static final KindModel MODEL = load();

    private static KindModel load() {
      try (InputStream in = KindModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          return new KindModel(new EnumMap<>(ErrorKind.class), Map.of());
        }
        return read(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** The model shipped with the processor. */
  public static KindModel shipped() {
    return Shipped.MODEL;
  }

  /** What the model says of a row, and the words that said it most. */
  public record Guess(ErrorKind kind, double probability, List<String> because) {}

  /**
   * The kind of highest probability, or empty when none of the row's words is known to the model
   * (its status alone says nothing the rules have not weighed).
   */
  public Optional<Guess> guess(TableRow row, TableStatuses statuses) {
    List<String> known = new ArrayList<>();
    for (String feature : features(row, statuses)) {
      if (counts.containsKey(feature)) {
        known.add(feature);
      }
    }
    if (codes == 0 || known.stream().allMatch(f -> f.startsWith("status:"))) {
      return Optional.empty();
    }
    // Each feature's log-likelihood for each labelled kind, taken once: the score, the lift and the
    // words named as the reason all read them.
    double[][] likelihoods = new double[known.size()][];
    for (int f = 0; f < known.size(); f++) {
      int[] byKind = counts.get(known.get(f));
      double[] ll = new double[KINDS.length];
      for (ErrorKind kind : labelledKinds) {
        ll[kind.ordinal()] = logLikelihood(byKind, kind);
      }
      likelihoods[f] = ll;
    }
    ErrorKind best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    double[] scores = new double[KINDS.length];
    for (ErrorKind kind : labelledKinds) {
      double score = StrictMath.log((double) codesByKind[kind.ordinal()] / codes);
      for (double[] ll : likelihoods) {
        score += ll[kind.ordinal()];
      }
      scores[kind.ordinal()] = score;
      if (score > bestScore) {
        bestScore = score;
        best = kind;
      }
    }
    double total = 0;
    for (ErrorKind kind : labelledKinds) {
      total += StrictMath.exp(scores[kind.ordinal()] - bestScore);
    }
    Map<String, Double> lifts = new HashMap<>();
    double highestLift = Double.NEGATIVE_INFINITY;
    for (int f = 0; f < known.size(); f++) {
      double lift = lift(likelihoods[f], best);
      lifts.putIfAbsent(known.get(f), lift);
      highestLift = Math.max(highestLift, lift);
    }
    if (highestLift < LEAST_LIFT) {
      return Optional.empty();
    }
    List<String> because =
        known.stream()
            .filter(f -> !f.startsWith("status:"))
            .distinct()
            .sorted((a, b) -> Double.compare(lifts.get(b), lifts.get(a)))
            .limit(2)
            .map(f -> f.substring(f.indexOf(':') + 1).replace('_', ' '))
            .toList();
    return Optional.of(new Guess(best, 1 / total, because));
  }

  private double logLikelihood(int[] byKind, ErrorKind kind) {
    int n = byKind[kind.ordinal()];
    return StrictMath.log((n + 1.0) / (featuresByKind[kind.ordinal()] + counts.size()));
  }

  /**
   * How much more a feature, by its log-likelihoods, speaks for {@code kind} than for the other
   * kinds on average.
   */
  private double lift(double[] likelihoods, ErrorKind kind) {
    double others = 0;
    int kinds = 0;
    for (ErrorKind other : labelledKinds) {
      if (other != kind) {
        others += likelihoods[other.ordinal()];
        kinds++;
      }
    }
    return likelihoods[kind.ordinal()] - (kinds == 0 ? 0 : others / kinds);
  }

  /** The features of a row, in a fixed order; a word that occurs twice counts twice. */
  static List<String> features(TableRow row, TableStatuses statuses) {
    List<String> features = new ArrayList<>();
    List<String> segments = ScannedText.codeSegments(row.code());
    for (int s = 0; s < segments.size(); s++) {
      String tag = s == segments.size() - 1 ? "code:" : "head:";
      words(ScannedText.ofCode(segments.get(s)), tag, features);
    }
    words(ScannedText.of(row.message()), "text:", features);
    words(ScannedText.of(row.description()), "text:", features);
    if (row.httpStatus() != 0) {
      features.add(
          "status:"
              + row.httpStatus()
              + (statuses.isCommon(row.httpStatus()) ? ":common" : ":rare"));
    }
    return features;
  }

  private static void words(ScannedText text, String tag, List<String> features) {
    String previous = null;
    for (int i = 0; i < text.size(); i++) {
      String word = text.word(i);
      if (!Character.isDigit(word.charAt(0))) {
        features.add(tag + word);
        if (previous != null) {
          features.add(tag + previous + "_" + word);
        }
        previous = word;
      } else {
        previous = null;
      }
    }
    if (text.hasCjk()) {
      String t = text.text();
      for (int i = 0; i + 1 < t.length(); i++) {
        if (isCjkLetter(t.charAt(i)) && isCjkLetter(t.charAt(i + 1))) {
          features.add(tag + t.substring(i, i + 2));
        }
      }
    }
  }

  private static boolean isCjkLetter(char c) {
    return c >= 0x2E80 && Character.isLetter(c);
  }

  /** Counts features of labelled rows into a model, the same whatever the order of the rows. */
  public static final class Trainer {
    private final Map<ErrorKind, Integer> codesByKind = new EnumMap<>(ErrorKind.class);
    private final Map<String, Map<ErrorKind, Integer>> counts = new TreeMap<>();

    public void add(TableRow row, TableStatuses statuses, ErrorKind kind) {
      codesByKind.merge(kind, 1, Integer::sum);
      for (String feature : features(row, statuses)) {
        counts
            .computeIfAbsent(feature, f -> new EnumMap<>(ErrorKind.class))
            .merge(kind, 1, Integer::sum);
      }
    }

    /** The model as the resource holds it: one line a kind, then one line a feature, sorted. */
    public String write() {
      StringBuilder out = new StringBuilder();
      out.append(
          "# naive Bayes counts for dev.errata.processor.kind.KindModel; written by KindModelTest\n");
      codesByKind.forEach(
          (kind, n) -> out.append("kind\t").append(kind).append('\t').append(n).append('\n'));
      counts.forEach(
          (feature, byKind) -> {
            if (byKind.values().stream().mapToInt(Integer::intValue).sum() < LEAST_COUNT) {
              return;
            }
            out.append("feature\t").append(feature);
            byKind.forEach((kind, n) -> out.append('\t').append(kind).append('=').append(n));
            out.append('\n');
          });
      return out.toString();
    }
  }

  /**
   * The model {@link Trainer#write} wrote. Read on every processor run, so each line is taken apart
   * by position rather than split into strings: a cold JVM reads its 15,000 lines in half the time.
   */
  static KindModel read(String resource) {
    Map<ErrorKind, Integer> codesByKind = new EnumMap<>(ErrorKind.class);
    Map<String, int[]> counts = new HashMap<>();
    int start = 0;
    while (start < resource.length()) {
      int lineEnd = resource.indexOf('\n', start);
      if (lineEnd < 0) {
        lineEnd = resource.length();
      }
      int end = lineEnd > start && resource.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      int tab = resource.indexOf('\t', start);
      if (tab > 0 && tab < end) {
        if (resource.startsWith("kind\t", start)) {
          int next = resource.indexOf('\t', tab + 1);
          codesByKind.put(
              kindAt(resource, tab + 1, next), Integer.parseInt(resource, next + 1, end, 10));
        } else if (resource.startsWith("feature\t", start)) {
          int cell = resource.indexOf('\t', tab + 1);
          if (cell < 0 || cell > end) {
            cell = end;
          }
          String feature = resource.substring(tab + 1, cell);
          int[] byKind = new int[KINDS.length];
          while (cell < end) {
            int eq = resource.indexOf('=', cell + 1);
            int next = resource.indexOf('\t', eq);
            if (next < 0 || next > end) {
              next = end;
            }
            byKind[kindAt(resource, cell + 1, eq).ordinal()] =
                Integer.parseInt(resource, eq + 1, next, 10);
            cell = next;
          }
          counts.put(feature, byKind);
        }
      }
      start = lineEnd + 1;
    }
    return new KindModel(codesByKind, counts);
  }

  /** The kind whose name is the text between {@code from} and {@code to}. */
  private static ErrorKind kindAt(String text, int from, int to) {
    for (ErrorKind kind : KINDS) {
      String name = kind.name();
      if (name.length() == to - from && text.startsWith(name, from)) {
        return kind;
      }
    }
    throw new IllegalArgumentException("no kind: " + text.substring(from, to));
  }
}
