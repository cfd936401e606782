package dev.errata.processor.read;

/** The writing system a text is mostly in, as far as errata tells languages apart. */
enum Script {
  /**
   * Chinese, Japanese or Korean: at least one ideograph or kana/hangul, and not outweighed three to
   * one by Latin letters.
   */
  CJK,
  LATIN,
  CYRILLIC,
  /** Letters of another script (Greek, Arabic, Thai ...). */
  OTHER,
  /** No letters at all (empty, numbers, punctuation). */
  NONE;

  static Script of(String text) {
    int cjk = 0;
    int latin = 0;
    int cyrillic = 0;
    int other = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (c < 0x80) {
        // ASCII needs no script lookup, a binary search over Unicode's script ranges
        latin += (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? 1 : 0;
      } else if (isCjk(c)) {
        cjk++;
      } else if (Character.isLetter(c)) {
        switch (Character.UnicodeScript.of(c)) {
          case LATIN -> latin++;
          case CYRILLIC -> cyrillic++;
          default -> other++;
        }
      }
    }
    if (cjk > 0 && cjk * 3 >= latin) {
      return CJK;
    }
    if (cyrillic > latin && cyrillic >= other) {
      return CYRILLIC;
    }
    if (latin > 0 && latin >= other) {
      return LATIN;
    }
    return other > 0 ? OTHER : NONE;
  }

  /** Ideographs, kana and hangul, and the CJK and full-width punctuation that goes with them. */
  static boolean isCjk(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN
        || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA
        || script == Character.UnicodeScript.HANGUL
        || (codePoint >= 0x3000 && codePoint <= 0x303F)
        || (codePoint >= 0xFF00 && codePoint <= 0xFFEF);
  }
}
