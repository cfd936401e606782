package dev.errata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.testing.compile.Compilation;
import dev.errata.ErrorCode;
import dev.errata.Placeholders;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ties the processor's idea of a pattern code to the runtime's: the generated enum's {@code
 * isPattern()} follows {@link Placeholders}, and its {@code fromCode} resolves a code with every
 * placeholder filled in to the pattern's constant.
 */
class PlaceholderGrammarTest {
  @TempDir Path tables;

  @Test
  void generatedPatternsFollowTheRuntimesGrammar() throws Exception {
    String[] codes = {
      "InvalidParameter.%s",
      "%s.NotFound",
      "Quota.{resource}.Exceeded",
      "Quota.%s.%s.Limit",
      "Bad.%(field)s",
      "Index.%1$s.%2$d",
      "Adjacent.%s%s!",
      "CBC.5003",
      "Ecs.XXXX",
      "100%",
      "N.A",
      "Literal.(regex)*"
    };
    StringBuilder table = new StringBuilder(ProcessorFixture.TSV_HEADER);
    for (String code : codes) {
      table
          .append("400\t")
          .append(code)
          .append("\tSomething about ")
          .append(code)
          .append(".\t\t\n");
    }
    Compilation compilation =
        ProcessorFixture.compile(
            tables,
            "grammar.tsv",
            table.toString(),
            ProcessorFixture.packageInfo(
                "com.example.grammar",
                "@ErrorCatalog(provider = \"Grammar\", table = \"grammar.tsv\")"));
    assertThat(compilation).succeeded();

    Class<?> enumType =
        new CompiledClasses(compilation).load("com.example.grammar.GrammarErrorCode");
    Method fromCode = enumType.getMethod("fromCode", String.class);
    Object[] constants = enumType.getEnumConstants();
    assertEquals(codes.length, constants.length);
    int patterns = 0;
    for (Object constant : constants) {
      ErrorCode errorCode = (ErrorCode) constant;
      String code = errorCode.code();
      assertEquals(Placeholders.isPattern(code), errorCode.isPattern(), code);
      String returned =
          errorCode.isPattern() ? String.join("v", Placeholders.literals(code)) : code;
      assertEquals(Optional.of(constant), fromCode.invoke(null, returned), returned);
      patterns += errorCode.isPattern() ? 1 : 0;
    }
    assertEquals(7, patterns);
  }
}
