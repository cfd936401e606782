package dev.errata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class CodeIndexTest {

  /**
   * A small table: exact codes, patterns of different literal lengths, codes that differ in case.
   */
  enum Table implements CodeOnly {
    CBC_5003("CBC.5003"),
    ORDER_NOT_FOUND("OrderNotFound"),
    INVALID_PARAMETER("InvalidParameter.%s"),
    INVALID_PARAMETER_SPEC("InvalidParameter.%s.Spec"),
    ANY_NOT_FOUND("%s.NotFound"),
    QUOTA("Quota.%s.%s.Exceeded"),
    ADJACENT("%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s%s!"),
    UPPER_DUPLICATE("Dup"),
    LOWER_DUPLICATE("DUP"),
    PERCENT_LITERAL("Rate%S.%s");

    private final String code;

    Table(String code) {
      this.code = code;
    }

    @Override
    public String code() {
      return code;
    }
  }

  private static final CodeIndex<Table> INDEX = CodeIndex.of(Table.values());

  @Test
  void exactCodesFirst() {
    assertSame(Table.CBC_5003, INDEX.find("CBC.5003"));
    assertSame(
        Table.ORDER_NOT_FOUND, INDEX.find("OrderNotFound"), "exact before the pattern %s.NotFound");
    assertNull(INDEX.find(null));
    assertNull(INDEX.find("CBC.9999"));
  }

  @Test
  void patternWithMostLiteralTextWins() {
    assertSame(Table.INVALID_PARAMETER_SPEC, INDEX.find("InvalidParameter.Cpu.Spec"));
    assertSame(Table.INVALID_PARAMETER, INDEX.find("InvalidParameter.Cpu"));
    assertSame(Table.ANY_NOT_FOUND, INDEX.find("Disk.NotFound"));
    assertSame(Table.QUOTA, INDEX.find("Quota.cpu.region.Exceeded"));
  }

  @Test
  void caseInsensitiveOnlyAfterEveryExactMatch() {
    assertSame(Table.CBC_5003, INDEX.find("cbc.5003"));
    assertSame(Table.ORDER_NOT_FOUND, INDEX.find("ORDERNOTFOUND"));
    assertSame(Table.INVALID_PARAMETER, INDEX.find("invalidparameter.cpu"));
    assertSame(Table.UPPER_DUPLICATE, INDEX.find("Dup"), "the exact spelling first");
    assertSame(Table.LOWER_DUPLICATE, INDEX.find("DUP"));
    assertSame(
        Table.UPPER_DUPLICATE, INDEX.find("dup"), "of codes equal but for case, the table's first");
  }

  @Test
  void aLiteralThatLowerCaseWouldMakeAPlaceholderStaysLiteral() {
    assertSame(Table.PERCENT_LITERAL, INDEX.find("Rate%S.x"));
    assertSame(Table.PERCENT_LITERAL, INDEX.find("rate%s.X"));
    assertNull(INDEX.find("rateQ.x"), "%S is literal text, in any case");
  }

  @Test
  void codesLongerThanTheBoundAreOnlyLookedUpExactly() {
    String longCode = "InvalidParameter." + "x".repeat(CodeIndex.MAX_PATTERN_CODE_LENGTH);
    assertNull(INDEX.find(longCode));
    String atBound = longCode.substring(0, CodeIndex.MAX_PATTERN_CODE_LENGTH);
    assertSame(Table.INVALID_PARAMETER, INDEX.find(atBound));
  }

  @Test
  void hostileCodesAtTheReadersLimitDecodeInLinearTime() {
    int limit = ResponseReader.DEFAULT_MAX_BODY_BYTES;
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          for (int length = 1; length <= limit; length *= 2) {
            assertNull(INDEX.find("Quota." + ".".repeat(length) + "x"));
            assertNull(INDEX.find("a".repeat(length)));
          }
        });
    assertEquals(Table.ADJACENT, INDEX.find("a".repeat(24) + "!"));
  }
}
