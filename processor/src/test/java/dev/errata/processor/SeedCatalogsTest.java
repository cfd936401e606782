package dev.errata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.errata.ErrorCode;
import java.util.ArrayList;
import java.util.List;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The four provider tables, read from the errata-spec-tables jar on the class path as a user's
 * build reads them, compile to every distinct code, with no warnings but those the tables earn.
 */
class SeedCatalogsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "IdcHosting | idc-hosting.tsv | 73  | ",
        "HuaweiCbc  | huawei-cbc.md   | 285 | huawei-cbc.md:234:24: [errata:swapped-columns] message and description of CBC.99006073 are in each other's script",
        "AlibabaEns | alibaba-ens.md  | 106 | alibaba-ens.md:80: [errata:duplicate-code] code 'OrderSysConstraintInvalid' is also on line 79 with other texts",
        "HuaweiEcs  | huawei-ecs.md   | 201 | ",
      })
  void seedCompilesToEveryCode(String provider, String table, int codes, String expectedWarning) {
    JavaFileObject source =
        ProcessorFixture.packageInfo(
            "com.example.seed",
            "@ErrorCatalog(provider = \""
                + provider
                + "\", table = \"errata/tables/"
                + table
                + "\")");
    Compilation compilation =
        javac()
            .withProcessors(new ErrataProcessor())
            .withOptions("--release", "17", "-Xlint:all,-processing")
            .compile(source);
    assertThat(compilation).succeeded();

    List<String> warnings = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> warning : compilation.warnings()) {
      warnings.add(warning.getMessage(null));
    }
    List<String> expected = expectedWarning == null ? List.of() : List.of(expectedWarning);
    assertEquals(expected.size(), warnings.size(), "warnings: " + warnings);
    for (int i = 0; i < expected.size(); i++) {
      String warning = warnings.get(i);
      assertEquals(true, warning.startsWith("errata/tables/" + expected.get(i)), warning);
    }

    Object[] constants =
        new CompiledClasses(compilation)
            .load("com.example.seed." + provider + "ErrorCode")
            .getEnumConstants();
    assertEquals(codes, constants.length);
    for (Object constant : constants) {
      assertEquals(false, ((ErrorCode) constant).code().isEmpty());
    }
  }

  @Test
  void pageTextCompilesAsReceivedToThe201CodesOfTheImportedTable() {
    JavaFileObject source =
        ProcessorFixture.packageInfo(
            "com.example.seed",
            "@ErrorCatalog(provider = \"HuaweiEcs\",\n    table = \"errata/tables/huawei-ecs-page.txt\")");
    Compilation compilation = javac().withProcessors(new ErrataProcessor()).compile(source);
    assertThat(compilation).succeeded();
    assertEquals(1, compilation.warnings().size(), compilation.warnings()::toString);
    assertThat(compilation)
        .hadWarningContaining(
            "errata/tables/huawei-ecs-page.txt:6: [errata:page-text] this is page text")
        .inFile(source)
        .onLineContaining("huawei-ecs-page.txt");
    Object[] constants =
        new CompiledClasses(compilation)
            .load("com.example.seed.HuaweiEcsErrorCode")
            .getEnumConstants();
    assertEquals(201, constants.length);
  }
}
