package dev.errata.processor.kind;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Several {@link Phrases} looked up together: one pass over a text's words finds the first hit of
 * each, as {@link Phrases#first} would find it, where asking each in turn reads the text once per
 * list of phrases.
 */
final class PhraseIndex {
  /** A spelling of one of the lists' phrases; {@code owner} is the list's place. */
  private record Entry(int owner, Phrases.Sequence sequence) {}

  private final List<Phrases> phrases;
  private final Map<String, List<Entry>> byFirstWord = new HashMap<>();

  /**
   * Spellings whose first word goes on ({@code throttl*}, {@code найден*}), by its first letter.
   */
  private final Map<Character, List<Entry>> byFirstPrefix = new HashMap<>();

  PhraseIndex(List<Phrases> phrases) {
    this.phrases = List.copyOf(phrases);
    for (int owner = 0; owner < this.phrases.size(); owner++) {
      for (Phrases.Sequence sequence : this.phrases.get(owner).sequences()) {
        Phrases.Step first = sequence.steps()[0];
        Entry entry = new Entry(owner, sequence);
        if (first.prefix()) {
          byFirstPrefix.computeIfAbsent(first.word().charAt(0), c -> new ArrayList<>()).add(entry);
        } else {
          byFirstWord.computeIfAbsent(first.word(), w -> new ArrayList<>()).add(entry);
        }
      }
    }
  }

  /** For each list of phrases, in order, its leftmost hit in {@code text}, or {@code null}. */
  Phrases.Hit[] first(ScannedText text) {
    int count = phrases.size();
    Phrases.Hit[] hits = new Phrases.Hit[count];
    Candidates candidates = new Candidates(count);
    int found = 0;
    for (int i = 0; i < text.size() && found < count; i++) {
      String word = text.word(i);
      List<Entry> exact = byFirstWord.get(word);
      if (exact != null) {
        for (Entry entry : exact) {
          candidates.consider(entry, i, text, hits);
        }
      }
      for (Entry entry : byFirstPrefix.getOrDefault(word.charAt(0), List.of())) {
        if (entry.sequence().steps()[0].matches(word)) {
          candidates.consider(entry, i, text, hits);
        }
      }
      found += candidates.settle(i, text, hits);
    }
    if (text.hasCjk()) {
      for (int owner = 0; owner < count; owner++) {
        Phrases.Hit cjk = phrases.get(owner).firstCjk(text.text());
        if (cjk != null && (hits[owner] == null || cjk.start() < hits[owner].start())) {
          hits[owner] = cjk;
        }
      }
    }
    return hits;
  }

  /** The phrases that match from one word on, and for each the spelling that comes first. */
  private static final class Candidates {
    private final int[] bestOrder;
    private final int[] bestEnd;
    private final int[] owners;
    private int size;

    Candidates(int count) {
      bestOrder = new int[count];
      bestEnd = new int[count];
      owners = new int[count];
    }

    void consider(Entry entry, int word, ScannedText text, Phrases.Hit[] hits) {
      int owner = entry.owner();
      if (hits[owner] != null) {
        return;
      }
      Phrases.Step[] steps = entry.sequence().steps();
      int last = Phrases.rest(steps, 1, word, text);
      if (last < 0) {
        return;
      }
      int order = entry.sequence().order();
      for (int k = 0; k < size; k++) {
        if (owners[k] == owner) {
          if (order < bestOrder[owner]) {
            bestOrder[owner] = order;
            bestEnd[owner] = last;
          }
          return;
        }
      }
      owners[size++] = owner;
      bestOrder[owner] = order;
      bestEnd[owner] = last;
    }

    /** Records the hits found from word {@code word} on; returns how many. */
    int settle(int word, ScannedText text, Phrases.Hit[] hits) {
      for (int k = 0; k < size; k++) {
        int owner = owners[k];
        hits[owner] = new Phrases.Hit(text.start(word), text.end(bestEnd[owner]));
      }
      int settled = size;
      size = 0;
      return settled;
    }
  }
}
