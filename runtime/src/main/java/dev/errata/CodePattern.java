package dev.errata;

/**
 * A pattern code of a table, such as {@code Quota.%s.%s.Exceeded}, compiled once to its literal
 * parts (see {@link Placeholders}). Matching takes time linear in the length of the code tested,
 * whatever the pattern: no regular expression, no backtracking. Immutable and thread-safe.
 */
final class CodePattern {
  private final String[] literals;
  private final int literalLength;

  private CodePattern(String[] literals) {
    this.literals = literals;
    int length = 0;
    for (String literal : literals) {
      length += literal.length();
    }
    this.literalLength = length;
  }

  /** @throws IllegalArgumentException when {@code code} holds no placeholder */
  static CodePattern of(String code) {
    String[] literals = Placeholders.codeLiterals(code);
    if (literals.length < 2) {
      throw new IllegalArgumentException("not a pattern code: " + code);
    }
    return new CodePattern(literals);
  }

  /** Whether {@code code} is this pattern with each placeholder filled by at least one character. */
  boolean matches(String code) {
    return Placeholders.match(literals, code, null);
  }

  /** How many characters of the pattern are literal text: more of them, a more specific pattern. */
  int literalLength() {
    return literalLength;
  }
}
