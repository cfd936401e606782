package dev.errata;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Captures the values that filled a table text's placeholders in the text a server returned. */
final class Placeholders {
  private Placeholders() {}

  /**
   * The placeholders a table text may hold: printf ({@code %s}, {@code %d}, {@code %1$s}), Python
   * ({@code %(key)s}), braces ({@code {name}}), and the words {@code XXX}, {@code 某某} and a lone
   * {@code N} ("最多申请 N 个"). A value is only captured when the rest of the text matches, so a
   * literal N elsewhere costs nothing. The errata processor lists the same placeholders in the
   * generated Javadoc (its {@code CodePlaceholders}).
   */
  static final Pattern PLACEHOLDER =
      Pattern.compile("%\\([A-Za-z0-9_]+\\)[sd]|%(?:\\d+\\$)?[sdif]|\\{[A-Za-z_][A-Za-z0-9_]*}|XXX|某某"
          + "|(?<![A-Za-z])N(?![A-Za-z])");

  /**
   * The values of the code's placeholders, then those of the message's, each value once: a message
   * usually repeats the value its pattern code carries ({@code InvalidParameter.%s} with "The
   * specified field %s invalid").
   *
   * @param codeTemplate the table's pattern code, or {@code null} for an exact code
   */
  static List<String> capture(
      String codeTemplate, String code, String messageTemplate, String message) {
    List<String> values = new ArrayList<>();
    capture(codeTemplate, code, values);
    capture(messageTemplate, message, values);
    return values.stream().distinct().toList();
  }

  /**
   * Matches {@code actual} against {@code template}, each placeholder taking the shortest non-empty
   * text up to the next literal part, the last one ending where the template's tail begins. Linear
   * in the length of {@code actual} (a regular expression of lazy groups can backtrack for ever on a
   * long server message).
   */
  private static void capture(String template, String actual, List<String> into) {
    if (template == null || actual == null || template.isEmpty()) {
      return;
    }
    List<String> literals = new ArrayList<>(); // the text before each placeholder
    Matcher placeholders = PLACEHOLDER.matcher(template);
    int last = 0;
    while (placeholders.find()) {
      literals.add(template.substring(last, placeholders.start()));
      last = placeholders.end();
    }
    if (literals.isEmpty()) {
      return;
    }
    String tail = template.substring(last);
    int end = actual.length() - tail.length();
    if (!actual.startsWith(literals.get(0)) || !actual.endsWith(tail)) {
      return;
    }
    int position = literals.get(0).length();
    List<String> values = new ArrayList<>(literals.size());
    for (int i = 1; i < literals.size(); i++) {
      String literal = literals.get(i);
      int next = literal.isEmpty() ? position + 1 : actual.indexOf(literal, position + 1);
      if (next < 0 || next + literal.length() > end) {
        return;
      }
      values.add(actual.substring(position, next));
      position = next + literal.length();
    }
    if (position >= end) {
      return;
    }
    values.add(actual.substring(position, end));
    into.addAll(values);
  }
}
