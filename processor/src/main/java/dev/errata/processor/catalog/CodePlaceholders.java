package dev.errata.processor.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The placeholders that table texts use for values filled in at run time. A code that holds one is
 * a pattern code: {@code InvalidParameter.%s} stands for {@code InvalidParameter.LoadBalancerSpec}.
 */
public final class CodePlaceholders {
  private CodePlaceholders() {}

  /** In codes: printf, Python and brace forms only, since words like XXX can be literal code text. */
  private static final Pattern IN_CODE =
      Pattern.compile("%\\([A-Za-z0-9_]+\\)[sd]|%(?:\\d+\\$)?[sdif]|\\{[A-Za-z_][A-Za-z0-9_]*}");

  /**
   * In messages: also the words providers write where a value goes ({@code XXX}, {@code 某某}, a
   * lone {@code N} between non-letters); the same placeholders whose values the runtime's
   * {@code ServiceException.arguments()} captures.
   */
  private static final Pattern IN_TEXT =
      Pattern.compile(IN_CODE.pattern() + "|XXX|某某|(?<![A-Za-z])N(?![A-Za-z])");

  public static boolean isPattern(String code) {
    return IN_CODE.matcher(code).find();
  }

  /** The code with its placeholders removed, for naming: {@code InvalidParameter.%s} → {@code InvalidParameter.}. */
  public static String withoutPlaceholders(String code) {
    return IN_CODE.matcher(code).replaceAll("");
  }

  /** The text of a pattern code before its first placeholder: {@code InvalidParameter.} for {@code InvalidParameter.%s}. */
  public static String literalPrefix(String code) {
    Matcher placeholder = IN_CODE.matcher(code);
    return placeholder.find() ? code.substring(0, placeholder.start()) : code;
  }

  /**
   * A regular expression that matches the codes a pattern code stands for, each placeholder
   * capturing at least one character.
   */
  public static String regex(String code) {
    Matcher placeholder = IN_CODE.matcher(code);
    StringBuilder regex = new StringBuilder();
    int last = 0;
    while (placeholder.find()) {
      regex.append(Pattern.quote(code.substring(last, placeholder.start()))).append("(.+)");
      last = placeholder.end();
    }
    if (last < code.length()) {
      regex.append(Pattern.quote(code.substring(last)));
    }
    return regex.toString();
  }

  /**
   * The literal text of a code around its placeholders: {@code Quota.}, {@code .},
   * {@code .Exceeded} for {@code Quota.%s.%s.Exceeded}; one more than there are placeholders.
   */
  public static List<String> literals(String code) {
    Matcher placeholder = IN_CODE.matcher(code);
    List<String> literals = new ArrayList<>();
    int last = 0;
    while (placeholder.find()) {
      literals.add(code.substring(last, placeholder.start()));
      last = placeholder.end();
    }
    literals.add(code.substring(last));
    return literals;
  }

  /** The placeholders of a code, then of its message, in order, each once. */
  public static List<String> found(String code, String message) {
    List<String> found = new ArrayList<>();
    collect(IN_CODE.matcher(code), found);
    collect(IN_TEXT.matcher(message), found);
    return found;
  }

  private static void collect(Matcher matcher, List<String> into) {
    while (matcher.find()) {
      if (!into.contains(matcher.group())) {
        into.add(matcher.group());
      }
    }
  }
}
