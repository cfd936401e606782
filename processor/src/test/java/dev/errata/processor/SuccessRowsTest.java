package dev.errata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.errata.ErrorDecoder;
import dev.errata.ServiceException;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * A row whose status is 2xx and whose text says success is a success code without {@code
 * successCodes}: the CBC table's own {@code 200 | CBC.0000 | Success.} row.
 */
class SuccessRowsTest {

  @Test
  void cbcDecodesCbc0000AsSuccessWithoutSuccessCodes() throws Exception {
    JavaFileObject source =
        ProcessorFixture.packageInfo(
            "com.example.cbc",
            "@ErrorCatalog(provider = \"HuaweiCbc\", table = \"errata/tables/huawei-cbc.md\")");
    Compilation compilation =
        javac()
            .withProcessors(new ErrataProcessor())
            .withOptions("--release", "17", "-Aerrata.suppress=swapped-columns")
            .compile(source);
    assertThat(compilation).succeededWithoutWarnings();
    ErrorDecoder<?> decoder =
        (ErrorDecoder<?>)
            new CompiledClasses(compilation)
                .load("com.example.cbc.HuaweiCbcErrors")
                .getField("INSTANCE")
                .get(null);

    assertEquals(
        Optional.empty(),
        decoder.decode(200, "{\"error_code\":\"CBC.0000\",\"error_msg\":\"Success.\"}"));
    Optional<? extends ServiceException> error =
        decoder.decode(400, "{\"error_code\":\"CBC.0156\",\"error_msg\":\"Invalid parameter.\"}");
    assertEquals("CBC.0156", error.orElseThrow().errorCode().orElseThrow().code());

    String enumSource =
        compilation
            .generatedFile(
                StandardLocation.SOURCE_OUTPUT, "com/example/cbc/HuaweiCbcErrorCode.java")
            .orElseThrow()
            .getCharContent(true)
            .toString();
    assertTrue(
        enumSource.contains(
            "success codes by the table's own rows (a 2xx status and text saying success),"
                + " without successCodes: CBC.0000"),
        "the enum's Javadoc says which codes are successes by their rows");
  }
}
