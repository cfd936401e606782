package dev.errata.processor.catalog;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.CRC32;

/**
 * Java names derived from codes. A code splits into words at every character that is neither a
 * letter nor a digit and at case changes ({@code OrderNotFound}, {@code HTTPServer}); placeholders
 * are dropped. Constants join the words upper-case with {@code _}, classes capitalise each word:
 *
 * <pre>
 * CBC.5003             CBC_5003           Cbc5003
 * OrderNotFound        ORDER_NOT_FOUND    OrderNotFound
 * InvalidParameter.%s  INVALID_PARAMETER  InvalidParameter
 * 201001               CODE_201001        Code201001
 * </pre>
 *
 * A name that would start with a digit, or that has no word left, starts with {@code CODE_} /
 * {@code Code}. Names longer than {@link #MAX_LENGTH} characters, or a class name whose class file
 * name would exceed the bytes a file system allows, are cut and end in a hash of the code so they
 * stay unique.
 */
public final class JavaNames {
  static final int MAX_LENGTH = 96;

  /**
   * The longest file name, in bytes of UTF-8, that common file systems (ext4, APFS, NTFS in UTF-16
   * units, which is no stricter for these names) accept: a class file {@code Outer$Inner.class}
   * must fit in it.
   */
  public static final int MAX_FILE_NAME_BYTES = 255;

  private JavaNames() {}

  static String constantName(String code) {
    List<String> words = words(code);
    String name = String.join("_", words).toUpperCase(Locale.ROOT);
    if (name.isEmpty() || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
      name = name.isEmpty() ? "CODE_" + hash(code) : "CODE_" + name;
    }
    return capped(name, code, "_", Integer.MAX_VALUE);
  }

  static String className(String code) {
    return className(code, Integer.MAX_VALUE);
  }

  /**
   * The class name of a code, at most {@code maxBytes} bytes of UTF-8 long: a nested class's file
   * name holds its outer class's name too, so the caller knows what is left of the 255 bytes.
   */
  static String className(String code, int maxBytes) {
    StringBuilder name = new StringBuilder();
    for (String word : words(code)) {
      name.appendCodePoint(Character.toUpperCase(word.codePointAt(0)))
          .append(
              word.substring(Character.charCount(word.codePointAt(0))).toLowerCase(Locale.ROOT));
    }
    if (name.length() == 0 || !Character.isJavaIdentifierStart(name.codePointAt(0))) {
      name.insert(0, name.length() == 0 ? "Code" + hash(code) : "Code");
    }
    return capped(name.toString(), code, "_", maxBytes);
  }

  /** Whether a name from a table's {@code name} column can be used as a class name as it is. */
  public static boolean isUsableClassName(String name) {
    return isUsableClassName(name, Integer.MAX_VALUE);
  }

  /**
   * Whether a {@code name} cell can be a class name as it is, at most {@code maxBytes} of UTF-8.
   */
  public static boolean isUsableClassName(String name, int maxBytes) {
    if (name.isEmpty()
        || name.length() > MAX_LENGTH
        || name.equals("_")
        || utf8Length(name) > maxBytes) {
      return false;
    }
    if (!Character.isJavaIdentifierStart(name.codePointAt(0))
        || !Character.isUpperCase(name.codePointAt(0))) {
      return false;
    }
    return name.codePoints().allMatch(Character::isJavaIdentifierPart)
        && name.codePoints().noneMatch(Character::isIdentifierIgnorable);
  }

  /** The default provider id: the words of the provider name, lower-case, joined by {@code -}. */
  public static String providerId(String provider) {
    return String.join("-", words(provider)).toLowerCase(Locale.ROOT);
  }

  static List<String> words(String code) {
    String text = CodePlaceholders.withoutPlaceholders(code);
    List<String> words = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int previous = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      int next =
          i + Character.charCount(c) < text.length()
              ? text.codePointAt(i + Character.charCount(c))
              : 0;
      if (!Character.isLetterOrDigit(c)) {
        flush(word, words);
      } else {
        boolean lowerToUpper = Character.isLowerCase(previous) && Character.isUpperCase(c);
        boolean acronymEnd =
            Character.isUpperCase(previous)
                && Character.isUpperCase(c)
                && Character.isLowerCase(next);
        if (lowerToUpper || acronymEnd) {
          flush(word, words);
        }
        word.appendCodePoint(c);
      }
      previous = Character.isLetterOrDigit(c) ? c : 0;
      i += Character.charCount(c);
    }
    flush(word, words);
    return words;
  }

  private static void flush(StringBuilder word, List<String> words) {
    if (word.length() > 0) {
      words.add(word.toString());
      word.setLength(0);
    }
  }

  private static String capped(String name, String code, String separator, int maxBytes) {
    if (name.length() <= MAX_LENGTH && utf8Length(name) <= maxBytes) {
      return name;
    }
    String tail = separator + hash(code);
    int cut = Math.min(name.length(), MAX_LENGTH - tail.length());
    while (cut > 0 && utf8Length(name.substring(0, cut)) + tail.length() > maxBytes) {
      cut--;
    }
    if (cut > 0 && Character.isHighSurrogate(name.charAt(cut - 1))) {
      cut--;
    }
    return name.substring(0, cut) + tail;
  }

  /** Bytes of a name in UTF-8, which is how file systems on Linux and macOS count. */
  public static int utf8Length(String name) {
    return name.getBytes(StandardCharsets.UTF_8).length;
  }

  /** Eight hex digits that stand for the code, the same in every build. */
  static String hash(String code) {
    CRC32 crc = new CRC32();
    crc.update(code.getBytes(StandardCharsets.UTF_8));
    return String.format(Locale.ROOT, "%08X", crc.getValue());
  }
}
