package dev.errata.processor.kind;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.processor.model.TableRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link PhraseIndex} finds, in one pass, what each of its {@link Phrases} finds alone. */
class PhraseIndexTest {
  private static final List<Phrases> ALL = allPhrases();

  private static List<Phrases> allPhrases() {
    List<Phrases> phrases = new ArrayList<>();
    KindRules.WORDS.forEach(rule -> phrases.add(rule.phrases()));
    KindRules.CODE_WORDS.forEach(rule -> phrases.add(rule.phrases()));
    phrases.add(KindRules.PARAMETER_CATEGORY);
    phrases.add(KindRules.NO_RETRY);
    phrases.add(KindRules.RETRY);
    phrases.add(KindRules.UNDER_WAY);
    return phrases;
  }

  @Test
  void everyTextOfTheLabelledCorpusGetsTheHitsEachListFindsAlone() throws IOException {
    PhraseIndex index = new PhraseIndex(ALL);
    int texts = 0;
    int hits = 0;
    for (LabeledCodesTest.Table table : LabeledCodesTest.corpus()) {
      for (LabeledCodesTest.Labeled labeled : table.labeled()) {
        TableRow row = labeled.row();
        List<ScannedText> scanned = new ArrayList<>();
        scanned.add(ScannedText.ofCode(row.code()));
        ScannedText.codeSegments(row.code()).forEach(s -> scanned.add(ScannedText.ofCode(s)));
        scanned.add(ScannedText.of(row.message()));
        scanned.add(ScannedText.of(row.description()));
        scanned.add(ScannedText.of(row.solution()));
        for (ScannedText text : scanned) {
          Phrases.Hit[] alone = new Phrases.Hit[ALL.size()];
          for (int i = 0; i < alone.length; i++) {
            alone[i] = ALL.get(i).first(text);
            hits += alone[i] == null ? 0 : 1;
          }
          assertArrayEquals(alone, index.first(text), text.text());
          texts++;
        }
      }
    }
    // the corpus must reach the index: thousands of texts, and hits in many of them
    assertTrue(texts > 5_000, texts + " texts");
    assertTrue(hits > 2_000, hits + " hits");
  }

  @Test
  void theFirstSpellingWinsWhereSeveralStartAtOneWord() {
    Phrases later = Phrases.of(List.of("time", "time out", "timeout*"), List.of());
    Phrases prefix = Phrases.of(List.of("tim*"), List.of());
    PhraseIndex index = new PhraseIndex(List.of(later, prefix));
    ScannedText text = ScannedText.of("The request timed out after a Time-out");
    Phrases.Hit[] hits = index.first(text);
    assertEquals(later.first(text), hits[0]);
    assertEquals("Time", text.text().substring(hits[0].start(), hits[0].end()));
    assertEquals(prefix.first(text), hits[1]);
    assertEquals("timed", text.text().substring(hits[1].start(), hits[1].end()));
  }

  @Test
  void aCjkPhraseBeforeTheFirstEnglishWordWins() {
    Phrases mixed = Phrases.of(List.of("balance"), List.of("余额不足"));
    PhraseIndex index = new PhraseIndex(List.of(mixed, Phrases.of(List.of("quota"), List.of())));
    ScannedText text = ScannedText.of("余额不足: balance too low");
    Phrases.Hit[] hits = index.first(text);
    assertEquals(new Phrases.Hit(0, 4), hits[0]);
    assertNull(hits[1]);
  }
}
