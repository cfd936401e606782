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
import dev.errata.processor.read.TableReader;
import dev.errata.processor.read.TableTools;
import dev.errata.processor.write.Generation;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.lang.model.SourceVersion;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Random tables, TSV and Markdown, built from fragments that break naive code generators, go
 * through the reader, the catalog builder and the writers without an exception; a sample of them
 * goes through javac (some under a build encoding that is not UTF-8), and the compiled constants
 * equal the cells the generator wrote.
 */
class GenerationFuzzTest {
  private static final int TABLES = Integer.getInteger("errata.fuzz.tables", 500);
  private static final int COMPILED = Integer.getInteger("errata.fuzz.compiled", 4);

  private static final List<String> FRAGMENTS =
      List.of(
          "*/",
          "/*",
          "/**",
          "\\u002a/",
          "\\u000a",
          "\\",
          "\\\\",
          "\"",
          "'",
          "`",
          "|",
          "\\|",
          "@",
          "@deprecated",
          "{@code",
          "}",
          "$",
          "$L",
          "$S",
          "%s",
          "%d",
          "%(key)s",
          "{name}",
          "XXX",
          "某某",
          "<",
          ">",
          "&",
          "&amp;",
          "<br>",
          "<script>",
          "余额不足",
          "不存在",
          "😀",
          "\u202e",
          "\u200b",
          "\u00a0",
          " ",
          "  ",
          "-",
          "—",
          "Not Found",
          "Invalid",
          "Throttling",
          "class",
          "Unknown",
          "String",
          "0",
          "400",
          "CBC.",
          "Ecs.0001",
          "ECS_0001",
          "ecs-0001",
          "x".repeat(300),
          // line and paragraph separators, and the other characters some tool takes for a line end
          "\u2028",
          "\u2029",
          "\u0085",
          "\u000b",
          "\u000c",
          // non-ASCII text that a build encoding other than UTF-8 would change
          "café",
          "ß",
          "€",
          "中文",
          "错误.不存在",
          // a lone surrogate (written as an entity in Markdown, where a table can hold one)
          "\ud800",
          "\udfff");

  /** Codes that stress naming and matching: long, non-ASCII, several placeholders. */
  private static final List<String> CODE_SHAPES =
      List.of(
          "Quota.%s.%s.Exceeded",
          "%s.%s.%s",
          "A.%s%s.B",
          "Invalid.{name}.%d.%(key)s",
          "中".repeat(80),
          "错误.%s.不存在",
          "Ünï".repeat(40),
          "Long." + "Segment.%s.".repeat(12) + "End",
          "x".repeat(200) + ".%s");

  private static final Set<String> ABSENT = Set.of("", "-", "—", "–");

  @TempDir Path tables;

  /**
   * A generated table: its file name, its text, and each row's cells as the generator meant them.
   */
  private record Table(String name, String text, List<List<String>> rows) {}

  @Test
  void randomHostileTablesNeverBreakThePipeline() {
    Random random = new Random(20261122L);
    int generated = 0;
    for (int i = 0; i < TABLES; i++) {
      Table table = randomTable(random);
      TableContent content =
          TableReader.read(
              table.name(), table.text().getBytes(StandardCharsets.UTF_8), TableOptions.DEFAULT);
      if (content.hasErrors()) {
        continue;
      }
      CatalogBuilder.Result built = CatalogBuilder.build(settings(table.name()), content.rows());
      if (built.catalog() == null) {
        continue;
      }
      for (CodeEntry entry : built.catalog().entries()) {
        assertTrue(SourceVersion.isName(entry.constantName()), entry.constantName());
        assertTrue(SourceVersion.isName(entry.className()), entry.className());
      }
      for (Generation.SourceFile file : Generation.sources(built.catalog())) {
        assertTrue(file.text().contains("@Generated"));
        assertTrue(
            file.text().chars().allMatch(c -> c < 0x80), file.qualifiedName() + " is not ASCII");
      }
      generated++;
    }
    assertTrue(
        generated > TABLES * 3 / 4,
        "only " + generated + " of " + TABLES + " tables generated code");
  }

  @Test
  void sampleOfRandomTablesCompilesToTheCellsExactly() throws Exception {
    Random random = new Random(7L);
    int compiled = 0;
    int markdown = 0;
    while (compiled < COMPILED) {
      Table table = randomTable(random);
      Map<String, String> expected = expected(table);
      if (expected.isEmpty()) {
        continue;
      }
      String encoding = compiled % 3 == 2 ? "ISO-8859-1" : "UTF-8";
      Compilation compilation =
          ProcessorFixture.compile(
              tables,
              table.name(),
              table.text(),
              ProcessorFixture.packageInfo(
                  "fuzz", "@ErrorCatalog(provider = \"Fuzz\", table = \"" + table.name() + "\")"),
              "-encoding",
              encoding);
      assertThat(compilation).succeeded();
      Map<String, String> actual = new LinkedHashMap<>();
      for (Object constant :
          new CompiledClasses(compilation).load("fuzz.FuzzErrorCode").getEnumConstants()) {
        ErrorCode code = (ErrorCode) constant;
        actual.put(code.code(), code.message() + "|" + code.description() + "|" + code.solution());
      }
      if (swappedBack(compilation)) {
        // the reader's documented repair of a row whose message and description are in each
        // other's language: compare the texts as a set
        assertEquals(expected.keySet(), actual.keySet(), table.text());
      } else {
        assertEquals(expected, actual, table.text());
      }
      for (JavaFileObject file : compilation.generatedSourceFiles()) {
        assertTrue(
            file.getCharContent(true).chars().allMatch(c -> c < 0x80),
            file.getName() + " is not ASCII");
      }
      compiled++;
      markdown += table.name().endsWith(".md") ? 1 : 0;
    }
    assertTrue(
        COMPILED < 2 || markdown > 0 && markdown < compiled,
        markdown + " of " + compiled + " were Markdown");
  }

