package dev.errata.processor.read;

import java.util.ArrayList;
import java.util.List;

/** A table file's decoded text and where its lines start; CR, LF and CRLF all end a line. */
record SourceText(String text, int[] lineStarts) {

  static SourceText of(String text) {
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
        i++;
      }
      if (c == '\r' || c == '\n') {
        starts.add(i + 1);
      }
    }
    return new SourceText(text, starts.stream().mapToInt(Integer::intValue).toArray());
  }

  int lineCount() {
    return lineStarts.length;
  }

  /** The 1-based line holding the character at {@code offset}. */
  int lineOf(long offset) {
    int low = 0;
    int high = lineStarts.length - 1;
    while (low < high) {
      int middle = (low + high + 1) >>> 1;
      if (lineStarts[middle] <= offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low + 1;
  }

  /** Line {@code number} (1-based) without its line ending. */
  String line(int number) {
    int start = lineStarts[number - 1];
    int end = number < lineStarts.length ? lineStarts[number] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }
}
