package dev.errata.processor.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodePlaceholdersTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "InvalidParameter.%s        | InvalidParameter.",
        "%s.NotFound                | .NotFound",
        "Quota.{resource}.Exceeded  | Quota..Exceeded",
        "Quota.%s.%s.Exceeded       | Quota...Exceeded",
        "Bad.%(field)s              | Bad.",
        "Bad.%1$s                   | Bad.",
      })
  void patternCodes(String code, String withoutPlaceholders) {
    assertTrue(CodePlaceholders.isPattern(code));
    assertEquals(withoutPlaceholders, CodePlaceholders.withoutPlaceholders(code));
  }

  @ParameterizedTest
  @CsvSource({"CBC.5003", "201001", "Ecs.XXXX", "100%", "Literal.(regex)*", "N.A"})
  void exactCodes(String code) {
    assertFalse(CodePlaceholders.isPattern(code));
    assertEquals(code, CodePlaceholders.withoutPlaceholders(code));
  }

  @Test
  void placeholdersOfCodeAndTextsEachOnce() {
    assertEquals(
        List.of("%s", "XXX", "某某", "N"),
        CodePlaceholders.found("InvalidParameter.%s", "field %s of XXX, 设备状态为某某, 最多 N 个, Name"));
  }
}
