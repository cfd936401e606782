package dev.errata.processor.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScannedTextTest {
  private static List<String> words(ScannedText text) {
    List<String> words = new ArrayList<>();
    for (int i = 0; i < text.size(); i++) {
      words.add(text.word(i));
    }
    return words;
  }

  @Test
  void wordsOfAlphabetsBeyondAsciiAreWords() {
    ScannedText text = ScannedText.of("Ungültiger Wert; Счёт не найден, café Ödeme");
    assertEquals(
        List.of("ungültiger", "wert", "счёт", "не", "найден", "café", "ödeme"), words(text));
    assertFalse(text.hasCjk());
    assertEquals(1, text.sentence(2), "the semicolon ends the first sentence");
  }

  @Test
  void aDecomposedAccentAndTheMarksOfAnAbugidaStayInTheirWord() {
    ScannedText decomposed = ScannedText.of("Ungu\u0308ltiger Wert");
    assertEquals(List.of("ungültiger", "wert"), words(decomposed));
    assertEquals("Ungültiger Wert", decomposed.text());
    assertEquals(List.of("अमान्य", "पैरामीटर"), words(ScannedText.of("अमान्य पैरामीटर")));
  }

  @Test
  void caseChangesCutWordsInAnyAlphabet() {
    assertEquals(List.of("order", "not", "found"), words(ScannedText.ofCode("OrderNotFound")));
    assertEquals(List.of("счёт", "не", "найден"), words(ScannedText.ofCode("СчётНеНайден")));
    assertEquals(List.of("io", "error", "42"), words(ScannedText.ofCode("IOError42")));
  }

  @Test
  void cjkIsLeftToCjkPhrases() {
    ScannedText text = ScannedText.of("余额不足 (balance)");
    assertEquals(List.of("balance"), words(text));
    assertTrue(text.hasCjk());
  }
}