  /**
   * What the constants must hold, from the generator's cells: the first row of each code wins, and
   * a table without any message text gives each code its description as message.
   */
  private static Map<String, String> expected(Table table) {
    boolean noMessages = table.rows().stream().allMatch(row -> row.get(2).isEmpty());
    Map<String, String> expected = new LinkedHashMap<>();
    for (List<String> row : table.rows()) {
      String code = row.get(1);
      if (!code.isEmpty()) {
        String message = noMessages ? row.get(3) : row.get(2);
        expected.putIfAbsent(code, message + "|" + row.get(3) + "|" + row.get(4));
      }
    }
    return expected;
  }

  private static boolean swappedBack(Compilation compilation) {
    return compilation.diagnostics().stream()
        .filter(d -> d.getKind() == Diagnostic.Kind.WARNING)
        .anyMatch(d -> d.getMessage(null).contains("swapped back"));
  }

  private static CatalogSettings settings(String table) {
    return new CatalogSettings(
        "fuzz", "Fuzz", "fuzz", table, TableOptions.DEFAULT, BodyLocation.AUTO_DETECT, Map.of());
  }

  private static Table randomTable(Random random) {
    boolean markdown = random.nextBoolean();
    StringBuilder text = new StringBuilder();
    if (random.nextInt(10) == 0) {
      text.append('\ufeff');
    }
    text.append(
        markdown
            ? "| HTTP status code | Error code | Error message | Description | Solution |\n|---|---|---|---|---|\n"
            : ProcessorFixture.TSV_HEADER);
    List<List<String>> rows = new ArrayList<>();
    int count = 1 + random.nextInt(8);
    for (int r = 0; r < count; r++) {
      String code =
          random.nextInt(4) == 0
              ? CODE_SHAPES.get(random.nextInt(CODE_SHAPES.size()))
              : cell(random, 3, markdown);
      List<String> cells =
          List.of(
              random.nextInt(4) == 0 ? "" : String.valueOf(200 + random.nextInt(400)),
              code,
              cell(random, 6, markdown),
              cell(random, 6, markdown),
              cell(random, 4, markdown));
      rows.add(cells);
      if (markdown) {
        text.append("| ");
      }
      for (int c = 0; c < cells.size(); c++) {
        text.append(c == 0 ? "" : markdown ? " | " : "\t")
            .append(markdown ? markdownCell(cells.get(c)) : cells.get(c));
      }
      text.append(markdown ? " |\n" : "\n");
    }
    return new Table(markdown ? "t.md" : "t.tsv", text.toString(), rows);
  }

  /**
   * A cell as the table means it. TSV cannot hold a tab, a line break or a quote that starts a
   * quoted cell, and UTF-8 cannot hold a lone surrogate; the reader strips white space at the edges
   * and reads {@code -} as absent: the generator writes none of these.
   */
  private static String cell(Random random, int maxFragments, boolean markdown) {
    StringBuilder cell = new StringBuilder();
    int fragments = random.nextInt(maxFragments + 1);
    for (int i = 0; i < fragments; i++) {
      cell.append(FRAGMENTS.get(random.nextInt(FRAGMENTS.size())));
    }
    String text = cell.toString();
    if (!markdown) {
      StringBuilder tsv = new StringBuilder();
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        boolean loneSurrogate =
            Character.isSurrogate(c)
                && !(Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1)))
                && !(Character.isLowSurrogate(c)
                    && i > 0
                    && Character.isHighSurrogate(text.charAt(i - 1)));
        tsv.append(c == '\t' || c == '\n' || c == '\r' || c == '"' || loneSurrogate ? ' ' : c);
      }
      text = tsv.toString();
    }
    text = strip(text);
    return ABSENT.contains(text) ? "" : text;
  }

  /** The Markdown cell that reads as {@code text}, a lone surrogate written as a numeric entity. */
  private static String markdownCell(String text) {
    String escaped = TableTools.markdownCell(text);
    StringBuilder cell = new StringBuilder();
    for (int i = 0; i < escaped.length(); i++) {
      int codePoint = escaped.codePointAt(i);
      if (Character.isSurrogate((char) codePoint) && Character.charCount(codePoint) == 1) {
        cell.append("&#").append(codePoint).append(';');
      } else {
        cell.appendCodePoint(codePoint);
      }
      i += Character.charCount(codePoint) - 1;
    }
    return cell.toString();
  }

  private static String strip(String text) {
    int start = 0;
    int end = text.length();
    while (start < end && isSpace(text.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(text.charAt(end - 1))) {
      end--;
    }
    return text.substring(start, end);
  }

  private static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
