package dev.errata.processor.write;

/**
 * Table text made safe for a Javadoc comment. javac decodes Unicode escapes (a backslash, u and
 * four hex digits) before it looks for the end of a comment, and {@code @} at a line start begins a
 * block tag, so every character that could end the comment, start a tag or escape, or be read as
 * HTML becomes an HTML entity. So does every character outside printable ASCII (one entity per code
 * point, a lone surrogate included): the comment then means the same under any {@code -encoding},
 * and no line or paragraph separator reaches JavaPoet's writer, which would break the line there.
 * What a reader sees rendered is the cell exactly.
 */
final class JavadocText {
  private JavadocText() {}

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> escaped.append("&amp;");
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '@' -> escaped.append("&#64;");
        case '\\' -> escaped.append("&#92;");
        case '/' -> {
          boolean nextToStar =
              (i > 0 && text.charAt(i - 1) == '*')
                  || (i + 1 < text.length() && text.charAt(i + 1) == '*');
          escaped.append(nextToStar ? "&#47;" : "/");
        }
        case '\r' -> {
          if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
            escaped.append('\n');
          }
        }
        case '\n' -> escaped.append('\n');
        default -> {
          if (c >= 0x20 && c < 0x7f) {
            escaped.append(c);
          } else {
            int codePoint = text.codePointAt(i);
            escaped.append("&#").append(codePoint).append(';');
            i += Character.charCount(codePoint) - 1;
          }
        }
      }
    }
    return escaped.toString();
  }
}
