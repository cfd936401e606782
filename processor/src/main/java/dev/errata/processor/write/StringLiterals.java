package dev.errata.processor.write;

import com.palantir.javapoet.CodeBlock;
import java.util.ArrayList;
import java.util.List;

/**
 * String constants for table cells. A class file holds at most 65,535 bytes of modified UTF-8 in
 * one string constant, javac also refuses one of 65,535 characters, and it folds {@code "a" + "b"}
 * into one constant; so a longer cell is written as {@code String.join("", "...", "...")}: equal
 * to the cell, built when the class initialises.
 */
final class StringLiterals {
  /** Bytes of modified UTF-8 per constant; as every character takes one byte or more, it bounds characters too. */
  static final int MAX_CONSTANT_BYTES = 65_534;

  private StringLiterals() {}

  static CodeBlock of(String text) {
    if (modifiedUtf8Length(text, 0, text.length()) <= MAX_CONSTANT_BYTES) {
      return CodeBlock.of("$S", text);
    }
    List<CodeBlock> parts = new ArrayList<>();
    for (String chunk : chunks(text)) {
      parts.add(CodeBlock.of("$S", chunk));
    }
    return CodeBlock.of("String.join(\"\", $L)", CodeBlock.join(parts, ", "));
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
