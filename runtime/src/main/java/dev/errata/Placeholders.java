package dev.errata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders that table texts hold where a value is filled in at run time: the one definition
 * that both the errata processor (which codes are patterns, what the Javadoc lists) and the runtime
 * (which codes a pattern matches, what {@link ServiceException#arguments()} captures) follow.
 *
 * <ul>
 *   <li>In a code: printf ({@code %s}, {@code %d}, {@code %1$s}), Python ({@code %(key)s}) and
 *       braces ({@code {name}}). A code that holds one is a pattern code: {@code
 *       InvalidParameter.%s} stands for {@code InvalidParameter.LoadBalancerSpec}.
 *   <li>In a message, also the words providers write where a value goes: {@code XXX}, {@code 某某}
 *       and a lone {@code N} between non-letters ("最多申请 N 个"). In a code these may be literal text
 *       ({@code Ecs.XXXX}), so they are no placeholders there.
 * </ul>
 *
 * A placeholder stands for one character or more, of any kind.
 */
public final class Placeholders {
  private Placeholders() {}

  private static final Pattern IN_CODE =
      Pattern.compile("%\\([A-Za-z0-9_]+\\)[sd]|%(?:\\d+\\$)?[sdif]|\\{[A-Za-z_][A-Za-z0-9_]*}");

  private static final Pattern IN_TEXT =
      Pattern.compile(IN_CODE.pattern() + "|XXX|某某|(?<![A-Za-z])N(?![A-Za-z])");

  /** Whether a table's code holds a placeholder. */
  public static boolean isPattern(String code) {
    return IN_CODE.matcher(code).find();
  }

  /**
   * The literal text of a code around its placeholders, one more part than it has placeholders:
   * {@code [Quota., ., .Exceeded]} for {@code Quota.%s.%s.Exceeded}, {@code [CBC.5003]} for an
   * exact code.
   */
  public static List<String> literals(String code) {
    return List.of(split(code, IN_CODE));
  }

  /** The placeholders of a code, then those of its message, in order, each once. */
  public static List<String> found(String code, String message) {
    List<String> found = new ArrayList<>();
    collect(IN_CODE.matcher(code), found);
    collect(IN_TEXT.matcher(message), found);
    return List.copyOf(found);
  }

  /**
   * The values that filled the code's placeholders, then those of the message's, each value once: a
   * message usually repeats the value its pattern code carries ({@code InvalidParameter.%s} with
   * "The specified field %s invalid").
   *
   * @param codeTemplate the table's pattern code, or {@code null} for an exact code
   */
  static List<String> capture(
      String codeTemplate, String code, String messageTemplate, String message) {
    List<String> values = new ArrayList<>();
    if (codeTemplate != null && code != null) {
      match(split(codeTemplate, IN_CODE), code, values);
    }
    if (messageTemplate != null && message != null) {
      match(split(messageTemplate, IN_TEXT), message, values);
    }
    return values.stream().distinct().toList();
  }

  static String[] codeLiterals(String code) {
    return split(code, IN_CODE);
  }

  /**
   * Matches {@code actual} against a template given by its literal parts, each placeholder between
   * them taking at least one character. Each inner literal is taken at its first occurrence that
   * leaves its placeholder a character: if any assignment matches, this one does, so no choice is
   * ever undone and the work is linear in the length of {@code actual} (times the longest literal).
   * A regular expression of {@code (.+)} groups backtracks instead: seconds for a 30 KB code.
   *
   * @param values receives the placeholders' values on a match; {@code null} to only test
   * @return whether {@code actual} matches; {@code false} for a template without placeholders
   */
  static boolean match(String[] literals, String actual, List<String> values) {
    int placeholders = literals.length - 1;
    if (placeholders == 0) {
      return false;
    }
    String head = literals[0];
    String tail = literals[placeholders];
    int end = actual.length() - tail.length();
    if (end < head.length() + placeholders || !actual.startsWith(head) || !actual.endsWith(tail)) {
      return false;
    }
    int position = head.length();
    int first = values == null ? 0 : values.size();
    for (int i = 1; i < placeholders; i++) {
      String literal = literals[i];
      int next = literal.isEmpty() ? position + 1 : actual.indexOf(literal, position + 1);
      if (next < 0 || next + literal.length() >= end) {
        rollBack(values, first);
        return false;
      }
      if (values != null) {
        values.add(actual.substring(position, next));
      }
      position = next + literal.length();
    }
    if (values != null) {
      values.add(actual.substring(position, end));
    }
    return true;
  }

  private static void rollBack(List<String> values, int size) {
    if (values != null) {
      values.subList(size, values.size()).clear();
    }
  }

  private static String[] split(String template, Pattern placeholder) {
    List<String> literals = new ArrayList<>();
    Matcher placeholders = placeholder.matcher(template);
    int last = 0;
    while (placeholders.find()) {
      literals.add(template.substring(last, placeholders.start()));
      last = placeholders.end();
    }
    literals.add(template.substring(last));
    return literals.toArray(String[]::new);
  }

  private static void collect(Matcher matcher, List<String> into) {
    while (matcher.find()) {
      if (!into.contains(matcher.group())) {
        into.add(matcher.group());
      }
    }
  }
}
