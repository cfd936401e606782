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
   * ({@code %(key)s}), braces ({@code {name}}), and the words {@code XXX} and {@code 某某}.
   */
  static final Pattern PLACEHOLDER =
      Pattern.compile("%\\([A-Za-z0-9_]+\\)[sd]|%(?:\\d+\\$)?[sdif]|\\{[A-Za-z_][A-Za-z0-9_]*}|XXX|某某");

  static List<String> capture(
      String codeTemplate, String code, String messageTemplate, String message) {
    List<String> values = new ArrayList<>();
    capture(codeTemplate, code, values);
    capture(messageTemplate, message, values);
    return List.copyOf(values);
  }

  private static void capture(String template, String actual, List<String> into) {
    if (template == null || actual == null || template.isEmpty()) {
      return;
    }
    Matcher placeholders = PLACEHOLDER.matcher(template);
    StringBuilder regex = new StringBuilder();
    int last = 0;
    int groups = 0;
    while (placeholders.find()) {
      regex.append(Pattern.quote(template.substring(last, placeholders.start()))).append("(.+?)");
      last = placeholders.end();
      groups++;
    }
    if (groups == 0) {
      return;
    }
    regex.append(Pattern.quote(template.substring(last)));
    Matcher values = Pattern.compile(regex.toString(), Pattern.DOTALL).matcher(actual);
    if (values.matches()) {
      for (int i = 1; i <= groups; i++) {
        into.add(values.group(i));
      }
    }
  }
}
