package dev.errata.processor.kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * English phrases and CJK (Chinese, Japanese, Korean) phrases, looked up in a {@link ScannedText}
 * by their first word, so that a text is read once whatever the number of rules. The phrase syntax
 * is small so the rules read like the words they look for:
 *
 * <ul>
 *   <li>English phrases match whole words, ignoring case; words follow each other with spaces,
 *       hyphens, underscores or nothing between ({@code time out} finds {@code timeout}, {@code
 *       Time-out}, {@code TimeOut});
 *   <li>{@code *} at the end of a word lets the word go on ({@code throttl*});
 *   <li>{@code …} stands for up to 40 more characters within the same sentence ({@code insufficient
 *       … balance}, {@code 创建…失败});
 *   <li>{@code (a|b)} is either;
 *   <li>CJK phrases match anywhere.
 * </ul>
 */
public final class Phrases {
  /** The most characters {@code …} stands for. */
  static final int GAP = 40;

  private final List<String> english;
  private final List<String> chinese;
  private final Map<String, List<Sequence>> byFirstWord = new HashMap<>();
  private final List<Sequence> byFirstPrefix = new ArrayList<>();
  private final List<String[]> cjk = new ArrayList<>();

  /** One word of a phrase; {@code afterGap} when {@code …} stands before it. */
  record Step(String word, boolean prefix, boolean afterGap) {
    boolean matches(String candidate) {
      return prefix ? candidate.startsWith(word) : candidate.equals(word);
    }
  }

  /** One spelling of an English phrase, its alternatives chosen; {@code order} is its place. */
  record Sequence(Step[] steps, int order) {}

  /** Where a phrase was found: characters {@code [start, end)}. */
  record Hit(int start, int end) {}

  private Phrases(List<String> english, List<String> chinese) {
    this.english = List.copyOf(english);
    this.chinese = List.copyOf(chinese);
    int order = 0;
    for (String phrase : english) {
      for (String spelling : expand(phrase)) {
        for (Step[] steps : joinings(steps(spelling))) {
          add(new Sequence(steps, order++));
        }
      }
    }
    for (String phrase : chinese) {
      for (String spelling : expand(phrase)) {
        cjk.add(spelling.split("…", -1));
      }
    }
  }

  public static Phrases of(List<String> english, List<String> chinese) {
    return new Phrases(english, chinese);
  }

  public List<String> english() {
    return english;
  }

  /** The CJK phrases: Chinese, and Japanese where its wording differs. */
  public List<String> chinese() {
    return chinese;
  }

  /** The first phrase found in {@code text}, as the text writes it. */
  public Optional<String> find(String text) {
    ScannedText scanned = ScannedText.of(text);
    Hit hit = first(scanned);
    return hit == null
        ? Optional.empty()
        : Optional.of(scanned.text().substring(hit.start(), hit.end()));
  }

  /** The leftmost phrase found in {@code text}, or {@code null}. */
  Hit first(ScannedText text) {
    Hit english = firstEnglish(text);
    Hit cjk = text.hasCjk() ? firstCjk(text.text()) : null;
    if (english == null) {
      return cjk;
    }
    return cjk != null && cjk.start() < english.start() ? cjk : english;
  }

  private Hit firstEnglish(ScannedText text) {
    for (int i = 0; i < text.size(); i++) {
      String word = text.word(i);
      Sequence best = null;
      int bestEnd = -1;
      List<Sequence> exact = byFirstWord.get(word);
      if (exact != null) {
        for (Sequence sequence : exact) {
          int last = rest(sequence.steps(), 1, i, text);
          if (last >= 0 && (best == null || sequence.order() < best.order())) {
            best = sequence;
            bestEnd = last;
          }
        }
      }
      for (Sequence sequence : byFirstPrefix) {
        if (sequence.steps()[0].matches(word)) {
          int last = rest(sequence.steps(), 1, i, text);
          if (last >= 0 && (best == null || sequence.order() < best.order())) {
            best = sequence;
            bestEnd = last;
          }
        }
      }
      if (best != null) {
        return new Hit(text.start(i), text.end(bestEnd));
      }
    }
    return null;
  }

  /**
   * The index of the word that ends the phrase when steps from {@code k} on follow word {@code
   * last}, or -1.
   */
  static int rest(Step[] steps, int k, int last, ScannedText text) {
    if (k == steps.length) {
      return last;
    }
    Step step = steps[k];
    if (!step.afterGap()) {
      int next = last + 1;
      return next < text.size() && text.joined(next) && step.matches(text.word(next))
          ? rest(steps, k + 1, next, text)
          : -1;
    }
    for (int next = last + 1;
        next < text.size()
            && text.sentence(next) == text.sentence(last)
            && text.start(next) - text.end(last) <= GAP;
        next++) {
      if (step.matches(text.word(next))) {
        int end = rest(steps, k + 1, next, text);
        if (end >= 0) {
          return end;
        }
      }
    }
    return -1;
  }

