package dev.errata.processor.read;

import dev.errata.processor.model.Column;
import dev.errata.processor.model.TableOptions;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds which cell of a header row holds which {@link Column}. */
final class HeaderMatcher {
  private final Map<Column, String> explicitHeaders;

  HeaderMatcher(TableOptions options) {
    this.explicitHeaders = options.headers();
  }

  /**
   * The columns of a header row: explicit headers from the options first, then firm synonyms, then
   * loose ones into the columns still free. Empty when the row has no code column.
   */
  Optional<Map<Column, Integer>> errorColumns(List<String> header) {
    Map<Column, Integer> columns = columns(header);
    return columns.containsKey(Column.CODE) ? Optional.of(columns) : Optional.empty();
  }

  Map<Column, Integer> columns(List<String> header) {
    Map<Column, Integer> columns = new EnumMap<>(Column.class);
    List<Integer> taken = new ArrayList<>();
    for (Column column : Column.values()) {
      String name = explicitHeaders.get(column);
      for (int i = 0; name != null && i < header.size(); i++) {
        if (!taken.contains(i)
            && HeaderSynonyms.normalize(header.get(i)).equals(HeaderSynonyms.normalize(name))) {
          columns.put(column, i);
          taken.add(i);
          break;
        }
      }
    }
    for (boolean firm : new boolean[] {true, false}) {
      for (int i = 0; i < header.size(); i++) {
        if (taken.contains(i)) {
          continue;
        }
        Optional<HeaderSynonyms.Synonym> synonym = HeaderSynonyms.match(header.get(i));
        if (synonym.isEmpty() || synonym.get().firm() != firm) {
          continue;
        }
        for (Column column : synonym.get().columns()) {
          if (!columns.containsKey(column)) {
            columns.put(column, i);
            taken.add(i);
            break;
          }
        }
      }
    }
    return columns;
  }

  /** Whether every non-empty cell is a known header and one of them is a code column. */
  boolean isErrorHeader(List<String> row) {
    for (String cell : row) {
      if (!cell.isBlank() && HeaderSynonyms.match(cell).isEmpty() && !explicitHeaders.containsValue(cell)) {
        return false;
      }
    }
    Map<Column, Integer> columns = columns(row);
    long nonEmpty = row.stream().filter(cell -> !cell.isBlank()).count();
    return columns.containsKey(Column.CODE) && columns.size() >= 2 && columns.size() == nonEmpty;
  }
}
