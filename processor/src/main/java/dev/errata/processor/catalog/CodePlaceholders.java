package dev.errata.processor.catalog;

import dev.errata.Placeholders;
import java.util.List;

/**
 * The placeholders of table texts, as the runtime's {@link Placeholders} defines them: the
 * processor decides which codes are patterns by the same rule that generated code matches them by.
 */
public final class CodePlaceholders {
  private CodePlaceholders() {}

  public static boolean isPattern(String code) {
    return Placeholders.isPattern(code);
  }

  /**
   * The code with its placeholders removed, for naming: {@code InvalidParameter.%s} → {@code
   * InvalidParameter.}.
   */
  public static String withoutPlaceholders(String code) {
    return String.join("", Placeholders.literals(code));
  }

  /**
   * The literal text of a code around its placeholders: {@code Quota.}, {@code .}, {@code
   * .Exceeded} for {@code Quota.%s.%s.Exceeded}; one more than there are placeholders.
   */
  public static List<String> literals(String code) {
    return Placeholders.literals(code);
  }

  /** The placeholders of a code, then of its message, in order, each once. */
  public static List<String> found(String code, String message) {
    return Placeholders.found(code, message);
  }
}