  /** Every spelling of the English phrases, each with its place ({@link Sequence#order}). */
  List<Sequence> sequences() {
    List<Sequence> sequences = new ArrayList<>(byFirstPrefix);
    byFirstWord.values().forEach(sequences::addAll);
    return sequences;
  }

  /** The leftmost CJK phrase found in {@code text}, or {@code null}. */
  Hit firstCjk(String text) {
    Hit best = null;
    for (String[] parts : cjk) {
      Hit hit = findCjk(parts, text, best == null ? text.length() : best.start());
      if (hit != null && (best == null || hit.start() < best.start())) {
        best = hit;
      }
    }
    return best;
  }

  /**
   * The first place the parts occur in order, each within {@link #GAP} of the one before, starting
   * before {@code limit}.
   */
  private static Hit findCjk(String[] parts, String text, int limit) {
    int from = 0;
    while (true) {
      int start = text.indexOf(parts[0], from);
      if (start < 0 || start >= limit) {
        return null;
      }
      int end = start + parts[0].length();
      for (int k = 1; k < parts.length && end >= 0; k++) {
        int next = text.indexOf(parts[k], end);
        end =
            next >= 0 && next - end <= GAP && !endsSentence(text, end, next)
                ? next + parts[k].length()
                : -1;
      }
      if (end >= 0) {
        return new Hit(start, end);
      }
      from = start + 1;
    }
  }

  private static boolean endsSentence(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (ScannedText.isSentenceEnd(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private void add(Sequence sequence) {
    Step first = sequence.steps()[0];
    if (first.prefix()) {
      byFirstPrefix.add(sequence);
    } else {
      byFirstWord.computeIfAbsent(first.word(), w -> new ArrayList<>()).add(sequence);
    }
  }

  /** Each spelling of a phrase with {@code (a|b)} groups: every choice of their alternatives. */
  private static List<String> expand(String phrase) {
    int open = phrase.indexOf('(');
    if (open < 0) {
      return List.of(phrase);
    }
    int close = phrase.indexOf(')', open);
    List<String> spellings = new ArrayList<>();
    for (String choice : phrase.substring(open + 1, close).split("\\|", -1)) {
      spellings.addAll(expand(phrase.substring(0, open) + choice + phrase.substring(close + 1)));
    }
    return spellings;
  }

  /** The words of one English spelling, cut as {@link ScannedText} cuts a text. */
  private static Step[] steps(String spelling) {
    List<Step> steps = new ArrayList<>();
    boolean afterGap = false;
    for (String part : spelling.replace("…", " … ").trim().split("\\s+")) {
      if (part.equals("…")) {
        afterGap = true;
        continue;
      }
      boolean prefix = part.endsWith("*");
      ScannedText words = ScannedText.of(prefix ? part.substring(0, part.length() - 1) : part);
      for (int i = 0; i < words.size(); i++) {
        steps.add(new Step(words.word(i), prefix && i == words.size() - 1, afterGap));
        afterGap = false;
      }
    }
    return steps.toArray(Step[]::new);
  }

  /**
   * The phrase as written and with neighbouring words written as one ({@code time out} also as
   * {@code timeout}, {@code un supported header} as {@code unsupported header}); words around a
   * gap, and a word that goes on ({@code *}) before another, stay apart.
   */
  private static List<Step[]> joinings(Step[] steps) {
    List<Step[]> spellings = new ArrayList<>();
    spellings.add(steps);
    for (int i = 1; i < steps.length; i++) {
      if (steps[i].afterGap() || steps[i - 1].prefix()) {
        continue;
      }
      for (Step[] shorter : joinings(joinAt(steps, i))) {
        if (spellings.stream().noneMatch(known -> java.util.Arrays.equals(known, shorter))) {
          spellings.add(shorter);
        }
      }
    }
    return spellings;
  }

  /** Steps {@code i - 1} and {@code i} written as one word. */
  private static Step[] joinAt(Step[] steps, int i) {
    Step[] joined = new Step[steps.length - 1];
    System.arraycopy(steps, 0, joined, 0, i - 1);
    joined[i - 1] =
        new Step(steps[i - 1].word() + steps[i].word(), steps[i].prefix(), steps[i - 1].afterGap());
    System.arraycopy(steps, i + 1, joined, i, steps.length - i - 1);
    return joined;
  }
}
