package dev.errata.processor.kind;

import dev.errata.ErrorKind;
import dev.errata.processor.model.TableRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A small logistic regression over the words of a row: it decides rows that no rule speaks for
 * ({@code pickup_card}, {@code invoice_not_editable}) and, when sure, overrules weaker evidence
 * ({@link KindClassifier}). For each kind it holds a weight per word, learned from hand-labelled
 * tables; the weights ship as {@code kind-model.tsv} and are trained by {@code KindModelTest} from
 * the tuning part of the labelled corpus, so every build gives the same answers.
 *
 * <p>A row's features are the words of its code, marked as the last segment's ({@code code:card})
 * or an earlier one's ({@code head:payment}), the words of message and description ({@code
 * text:issuer}, each pair of adjacent words too ({@code text:not_found}, so that "not supported"
 * and "supported" differ), pairs of CJK characters as words), and its status with whether the table
 * gives it to most of its codes ({@code status:403:common}). A feature counts once per row however
 * often it occurs.
 *
 * <p>Logistic regression replaced naive Bayes counts over the same features: on providers it was
 * not trained on it was right more often (on the test part 65 % against 56 % alone), because it
 * weighs words that occur together (a language's grammar, a table's boilerplate) once rather than
 * once per word.
 */
public final class KindModel {
  static final String RESOURCE = "kind-model.tsv";

  /**
   * A guess counts only when one of the row's words weighs at least this much more for the kind
   * than for the others on average; common words ("the", "error") say nothing. On the tuning part
   * 0.5 and 0 did the same.
   */
  static final double LEAST_LIFT = 0.5;

  /**
   * Features seen in fewer rows than this in training are left out of the model: kept, they made it
   * no better on providers it was not trained on and four times the size.
   */
  static final int LEAST_COUNT = 3;

  /** The resource holds weights as integers, in hundredths. */
  private static final double SCALE = 100;

  private static final ErrorKind[] KINDS = ErrorKind.values();

  /** The kinds the labelled tables hold, in {@link ErrorKind} order. */
  private final List<ErrorKind> labelledKinds;

  /** Each kind's bias, by ordinal. */
  private final double[] biases;

  /** For each feature, its weight for each kind, by ordinal. */
  private final Map<String, double[]> weights;

  private KindModel(List<ErrorKind> kinds, double[] biases, Map<String, double[]> weights) {
    this.labelledKinds = kinds.stream().sorted().toList();
    this.biases = biases;
    this.weights = weights;
  }

  private static final class Shipped {
    static final KindModel MODEL = load();

    private static KindModel load() {
      try (InputStream in = KindModel.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          return new KindModel(List.of(), new double[KINDS.length], Map.of());
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
      if (weights.containsKey(feature)) {
        known.add(feature);
      }
    }
    List<String> words = known.stream().filter(f -> !f.startsWith("status:")).toList();
    if (labelledKinds.isEmpty() || words.isEmpty()) {
      return Optional.empty();
    }
    double[] scores = biases.clone();
    for (String feature : known) {
      double[] w = weights.get(feature);
      for (int k = 0; k < KINDS.length; k++) {
        scores[k] += w[k];
      }
    }
    ErrorKind best = null;
    double bestScore = Double.NEGATIVE_INFINITY;
    for (ErrorKind kind : labelledKinds) {
      if (scores[kind.ordinal()] > bestScore) {
        bestScore = scores[kind.ordinal()];
        best = kind;
      }
    }
    double total = 0;
    for (ErrorKind kind : labelledKinds) {
      total += StrictMath.exp(scores[kind.ordinal()] - bestScore);
    }
    Map<String, Double> lifts = new HashMap<>();
    double highestLift = Double.NEGATIVE_INFINITY;
    for (String word : words) {
      double lift = lift(weights.get(word), best);
      lifts.put(word, lift);
      highestLift = Math.max(highestLift, lift);
    }
    if (highestLift < LEAST_LIFT) {
      return Optional.empty();
    }
    List<String> because =
        words.stream()
            .sorted((a, b) -> Double.compare(lifts.get(b), lifts.get(a)))
            .limit(2)
            .map(f -> f.substring(f.indexOf(':') + 1).replace('_', ' '))
            .toList();
    return Optional.of(new Guess(best, 1 / total, because));
  }

