package dev.errata.processor.model;

import java.util.List;

/**
 * What a pattern code such as {@code Quota.%s.%s.Exceeded} holds: its literal text between the
 * placeholders ({@code Quota.}, {@code .}, {@code .Exceeded}). Generated code matches returned
 * codes against it through the runtime's {@link dev.errata.CodeIndex}, by the grammar of {@link
 * dev.errata.Placeholders}.
 *
 * @param literals the text before the first placeholder, between each two, and after the last: one
 *     more than there are placeholders
 */
public record CodePattern(List<String> literals) {

  public CodePattern {
    literals = List.copyOf(literals);
    if (literals.size() < 2) {
      throw new IllegalArgumentException("a pattern has a placeholder: " + literals);
    }
  }
}
