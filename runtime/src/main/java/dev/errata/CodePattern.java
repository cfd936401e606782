package dev.errata;

/**
 * A pattern code of a table, such as {@code Quota.%s.%s.Exceeded}, compiled once to its literal
 * parts (see {@link Placeholders}). Matching takes time linear in the length of the code tested,
 * whatever the pattern: no regular expression, no backtracking. Immutable and thread-safe.
 */
final class CodePattern {
  private final String[] literals;
  private final int literalLength;

  private CodePattern(String[] literals, int literalLength) {
    this.literals = literals;
    this.literalLength = literalLength;
  }

  /**
   * @throws IllegalArgumentException when {@code code} holds no placeholder
   */
  static CodePattern of(String code) {
    String[] literals = Placeholders.codeLiterals(code);
    if (literals.length < 2) {
      throw new IllegalArgumentException("not a pattern code: " + code);
    }
    int length = 0;
    for (String literal : literals) {
      length += literal.length();
    }
    return new CodePattern(literals, length);
  }

  /**
   * This pattern with its literal text in lower case, character by character: the literals are
   * lowered, not the pattern re-read, so that {@code %S} in a literal does not become a
   * placeholder.
   */
  CodePattern lowerCase() {
    String[] lowered = new String[literals.length];
    for (int i = 0; i < literals.length; i++) {
      lowered[i] = CodeIndex.lowerCase(literals[i]);
    }
    return new CodePattern(lowered, literalLength);
  }

  /**
   * Whether {@code code} starts with the head and ends with the tail, in any case: cheap, no copy.
   */
  boolean mayMatchIgnoringCase(String code) {
    String head = literals[0];
    String tail = literals[literals.length - 1];
    return code.length() >= head.length() + tail.length() + literals.length - 1
        && code.regionMatches(true, 0, head, 0, head.length())
        && code.regionMatches(true, code.length() - tail.length(), tail, 0, tail.length());
  }

  /**
   * Whether {@code code} is this pattern with each placeholder filled by at least one character.
   */
  boolean matches(String code) {
    return Placeholders.match(literals, code, null);
  }

  /**
   * How many characters of the pattern are literal text: more of them, a more specific pattern. A
   * {@linkplain #lowerCase() lowered} pattern keeps its original's count, so both rank alike.
   */
  int literalLength() {
    return literalLength;
  }
}
