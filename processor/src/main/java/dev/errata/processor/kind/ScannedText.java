package dev.errata.processor.kind;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A text cut once into the words that {@link Phrases} look for, so that every rule reads the same
 * words instead of scanning the characters again.
 *
 * <p>A word is a run of letters and digits (ASCII, or of an alphabet such as Cyrillic), cut again
 * where the case changes ({@code OrderNotFound} is {@code order not found}, {@code IOError} is
 * {@code io error}) and between letters and digits. A word is <em>joined</em> to the one before it
 * when nothing but spaces, hyphens, underscores or apostrophes stand between them, so a phrase's
 * words must follow each other closely. A sentence ends at {@code . ; ! ?}, their full-width forms
 * and line breaks; in a code name, at {@code .}, {@code :} and {@code /}, so that {@code
 * Throttling.User} has the segments {@code Throttling} and {@code User}.
 */
final class ScannedText {
  private final String text;
  private final String[] words;
  private final int[] starts;
  private final int[] ends;
  private final int[] sentences;
  private final boolean[] joined;
  private final boolean hasCjk;
  private final int size;

  private ScannedText(String text, boolean code) {
    this.text = composed(text);
    int capacity = Math.max(4, this.text.length() / 3);
    String[] words = new String[capacity];
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    int[] sentences = new int[capacity];
    boolean[] joined = new boolean[capacity];
    int count = 0;
    int sentence = 0;
    boolean glue = false;
    boolean cjk = false;
    String t = this.text;
    int i = 0;
    int n = t.length();
    while (i < n) {
      char c = t.charAt(i);
      if (isWordChar(c)) {
        int start = i;
        i++;
        while (i < n && isWordChar(t.charAt(i)) && !isCut(t, i)) {
          i++;
        }
        if (count == words.length) {
          int grown = count * 2;
          words = Arrays.copyOf(words, grown);
          starts = Arrays.copyOf(starts, grown);
          ends = Arrays.copyOf(ends, grown);
          sentences = Arrays.copyOf(sentences, grown);
          joined = Arrays.copyOf(joined, grown);
        }
        words[count] = t.substring(start, i).toLowerCase(Locale.ROOT);
        starts[count] = start;
        ends[count] = i;
        sentences[count] = sentence;
        joined[count] = glue && count > 0 && sentences[count - 1] == sentence;
        count++;
        glue = true;
        continue;
      }
      if (c >= 0x2E80) {
        cjk = true;
      }
      if (code ? c == '.' || c == ':' || c == '/' : isSentenceEnd(c)) {
        sentence++;
        glue = false;
      } else if (!(c == ' ' || c == '\t' || c == '-' || c == '_' || c == '\'')) {
        glue = false;
      }
      i++;
    }
    this.words = words;
    this.starts = starts;
    this.ends = ends;
    this.sentences = sentences;
    this.joined = joined;
    this.size = count;
    this.hasCjk = cjk;
  }

  /**
   * The text with accents composed with their letters ({@code u} and U+0308 as {@code ü}), as
   * phrases are written, so that a table saved decomposed reads the same.
   */
  private static String composed(String text) {
    if (text == null) {
      return "";
    }
    return Normalizer.isNormalized(text, Normalizer.Form.NFC)
        ? text
        : Normalizer.normalize(text, Normalizer.Form.NFC);
  }

  /** A cell of message, description or solution. */
  static ScannedText of(String text) {
    return new ScannedText(text, false);
  }

  /**
   * The segments of a code name between its {@code .}, {@code :} and {@code /} separators, most
   * general first: {@code InvalidParameter}, {@code LoadBalancerSpec} for {@code
   * InvalidParameter.LoadBalancerSpec}. Empty segments are left out.
   */
  static List<String> codeSegments(String code) {
    List<String> segments = new ArrayList<>();
    int start = 0;
    for (int i = 0; i <= code.length(); i++) {
      if (i == code.length()
          || code.charAt(i) == '.'
          || code.charAt(i) == ':'
          || code.charAt(i) == '/') {
        if (i > start) {
          segments.add(code.substring(start, i));
        }
        start = i + 1;
      }
    }
    return segments;
  }

  /** A code name, whose segments end at dots, colons and slashes. */
  static ScannedText ofCode(String code) {
    return new ScannedText(code, true);
  }

  String text() {
    return text;
  }

  int size() {
    return size;
  }

  String word(int i) {
    return words[i];
  }

  int start(int i) {
    return starts[i];
  }

  int end(int i) {
    return ends[i];
  }

  int sentence(int i) {
    return sentences[i];
  }

  /**
   * Whether word {@code i} follows word {@code i - 1} with only a space, hyphen or nothing between.
   */
  boolean joined(int i) {
    return joined[i];
  }

  /** Whether the text holds CJK characters, without which no Chinese or Japanese phrase matches. */
  boolean hasCjk() {
    return hasCjk;
  }

  /** The number of the last sentence (or code segment), 0 when the text has one. */
  int lastSentence() {
    return size == 0 ? 0 : sentences[size - 1];
  }

  static boolean isSentenceEnd(char c) {
    return switch (c) {
      case '.', ';', '!', '?', '\n', '\r', '。', '；', '！', '？' -> true;
      default -> false;
    };
  }

  /**
   * ASCII letters and digits, and the letters of alphabets written with spaces between words (Latin
   * with accents, Greek, Cyrillic, Devanagari ...) with the marks written on them; CJK characters,
   * from U+2E80 on, are matched as CJK phrases instead.
   */
  private static boolean isWordChar(char c) {
    if (c < 0x80) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    if (c >= 0x2E80) {
      return false;
    }
    int type = Character.getType(c);
    return Character.isLetter(c)
        || type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  /** Whether a new word starts at {@code i} inside a run of letters and digits. */
  private static boolean isCut(String t, int i) {
    char before = t.charAt(i - 1);
    char c = t.charAt(i);
    boolean digit = c >= '0' && c <= '9';
    boolean digitBefore = before >= '0' && before <= '9';
    if (digit != digitBefore) {
      return true;
    }
    boolean upper = Character.isUpperCase(c);
    boolean upperBefore = Character.isUpperCase(before);
    if (upper && !upperBefore && !digitBefore) {
      return true; // orderNot
    }
    // IOError: the last capital of a run starts the next word when a small letter follows
    return upper && upperBefore && i + 1 < t.length() && Character.isLowerCase(t.charAt(i + 1));
  }
}
