package dev.errata;

/** How codes, request ids and messages read from a response are trimmed. */
final class Texts {
  private Texts() {}

  /**
   * The text without what surrounds it invisibly: white space, no-break spaces ({@code U+00A0},
   * {@code U+2007}, {@code U+202F}) and format characters such as the zero-width space, joiners and
   * the byte order mark, which copy and paste or a template leave around codes. {@code null} when
   * nothing else remains.
   */
  static String stripped(String text) {
    if (text == null) {
      return null;
    }
    int start = 0;
    int end = text.length();
    while (start < end && isInvisible(text.charAt(start))) {
      start++;
    }
    while (end > start && isInvisible(text.charAt(end - 1))) {
      end--;
    }
    return start == end
        ? null
        : start == 0 && end == text.length() ? text : text.substring(start, end);
  }

  /** A message as sent, or {@code null} when it is blank. */
  static String nonBlank(String text) {
    return text == null || text.isBlank() ? null : text;
  }

  private static boolean isInvisible(char c) {
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || Character.getType(c) == Character.FORMAT;
  }
}
