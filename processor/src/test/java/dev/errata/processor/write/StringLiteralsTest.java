package dev.errata.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class StringLiteralsTest {

  @Test
  void shortTextIsOneLiteral() {
    assertEquals("\"a\\\"b\\\\c\\n\"", StringLiterals.of("a\"b\\c\n").toString());
  }

  @Test
  void everyCharacterOutsidePrintableAsciiIsEscaped() {
    assertEquals(
        "\"\\u2028\\u2029\\u0085\\013\\014\\000\\177\\ud800 \\u00e9\\ud83d\\ude00\"",
        StringLiterals.of("\u2028\u2029\u0085\u000b\u000c\u0000\u007f\ud800 é😀").toString());
  }

  @Test
  void octalEscapesAreNotExtendedByAFollowingDigit() {
    assertEquals("\"\\0007\"", StringLiterals.of("\u00007").toString());
  }

  @Test
  void textBeyondTheConstantLimitIsJoinedFromPieces() {
    String text = "余".repeat(30_000) + "x".repeat(10);
    List<String> chunks = StringLiterals.chunks(text);
    assertTrue(chunks.size() > 1);
    assertEquals(text, String.join("", chunks));
    for (String chunk : chunks) {
      assertTrue(
          StringLiterals.modifiedUtf8Length(chunk, 0, chunk.length())
              <= StringLiterals.MAX_CONSTANT_BYTES);
    }
    assertTrue(StringLiterals.of(text).toString().startsWith("String.join(\"\", "));
  }

  @Test
  void surrogatePairsAreNeverSplit() {
    String text = "a" + "😀".repeat(20_000);
    for (String chunk : StringLiterals.chunks(text)) {
      assertFalse(Character.isHighSurrogate(chunk.charAt(chunk.length() - 1)));
      assertFalse(Character.isLowSurrogate(chunk.charAt(0)));
    }
    assertEquals(text, String.join("", StringLiterals.chunks(text)));
  }

  @Test
  void nulTakesTwoBytesInModifiedUtf8() {
    assertEquals(2, StringLiterals.modifiedUtf8Length("\u0000", 0, 1));
    assertEquals(3, StringLiterals.modifiedUtf8Length("余", 0, 1));
  }
}
