package dev.errata.processor.kind;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English and Chinese phrases, compiled once into one pattern. The phrase syntax is small so the
 * rules read like the words they look for:
 *
 * <ul>
 *   <li>English phrases match whole words, ignoring case; a space matches any run of spaces, hyphens
 *       or underscores, or nothing ({@code time out} finds {@code timeout}, {@code Time-out});
 *   <li>{@code *} at the end of a word lets the word go on ({@code throttl*});
 *   <li>{@code …} stands for a few more characters within the same sentence ({@code insufficient …
 *       balance}, {@code 创建…失败});
 *   <li>{@code (a|b)} is either;
 *   <li>Chinese phrases match anywhere.
 * </ul>
 */
public final class Phrases {
  private static final String GAP = "[^.;!?。；！？\\n]{0,40}?";
  private static final String SEPARATOR = "[\\s_-]*";
  private static final String WORD_START = "(?<![A-Za-z0-9])";
  private static final String WORD_END = "(?![A-Za-z0-9])";

  private final List<String> english;
  private final List<String> chinese;
  private final Pattern pattern;

  private Phrases(List<String> english, List<String> chinese) {
    this.english = List.copyOf(english);
    this.chinese = List.copyOf(chinese);
    List<String> alternatives = new ArrayList<>();
    english.forEach(phrase -> alternatives.add(englishRegex(phrase)));
    chinese.forEach(phrase -> alternatives.add(chineseRegex(phrase)));
    this.pattern =
        Pattern.compile(
            String.join("|", alternatives), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  }

  public static Phrases of(List<String> english, List<String> chinese) {
    return new Phrases(english, chinese);
  }

  public List<String> english() {
    return english;
  }

  public List<String> chinese() {
    return chinese;
  }

  /** The first phrase found in {@code text}, as the text writes it. */
  public Optional<String> find(CharSequence text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? Optional.of(matcher.group()) : Optional.empty();
  }

  /** Where the first phrase is found in {@code text}, or {@code null}. */
  int[] span(CharSequence text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? new int[] {matcher.start(), matcher.end()} : null;
  }

  private static String englishRegex(String phrase) {
    StringBuilder regex = new StringBuilder(WORD_START + "(?:");
    boolean wordGoesOn = false;
    for (char c : phrase.toCharArray()) {
      switch (c) {
        case ' ' -> regex.append(SEPARATOR);
        case '*' -> regex.append("[A-Za-z]*");
        case '…' -> regex.append(wordGoesOn ? "" : WORD_END).append(GAP).append(WORD_START);
        case '(', ')', '|' -> regex.append(c);
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
      if (c != ' ' && c != ')') {
        wordGoesOn = c == '*';
      }
    }
    regex.append(')');
    if (!wordGoesOn) {
      regex.append(WORD_END);
    }
    return regex.toString();
  }

  private static String chineseRegex(String phrase) {
    StringBuilder regex = new StringBuilder("(?:");
    for (char c : phrase.toCharArray()) {
      switch (c) {
        case '…' -> regex.append(GAP);
        case '(', ')', '|' -> regex.append(c);
        default -> regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return regex.append(')').toString();
  }
}
