package dev.errata.cli;

import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.CodeEntry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * What changed between two versions of a provider's table, code by code: codes added, codes removed
 * (what breaks callers that catch them), and codes whose status, texts, kind or retry behaviour
 * changed.
 */
record CatalogDiff(List<CodeEntry> added, List<CodeEntry> removed, List<Changed> changed) {

  CatalogDiff {
    added = List.copyOf(added);
    removed = List.copyOf(removed);
    changed = List.copyOf(changed);
  }

  /** One code present in both, with each of its fields that differ. */
  record Changed(CodeEntry before, CodeEntry after, List<Field> fields) {
    Changed {
      fields = List.copyOf(fields);
    }
  }

  /** One field of a code, before and after. */
  record Field(String name, String before, String after) {}

  /** The fields compared, by the name {@code diff} prints. */
  private static final Map<String, Function<CodeEntry, String>> FIELDS = new LinkedHashMap<>();

  static {
    FIELDS.put(
        "status", entry -> entry.httpStatus() == 0 ? "" : String.valueOf(entry.httpStatus()));
    FIELDS.put("message", CodeEntry::message);
    FIELDS.put("description", CodeEntry::description);
    FIELDS.put("solution", CodeEntry::solution);
    FIELDS.put("kind", entry -> entry.kind().name());
    FIELDS.put("retryable", entry -> String.valueOf(entry.retryable()));
  }

  static CatalogDiff between(Catalog before, Catalog after) {
    Map<String, CodeEntry> old = byCode(before);
    Map<String, CodeEntry> now = byCode(after);
    List<CodeEntry> added = new ArrayList<>();
    List<Changed> changed = new ArrayList<>();
    for (CodeEntry entry : now.values()) {
      CodeEntry previous = old.get(entry.code());
      if (previous == null) {
        added.add(entry);
        continue;
      }
      List<Field> fields = new ArrayList<>();
      FIELDS.forEach(
          (name, value) -> {
            if (!Objects.equals(value.apply(previous), value.apply(entry))) {
              fields.add(new Field(name, value.apply(previous), value.apply(entry)));
            }
          });
      if (!fields.isEmpty()) {
        changed.add(new Changed(previous, entry, fields));
      }
    }
    List<CodeEntry> removed =
        old.values().stream().filter(entry -> !now.containsKey(entry.code())).toList();
    return new CatalogDiff(added, removed, changed);
  }

  boolean isEmpty() {
    return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
  }

  private static Map<String, CodeEntry> byCode(Catalog catalog) {
    Map<String, CodeEntry> entries = new LinkedHashMap<>();
    catalog.entries().forEach(entry -> entries.put(entry.code(), entry));
    return entries;
  }
}
