package dev.errata.processor.write;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * String constants for table cells, written in printable ASCII alone: every other character is an
 * escape, so the source means the same under any {@code -encoding}, and no character that
 * JavaPoet's writer or javac takes for a line end (U+2028, U+2029, U+0085, CR, LF ...) reaches the
 * source raw. A lone surrogate is kept as its Unicode escape, equal to the cell.
 *
 * <p>A class file holds at most 65,535 bytes of modified UTF-8 in one string constant, javac also
 * refuses one of 65,535 characters, and it folds {@code "a" + "b"} into one constant; so a longer
 * cell is written as {@code String.join("", "...", "...")}: equal to the cell, built when the
 * expression runs.
 */
final class StringLiterals {
  /**
   * Bytes of modified UTF-8 per constant; as every character takes one byte or more, it bounds
   * characters too.
   */
  static final int MAX_CONSTANT_BYTES = 65_534;

  private StringLiterals() {}

  /** Whether the text fits in one string constant, so that {@link #of} writes one literal. */
  static boolean isOneConstant(String text) {
    return text.length() <= MAX_CONSTANT_BYTES / 3
        || modifiedUtf8Length(text, 0, text.length()) <= MAX_CONSTANT_BYTES;
  }

  static CodeBlock of(String text) {
    if (isOneConstant(text)) {
      return CodeBlock.of("$L", quoted(text));
    }
    List<CodeBlock> parts = new ArrayList<>();
    for (String chunk : chunks(text)) {
      parts.add(CodeBlock.of("$L", quoted(chunk)));
    }
    return CodeBlock.of("String.join(\"\", $L)", CodeBlock.join(parts, ", "));
  }

  /**
   * The text as one ASCII string literal. C0 controls and DEL become three-digit octal escapes
   * (which no following digit can extend), everything above DEL a Unicode escape; Unicode escapes
   * are decoded before the literal is read, which is harmless for these characters but not for a
   * quote, a backslash or a line end, so those get the ordinary escapes.
   */
  static String quoted(String text) {
    StringBuilder literal = new StringBuilder(text.length() + 2).append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            literal
                .append('\\')
                .append((char) ('0' + (c >> 6)))
                .append((char) ('0' + ((c >> 3) & 7)))
                .append((char) ('0' + (c & 7)));
          } else if (c > 0x7f) {
            unicodeEscape(literal, c);
          } else {
            literal.append(c);
          }
        }
      }
    }
    return literal.append('"').toString();
  }

  /**
   * Appends a Unicode escape (backslash, u, four hex digits) for a character, the hex digits
   * lower-case.
   */
  static void unicodeEscape(StringBuilder out, char c) {
    out.append("\\u");
    for (int shift = 12; shift >= 0; shift -= 4) {
      out.append(Character.forDigit((c >> shift) & 0xf, 16));
    }
  }

  /** Pieces of at most {@link #MAX_CONSTANT_BYTES}, never splitting a surrogate pair. */
  static List<String> chunks(String text) {
    List<String> chunks = new ArrayList<>();
    int start = 0;
    int bytes = 0;
    for (int i = 0; i < text.length(); i++) {
      int size = modifiedUtf8Length(text, i, i + 1);
      boolean pairStart = Character.isHighSurrogate(text.charAt(i)) && i + 1 < text.length();
      int needed = pairStart ? size + modifiedUtf8Length(text, i + 1, i + 2) : size;
      if (bytes + needed > MAX_CONSTANT_BYTES) {
        chunks.add(text.substring(start, i));
        start = i;
        bytes = 0;
      }
      bytes += size;
    }
    chunks.add(text.substring(start));
    return chunks;
  }

  static int modifiedUtf8Length(String text, int from, int to) {
    int length = 0;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      length += c != 0 && c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
    }
    return length;
  }
}
