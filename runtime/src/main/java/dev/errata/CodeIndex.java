package dev.errata;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds a table's entry for a code as a server returned it; what a generated {@code
 * <Provider>ErrorCode.fromCode} answers. In this order, the first that finds one wins:
 *
 * <ol>
 *   <li>the exact code;
 *   <li>the pattern codes ({@code InvalidParameter.%s} for {@code
 *       InvalidParameter.LoadBalancerSpec}), most literal characters first, in table order when as
 *       many;
 *   <li>the same two again with both sides in lower case (character by character), since providers
 *       have sent codes in another case than their tables write ({@code cbc.5003} for {@code
 *       CBC.5003}); of codes that differ only in case, the table's first.
 * </ol>
 *
 * The code itself is never changed: {@link ServiceException#code()} is what the server sent. Codes
 * longer than {@link #MAX_PATTERN_CODE_LENGTH} characters are only looked up exactly. Matching a
 * pattern is linear in the code's length ({@link CodePattern}). Immutable and thread-safe.
 *
 * @param <C> the table's code type, a generated enum
 */
public final class CodeIndex<C extends ErrorCode> {
  /**
   * The longest code that is matched against pattern codes or in another case: far longer than any
   * code a table lists, short enough that a hostile body cannot make lookups slow.
   */
  public static final int MAX_PATTERN_CODE_LENGTH = 1024;

  private final Map<String, C> exact = new HashMap<>();
  private final Map<String, C> exactIgnoringCase = new HashMap<>();

  /**
   * The sorted hashes of the keys of {@link #exactIgnoringCase}, to pass over most misses
   * unlowered.
   */
  private final int[] lowerCaseHashes;

  private final List<Candidate<C>> patterns = new ArrayList<>();
  private final List<Candidate<C>> patternsIgnoringCase = new ArrayList<>();

  private record Candidate<C>(CodePattern pattern, C errorCode) {}

  private CodeIndex(C[] codes) {
    for (C errorCode : codes) {
      String code = errorCode.code();
      if (errorCode.isPattern()) {
        CodePattern pattern = CodePattern.of(code);
        patterns.add(new Candidate<>(pattern, errorCode));
        patternsIgnoringCase.add(new Candidate<>(pattern.lowerCase(), errorCode));
      } else {
        exact.putIfAbsent(code, errorCode);
        exactIgnoringCase.putIfAbsent(lowerCase(code), errorCode);
      }
    }
    lowerCaseHashes =
        exactIgnoringCase.keySet().stream().mapToInt(String::hashCode).sorted().toArray();
    Comparator<Candidate<C>> mostLiteralFirst =
        Comparator.comparingInt((Candidate<C> candidate) -> candidate.pattern().literalLength())
            .reversed();
    patterns.sort(mostLiteralFirst); // a stable sort: table order among equals
    patternsIgnoringCase.sort(mostLiteralFirst);
  }

  /**
   * @param codes every entry of the table, in table order ({@code values()} of a generated enum)
   */
  public static <C extends ErrorCode> CodeIndex<C> of(C[] codes) {
    return new CodeIndex<>(codes);
  }

  /** The entry for {@code code}, or {@code null} when the table has none. */
  public C find(String code) {
    if (code == null) {
      return null;
    }
    C found = exact.get(code);
    if (found != null || code.length() > MAX_PATTERN_CODE_LENGTH) {
      return found;
    }
    found = firstMatch(patterns, code);
    if (found != null) {
      return found;
    }
    if (!mayMatchIgnoringCase(code)) {
      return null; // most unknown codes: no lowered copy made
    }
    String lowerCase = lowerCase(code);
    found = exactIgnoringCase.get(lowerCase);
    return found != null ? found : firstMatch(patternsIgnoringCase, lowerCase);
  }

  /** Whether an exact code's lowered hash, or a pattern's head and tail, admit {@code code}. */
  private boolean mayMatchIgnoringCase(String code) {
    int hash = 0;
    for (int i = 0; i < code.length(); i++) {
      hash = 31 * hash + lowerCase(code.charAt(i));
    }
    if (Arrays.binarySearch(lowerCaseHashes, hash) >= 0) {
      return true;
    }
    for (Candidate<C> candidate : patternsIgnoringCase) {
      if (candidate.pattern().mayMatchIgnoringCase(code)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Each character in lower case ({@link Character#toLowerCase(char)}): a copy of the same length,
   * whose hash {@link #mayMatchIgnoringCase} computes without making it.
   */
  static String lowerCase(String text) {
    char[] chars = text.toCharArray();
    for (int i = 0; i < chars.length; i++) {
      chars[i] = lowerCase(chars[i]);
    }
    return new String(chars);
  }

  private static char lowerCase(char c) {
    if (c < 0x80) {
      return c >= 'A' && c <= 'Z'
          ? (char) (c + ('a' - 'A'))
          : c; // what Character.toLowerCase gives, sooner
    }
    return Character.toLowerCase(c);
  }

  private static <C> C firstMatch(List<Candidate<C>> candidates, String code) {
    for (Candidate<C> candidate : candidates) {
      if (candidate.pattern().matches(code)) {
        return candidate.errorCode();
      }
    }
    return null;
  }
}