  /**
   * How much more a feature weighs for {@code kind} than for the other labelled kinds on average.
   */
  private double lift(double[] w, ErrorKind kind) {
    double others = 0;
    int kinds = 0;
    for (ErrorKind other : labelledKinds) {
      if (other != kind) {
        others += w[other.ordinal()];
        kinds++;
      }
    }
    return w[kind.ordinal()] - (kinds == 0 ? 0 : others / kinds);
  }

  /** The features of a row, each once, in the order they first occur. */
  static List<String> features(TableRow row, TableStatuses statuses) {
    Set<String> features = new LinkedHashSet<>();
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
    return List.copyOf(features);
  }

  private static void words(ScannedText text, String tag, Set<String> features) {
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

  /**
   * Learns a model from labelled rows: multinomial logistic regression with an L2 penalty, fitted
   * by stochastic gradient descent with per-weight step sizes (AdaGrad) over the rows in the order
   * they were added, a fixed number of passes. Plain double arithmetic and {@link StrictMath}: the
   * same rows in the same order give the same weights on every JVM.
   */
  public static final class Trainer {
    /**
     * Passes over the rows. Fewer passes stop short of fitting the tuning part's own wording: of 15
     * to 120 passes, 25 to 40 did best on providers held out (within 14 of 20,397 codes), 60 and
     * 120 worse.
     */
    static final int EPOCHS = 40;

    /** The step size before AdaGrad's scaling. */
    static final double STEP = 0.1;

    /** The inverse of the L2 penalty's strength: each row's step pays 1 / (this × rows) of it. */
    static final double INVERSE_PENALTY = 1;

    private final List<List<String>> rows = new ArrayList<>();
    private final List<ErrorKind> labels = new ArrayList<>();

    public void add(TableRow row, TableStatuses statuses, ErrorKind kind) {
      rows.add(features(row, statuses));
      labels.add(kind);
    }

    /**
     * The model as the resource holds it: the kinds, their biases, then a line a feature, sorted,
     * each line's weights in the kinds' order.
     */
    public String write() {
      Map<String, Integer> rowsByFeature = new TreeMap<>();
      rows.forEach(r -> r.forEach(f -> rowsByFeature.merge(f, 1, Integer::sum)));
      List<String> kept = new ArrayList<>();
      rowsByFeature.forEach(
          (feature, n) -> {
            if (n >= LEAST_COUNT) {
              kept.add(feature);
            }
          });
      List<ErrorKind> kinds = labels.stream().distinct().sorted().toList();
      int k = kinds.size();
      double[] biases = new double[k];
      double[] weights = new double[kept.size() * k];
      fit(kept, kinds, biases, weights);
      StringBuilder out = new StringBuilder();
      out.append(
          "# logistic regression weights in hundredths for dev.errata.processor.kind.KindModel;"
              + " written by KindModelTest\nkinds");
      for (ErrorKind kind : kinds) {
        out.append('\t').append(kind);
      }
      out.append("\nbias");
      appendHundredths(out, biases, 0, k);
      for (int f = 0; f < kept.size(); f++) {
        out.append("\nfeature\t").append(kept.get(f));
        appendHundredths(out, weights, f * k, k);
      }
      return out.append('\n').toString();
    }

    /**
     * Fits the biases and the weights (feature by feature, kind by kind) to the rows, over the
     * features {@code kept}.
     */
    private void fit(List<String> kept, List<ErrorKind> kinds, double[] biases, double[] weights) {
      Map<String, Integer> index = new HashMap<>();
      for (int i = 0; i < kept.size(); i++) {
        index.put(kept.get(i), i);
      }
      int k = kinds.size();
      int[][] x = new int[rows.size()][];
      int[] y = new int[rows.size()];
      for (int r = 0; r < rows.size(); r++) {
        x[r] = rows.get(r).stream().filter(index::containsKey).mapToInt(index::get).toArray();
        y[r] = kinds.indexOf(labels.get(r));
      }
      double[] squaredBiasGradients = new double[k];
      double[] squaredGradients = new double[weights.length];
      double penalty = rows.isEmpty() ? 0 : 1 / (INVERSE_PENALTY * rows.size());
      double[] p = new double[k];
      for (int epoch = 0; epoch < EPOCHS; epoch++) {
        for (int r = 0; r < x.length; r++) {
          double max = Double.NEGATIVE_INFINITY;
          for (int c = 0; c < k; c++) {
            double score = biases[c];
            for (int f : x[r]) {
              score += weights[f * k + c];
            }
            p[c] = score;
            max = Math.max(max, score);
          }
          double sum = 0;
          for (int c = 0; c < k; c++) {
            p[c] = StrictMath.exp(p[c] - max);
            sum += p[c];
          }
          for (int c = 0; c < k; c++) {
            double error = p[c] / sum - (c == y[r] ? 1 : 0);
            squaredBiasGradients[c] += error * error;
            biases[c] -= STEP * error / StrictMath.sqrt(squaredBiasGradients[c] + 1e-8);
            for (int f : x[r]) {
              int at = f * k + c;
              double gradient = error + penalty * weights[at];
              squaredGradients[at] += gradient * gradient;
              weights[at] -= STEP * gradient / StrictMath.sqrt(squaredGradients[at] + 1e-8);
            }
          }
        }
      }
    }

    /**
     * Appends {@code k} weights from {@code from}, less their median: the same for each kind, so no
     * probability changes, and most weights written are then a digit or two.
     */
    private static void appendHundredths(StringBuilder out, double[] weights, int from, int k) {
      if (k == 0) {
        return;
      }
      double[] sorted = Arrays.copyOfRange(weights, from, from + k);
      Arrays.sort(sorted);
      double median = sorted[k / 2];
      for (int c = 0; c < k; c++) {
        out.append('\t').append(Math.round((weights[from + c] - median) * SCALE));
      }
    }
  }

  /**
   * The model {@link Trainer#write} wrote. Read on every processor run, so each line is taken apart
   * by position rather than split into strings.
   */
  static KindModel read(String resource) {
    List<ErrorKind> kinds = new ArrayList<>();
    double[] biases = new double[KINDS.length];
    Map<String, double[]> weights = new HashMap<>();
    int start = 0;
    while (start < resource.length()) {
      int lineEnd = resource.indexOf('\n', start);
      if (lineEnd < 0) {
        lineEnd = resource.length();
      }
      int end = lineEnd > start && resource.charAt(lineEnd - 1) == '\r' ? lineEnd - 1 : lineEnd;
      int tab = resource.indexOf('\t', start);
      if (tab > 0 && tab < end) {
        if (resource.startsWith("kinds\t", start)) {
          for (int cell = tab; cell < end; ) {
            int next = cellEnd(resource, cell + 1, end);
            kinds.add(kindAt(resource, cell + 1, next));
            cell = next;
          }
        } else if (resource.startsWith("bias\t", start)) {
          readWeights(resource, tab, end, kinds, biases);
        } else if (resource.startsWith("feature\t", start)) {
          int cell = cellEnd(resource, tab + 1, end);
          double[] byKind = new double[KINDS.length];
          readWeights(resource, cell, end, kinds, byKind);
          weights.put(resource.substring(tab + 1, cell), byKind);
        }
      }
      start = lineEnd + 1;
    }
    return new KindModel(kinds, biases, weights);
  }

  /** Reads the weights in the cells after {@code tab} into {@code into}, by the kinds' ordinals. */
  private static void readWeights(
      String resource, int tab, int end, List<ErrorKind> kinds, double[] into) {
    int cell = tab;
    for (int c = 0; c < kinds.size() && cell < end; c++) {
      int next = cellEnd(resource, cell + 1, end);
      into[kinds.get(c).ordinal()] = Integer.parseInt(resource, cell + 1, next, 10) / SCALE;
      cell = next;
    }
  }

  /** Where the cell that starts at {@code from} ends: at the next tab or at the line's end. */
  private static int cellEnd(String resource, int from, int end) {
    int tab = resource.indexOf('\t', from);
    return tab < 0 || tab > end ? end : tab;
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
