package dev.errata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.errata.ErrorCode;
import dev.errata.processor.catalog.CatalogBuilder;
import dev.errata.processor.model.CatalogSettings;
import dev.errata.processor.model.CatalogSettings.BodyLocation;
import dev.errata.processor.model.CodeEntry;
import dev.errata.processor.model.TableContent;
import dev.errata.processor.model.TableOptions;
import dev.errata.processor.model.TableRow;
import dev.errata.processor.read.TableReader;
import dev.errata.processor.write.Generation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import javax.lang.model.SourceVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random tables built from fragments that break naive code generators go through the reader, the
 * catalog builder and the writers without an exception; a sample of them goes through javac, and
 * the compiled constants equal the cells the reader read.
 */
class GenerationFuzzTest {
  private static final int TABLES = Integer.getInteger("errata.fuzz.tables", 500);
  private static final int COMPILED = Integer.getInteger("errata.fuzz.compiled", 4);

  private static final List<String> FRAGMENTS = List.of(
      "*/", "/*", "/**", "\\u002a/", "\\u000a", "\\", "\\\\", "\"", "'", "`", "|", "\\|", "@", "@deprecated",
      "{@code", "}", "$", "$L", "$S", "%s", "%d", "%(key)s", "{name}", "XXX", "某某", "<", ">", "&", "&amp;",
      "<br>", "<script>", "余额不足", "不存在", "😀", "\u202e", "\u200b", "\u00a0", " ", "  ", "-", "—",
      "Not Found", "Invalid", "Throttling", "class", "Unknown", "String", "0", "400", "CBC.", "Ecs.0001",
      "ECS_0001", "ecs-0001", "x".repeat(300));

  @TempDir Path tables;

  @Test
  void randomHostileTablesNeverBreakThePipeline() {
    Random random = new Random(20261122L);
    int generated = 0;
    for (int i = 0; i < TABLES; i++) {
      String table = randomTable(random);
      String name = i % 2 == 0 ? "t.tsv" : "t.md";
      TableContent content = TableReader.read(name, table.getBytes(StandardCharsets.UTF_8), TableOptions.DEFAULT);
      if (content.hasErrors()) {
        continue;
      }
      CatalogBuilder.Result built = CatalogBuilder.build(settings(name), content.rows());
      if (built.catalog() == null) {
        continue;
      }
      for (CodeEntry entry : built.catalog().entries()) {
        assertTrue(SourceVersion.isName(entry.constantName()), entry.constantName());
        assertTrue(SourceVersion.isName(entry.className()), entry.className());
      }
      for (Generation.SourceFile file : Generation.sources(built.catalog())) {
        assertTrue(file.text().contains("@Generated"));
      }
      generated++;
    }
    assertTrue(generated > TABLES / 4, "only " + generated + " of " + TABLES + " tables generated code");
  }

  @Test
  void sampleOfRandomTablesCompilesToTheCellsExactly() throws Exception {
    Random random = new Random(7L);
    int compiled = 0;
    while (compiled < COMPILED) {
      String table = randomTable(random);
      TableContent content = TableReader.read("t.tsv", table.getBytes(StandardCharsets.UTF_8), TableOptions.DEFAULT);
      if (content.hasErrors() || content.rows().stream().allMatch(r -> r.code().isEmpty())) {
        continue;
      }
      Compilation compilation = ProcessorFixture.compile(tables, "t.tsv", table,
          ProcessorFixture.packageInfo("fuzz", "@ErrorCatalog(provider = \"Fuzz\", table = \"t.tsv\")"));
      assertThat(compilation).succeeded();
      // a table without any message text gives each code its description as message
      boolean noMessages = content.rows().stream().allMatch(row -> row.message().isEmpty());
      Map<String, String> expected = new LinkedHashMap<>();
      for (TableRow row : content.rows()) {
        if (!row.code().isEmpty()) {
          String message = noMessages ? row.description() : row.message();
          expected.putIfAbsent(row.code(), message + "|" + row.description() + "|" + row.solution());
        }
      }
      Map<String, String> actual = new LinkedHashMap<>();
      for (Object constant : new CompiledClasses(compilation).load("fuzz.FuzzErrorCode").getEnumConstants()) {
        ErrorCode code = (ErrorCode) constant;
        actual.put(code.code(), code.message() + "|" + code.description() + "|" + code.solution());
      }
      assertEquals(expected, actual);
      compiled++;
    }
  }

  private static CatalogSettings settings(String table) {
    return new CatalogSettings("fuzz", "Fuzz", "fuzz", table, TableOptions.DEFAULT, BodyLocation.AUTO_DETECT, Map.of());
  }

  private static String randomTable(Random random) {
    boolean markdown = random.nextBoolean();
    StringBuilder table = new StringBuilder();
    if (random.nextInt(10) == 0) {
      table.append('\ufeff');
    }
    table.append(markdown ? "| HTTP status code | Error code | Error message | Description | Solution |\n|---|---|---|---|---|\n"
        : ProcessorFixture.TSV_HEADER);
    int rows = 1 + random.nextInt(8);
    for (int r = 0; r < rows; r++) {
      String[] cells = {random.nextInt(4) == 0 ? "" : String.valueOf(200 + random.nextInt(400)),
          cell(random, 3), cell(random, 6), cell(random, 6), cell(random, 4)};
      String separator = markdown ? " | " : "\t";
      if (markdown) {
        table.append("| ");
      }
      for (int c = 0; c < cells.length; c++) {
        String cell = markdown ? cells[c].replace("|", "\\|") : cells[c].replace("\t", " ").replace("\"", "'");
        table.append(c == 0 ? "" : separator).append(cell.replace("\n", " ").replace("\r", " "));
      }
      table.append(markdown ? " |\n" : "\n");
    }
    return table.toString();
  }

  private static String cell(Random random, int maxFragments) {
    StringBuilder cell = new StringBuilder();
    int fragments = random.nextInt(maxFragments + 1);
    for (int i = 0; i < fragments; i++) {
      cell.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
    }
    return cell.toString();
  }
}
