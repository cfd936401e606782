package dev.errata.processor.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodePlaceholdersTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "InvalidParameter.%s        | InvalidParameter. | InvalidParameter.LoadBalancerSpec | true",
    "InvalidParameter.%s        | InvalidParameter. | InvalidParameter.               | false",
    "%s.NotFound                | ''                | Order.NotFound                  | true",
    "Quota.{resource}.Exceeded  | Quota.            | Quota.cpu.Exceeded              | true",
    "Quota.{resource}.Exceeded  | Quota.            | Quota.cpu.Exceed                | false",
    "Bad.%(field)s              | Bad.              | Bad.name                        | true",
    "Literal.(regex)*           | Literal.(regex)*  | Literal.(regex)*                | true",
  })
  void patternCodes(String code, String prefix, String returned, boolean matches) {
    assertTrue(CodePlaceholders.isPattern(code) || code.equals(prefix));
    assertEquals(prefix, CodePlaceholders.literalPrefix(code));
    assertEquals(matches, Pattern.compile(CodePlaceholders.regex(code)).matcher(returned).matches());
  }

  @ParameterizedTest
  @CsvSource({"CBC.5003", "201001", "Ecs.XXXX", "100%"})
  void exactCodes(String code) {
    assertFalse(CodePlaceholders.isPattern(code));
  }

  @org.junit.jupiter.api.Test
  void placeholdersOfCodeAndTextsEachOnce() {
    assertEquals(List.of("%s", "XXX", "某某", "N"),
        CodePlaceholders.found("InvalidParameter.%s", "field %s of XXX, 设备状态为某某, 最多 N 个, Name"));
  }
}
