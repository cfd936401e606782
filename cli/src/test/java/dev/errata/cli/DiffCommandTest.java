package dev.errata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  private static final String REMOVED_ROW = "| 400 | CBC.0101 |";
  private static final String OLD_MESSAGE = "Insufficient balance.";

  @TempDir Path dir;
  private Path cbc;

  @BeforeEach
  void copyTable() throws IOException {
    cbc = CliRun.specTable(dir, "huawei-cbc.md");
  }

  @Test
  void aTableAgainstItselfHasNoDifferences() {
    CliRun run = CliRun.of("diff", cbc.toString(), cbc.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(
        run.out().startsWith(cbc + " -> " + cbc + ": 0 added, 0 removed, 0 changed"), run.out());
  }

  @Test
  void aRemovedRowAndAChangedMessageAreReportedAndRemovalFails() throws IOException {
    Path edited = editedTable();
    CliRun run = CliRun.of("diff", cbc.toString(), edited.toString());
    assertEquals(1, run.status(), run.out() + run.err());
    assertTrue(run.out().contains(": 0 added, 1 removed, 1 changed"), run.out());
    assertTrue(run.out().contains("- CBC.0101  (" + cbc + ":"), run.out());
    assertTrue(
        run.out().contains("    message: \"" + OLD_MESSAGE + "\" -> \"Balance too low.\""),
        run.out());

    CliRun back = CliRun.of("diff", edited.toString(), cbc.toString());
    assertEquals(0, back.status(), "adding a code is no failure");
    assertTrue(back.out().contains(": 1 added, 0 removed, 1 changed"), back.out());
  }

  @Test
  void jsonListsTheSameDifferences() throws IOException {
    CliRun run = CliRun.of("diff", "--json", cbc.toString(), editedTable().toString());
    assertEquals(1, run.status(), run.err());
    List<String> removedCodes = new ArrayList<>();
    List<String> changedFields = new ArrayList<>();
    try (JsonParser json = new JsonFactory().createParser(run.out())) {
      String array = null;
      while (json.nextToken() != null) {
        if (json.currentToken() == JsonToken.START_ARRAY) {
          array = json.currentName();
        } else if (json.currentToken() == JsonToken.FIELD_NAME
            && "removed".equals(array)
            && json.currentName().equals("code")) {
          removedCodes.add(json.nextTextValue());
        } else if (json.currentToken() == JsonToken.FIELD_NAME
            && "fields".equals(array)
            && json.currentName().equals("new")) {
          changedFields.add(json.nextTextValue());
        }
      }
    }
    assertEquals(List.of("CBC.0101"), removedCodes);
    assertEquals(List.of("Balance too low."), changedFields);
  }

  /** The CBC table with CBC.0101's row removed and one message reworded. */
  private Path editedTable() throws IOException {
    String table = Files.readString(cbc, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    int removed = 0;
    int changed = 0;
    for (String line : table.split("\n", -1)) {
      if (line.startsWith(REMOVED_ROW)) {
        removed++;
        continue;
      }
      if (changed == 0 && line.contains("| " + OLD_MESSAGE + " |")) {
        line = line.replace("| " + OLD_MESSAGE + " |", "| Balance too low. |");
        changed++;
      }
      lines.add(line);
    }
    assertEquals(1, removed, "the table has one CBC.0101 row");
    assertEquals(1, changed, "the table has a row with message " + OLD_MESSAGE);
    Path edited = dir.resolve("huawei-cbc-edited.md");
    Files.writeString(edited, String.join("\n", lines), StandardCharsets.UTF_8);
    return edited;
  }
}
