package dev.errata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.errata.processor.ProcessorFixture.compile;
import static dev.errata.processor.ProcessorFixture.packageInfo;

import com.google.testing.compile.Compilation;
import dev.errata.processor.catalog.CatalogBuilder;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every table problem the processor reports names the line it is about, not only the file. */
class LocatedProblemsTest {
  @TempDir Path tables;

  @Test
  void onlyAHeaderIsAnErrorAtTheHeaderLine() {
    Compilation compilation =
        compile(
            tables,
            "t.md",
            "# Errors\n\n| Code | Message |\n|---|---|\n",
            packageInfo("com.example.t", "@ErrorCatalog(provider = \"T\", table = \"t.md\")"));
    assertThat(compilation).failed();
    assertThat(compilation).hadErrorContaining("t.md:3: the error table has a header but no rows");
  }

  @Test
  void sixtyThousandRowsAreAnErrorAtTheFirstCodeOverTheLimit() {
    String rows =
        IntStream.range(0, 60_000)
            .mapToObj(i -> "Code" + i + "\tMessage number " + i)
            .collect(Collectors.joining("\n"));
    Compilation compilation =
        compile(
            tables,
            "big.tsv",
            "Code\tMessage\n" + rows + "\n",
            packageInfo("com.example.t", "@ErrorCatalog(provider = \"T\", table = \"big.tsv\")"));
    assertThat(compilation).failed();
    int firstOver = CatalogBuilder.MAX_CODES + 2; // the header is line 1
    assertThat(compilation)
        .hadErrorContaining(
            "big.tsv:"
                + firstOver
                + ": the table has 60000 codes; one catalog holds at most "
                + CatalogBuilder.MAX_CODES);
  }
}
