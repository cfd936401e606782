package dev.errata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.ProcessorFixture.compile;
import static dev.errata.processor.ProcessorFixture.packageInfo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.errata.processor.model.Problem;
import java.nio.file.Path;
import java.util.List;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Acknowledging errata's warnings by category, on the annotation and for a whole build. */
class SuppressTest {
  /** Row B has its message and description in each other's language; row C lacks a cell. */
  private static final String TABLE =
      "Code\tMessage\tDescription\n"
          + "A\tNot found.\t未找到\n"
          + "B\t参数错误\tInvalid parameter.\n"
          + "C\tToo many requests.\n"
          + "D\tDenied.\t拒绝\n";

  @TempDir Path tables;

  private Compilation compile(String attributes, String... options) {
    return ProcessorFixture.compile(
        tables,
        "t.tsv",
        TABLE,
        packageInfo(
            "com.example.t",
            "@ErrorCatalog(provider = \"T\", table = \"t.tsv\"" + attributes + ")"),
        options);
  }

  private static List<String> warnings(Compilation compilation) {
    return compilation.warnings().stream()
        .map(warning -> warning.getMessage(null))
        .map(message -> message.replaceAll("^t\\.tsv:\\d+(:\\d+)?: ", ""))
        .map(message -> message.substring(0, message.indexOf(']') + 1))
        .toList();
  }

  @Test
  void everyWarningNamesItsCategory() {
    Compilation compilation = compile("");
    assertThat(compilation).succeeded();
    assertEquals(List.of("[errata:swapped-columns]", "[errata:short-row]"), warnings(compilation));
  }

  @Test
  void aSuppressedCategoryDisappearsAndTheOthersStay() {
    Compilation compilation = compile(", suppress = \"swapped-columns\"");
    assertThat(compilation).succeeded();
    assertEquals(List.of("[errata:short-row]"), warnings(compilation));
  }

  @Test
  void theOptionSuppressesForTheBuildWithOrWithoutThePrefix() {
    Compilation compilation = compile("", "-Aerrata.suppress=errata:short-row");
    assertEquals(List.of("[errata:swapped-columns]"), warnings(compilation));
    assertEquals(List.of(), warnings(compile("", "-Aerrata.suppress=short-row,swapped-columns")));
  }

  @Test
  void allSuppressesEveryWarningButNoNoteOrError() {
    Compilation compilation = compile(", suppress = \"all\"");
    assertThat(compilation).succeeded();
    assertEquals(List.of(), warnings(compilation));
    assertThat(compilation)
        .hadNoteContaining(
            "t.tsv: columns: code = 1 (header Code), message = 2 (header Message), description = 3 (header Description)");
  }

  @Test
  void anUnknownCategoryIsAWarningThatListsTheKnownOnes() {
    Compilation compilation = compile(", suppress = \"swaped\"");
    assertThat(compilation)
        .hadWarningContaining(
            "suppress names 'swaped', which is no errata warning category; known: all, stray-quote, format, short-row");
  }

  @Test
  void errorsCannotBeSuppressed() {
    Compilation compilation =
        ProcessorFixture.compile(
            tables,
            "t.tsv",
            "Code\tMessage\n",
            packageInfo(
                "com.example.t",
                "@ErrorCatalog(provider = \"T\", table = \"t.tsv\", suppress = \"all\")"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("t.tsv:1: the error table has a header but no rows");
    assertEquals(Diagnostic.Kind.ERROR, compilation.errors().get(0).getKind());
  }

  @Test
  void theProcessorGuideListsEveryCategory() throws java.io.IOException {
    String guide = java.nio.file.Files.readString(Path.of("../docs/processor.md"));
    for (Problem.Category category : Problem.Category.values()) {
      assertTrue(guide.contains("| `" + category.key() + "` |"), category.key());
    }
  }
}
