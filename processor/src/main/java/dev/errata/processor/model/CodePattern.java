package dev.errata.processor.model;

import java.util.List;
import java.util.regex.Pattern;

/**
 * What a pattern code such as {@code Quota.%s.%s.Exceeded} matches: its literal text between the
 * placeholders ({@code Quota.}, {@code .}, {@code .Exceeded}), each placeholder standing for one
 * character or more. The first literal may be empty (the code starts with a placeholder), and so
 * may the last.
 *
 * @param literals the text before the first placeholder, between each two, and after the last:
 *     one more than there are placeholders
 */
public record CodePattern(List<String> literals) {

  public CodePattern {
    literals = List.copyOf(literals);
    if (literals.size() < 2) {
      throw new IllegalArgumentException("a pattern has a placeholder: " + literals);
    }
  }

  /** The text a matching code starts with, compared before anything else. */
  public String prefix() {
    return literals.get(0);
  }

  /** How many literal characters a code must match: more makes a pattern more specific. */
  public int literalLength() {
    return literals.stream().mapToInt(String::length).sum();
  }

  /** A regular expression equal to the pattern, each placeholder capturing its value. */
  public String regex() {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < literals.size(); i++) {
      if (i > 0) {
        regex.append("(.+)");
      }
      if (!literals.get(i).isEmpty()) {
        regex.append(Pattern.quote(literals.get(i)));
      }
    }
    return regex.toString();
  }
}
