package dev.errata.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errata.processor.model.Column;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class HeaderSynonymsTest {
  private static final Pattern QUOTED = Pattern.compile("`([^`]+)`");

  /** The README's header tables list exactly the synonyms the reader knows, in its order. */
  @Test
  void readmeListsTheReadersSynonyms() throws IOException {
    String readme = Files.readString(Path.of("../spec-tables/README.md"), StandardCharsets.UTF_8);
    String section =
        readme.substring(readme.indexOf("### Headers"), readme.indexOf("### Cells and repairs"));
    Map<String, List<String>> documented = new LinkedHashMap<>();
    for (String line : section.split("\n")) {
      Matcher cell = QUOTED.matcher(line);
      if (line.startsWith("| `")) {
        String[] cells = line.split(" \\| ");
        cell.find();
        documented.put(cell.group(1), quoted(cells[2]));
      } else if (line.startsWith("- `")) {
        cell.find();
        documented.put("loose " + cell.group(1), quoted(line.substring(cell.end())));
      }
    }
    Map<String, List<String>> known = new LinkedHashMap<>();
    for (Column column : Column.values()) {
      known.put(column.name().toLowerCase(Locale.ROOT), new ArrayList<>());
    }
    for (HeaderSynonyms.Synonym synonym : HeaderSynonyms.all()) {
      if (synonym.firm()) {
        known.get(synonym.columns().get(0).name().toLowerCase(Locale.ROOT)).add(synonym.header());
      } else {
        known.put(
            "loose " + synonym.header(),
            synonym.columns().stream().map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
      }
    }
    assertEquals(known, documented);
  }

  private static List<String> quoted(String text) {
    List<String> values = new ArrayList<>();
    Matcher value = QUOTED.matcher(text);
    while (value.find()) {
      values.add(value.group(1));
    }
    return values;
  }

  @Test
  void noTwoSynonymsNormalizeAlike() {
    Map<String, String> seen = new LinkedHashMap<>();
    for (HeaderSynonyms.Synonym synonym : HeaderSynonyms.all()) {
      String previous = seen.put(HeaderSynonyms.normalize(synonym.header()), synonym.header());
      if (previous != null && !previous.equals(synonym.header())) {
        assertEquals(previous, synonym.header(), "same header twice");
      }
    }
  }

  @Test
  void bilingualPluralAndDecoratedHeadersMatch() {
    assertEquals(Optional.of(Column.CODE), column("错误码(Error Code)"));
    assertEquals(Optional.of(Column.CODE), column("错误码 / Code"));
    assertEquals(Optional.of(Column.CODE), column("**Error Codes**"));
    assertEquals(Optional.of(Column.STATUS), column("HTTP　状态码"));
    assertEquals(Optional.of(Column.SOLUTION), column("Solutions:"));
    assertEquals(Optional.empty(), column("示例值"));
  }

  private static Optional<Column> column(String header) {
    return HeaderSynonyms.match(header).map(synonym -> synonym.columns().get(0));
  }
}
