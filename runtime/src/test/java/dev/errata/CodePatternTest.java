package dev.errata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CodePatternTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "InvalidParameter.%s        | InvalidParameter.LoadBalancerSpec | true",
        "InvalidParameter.%s        | InvalidParameter.A.B              | true",
        "InvalidParameter.%s        | InvalidParameter.                 | false",
        "InvalidParameter.%s        | MissingParameter.X                | false",
        "%s.NotFound                | Order.NotFound                    | true",
        "%s.NotFound                | .NotFound                         | false",
        "Quota.{resource}.Exceeded  | Quota.cpu.Exceeded                | true",
        "Quota.{resource}.Exceeded  | Quota.cpu.Exceed                  | false",
        "Quota.%s.%s.Exceeded       | Quota.a.b.Exceeded                | true",
        "Quota.%s.%s.Exceeded       | Quota.a.b.c.Exceeded              | true",
        "Quota.%s.%s.Exceeded       | Quota.ab.Exceeded                 | false",
        "Quota.%s.%s.Exceeded       | Quota...Exceeded                  | false",
        "Quota.%s.%s.Exceeded       | Quota....Exceeded                 | false",
        "Quota.%s.%s.Exceeded       | Quota.....Exceeded                | true",
        "Bad.%(field)s              | Bad.name                          | true",
        "Bad.%1$s.%2$d              | Bad.a.7                           | true",
        "%s%s!                      | ab!                               | true",
        "%s%s!                      | a!                                | false",
        "a%sa                       | aa                                | false",
        "a%sa                       | aba                               | true",
        "Foo.XXX.%s                 | Foo.XXX.y                         | true",
        "Foo.XXX.%s                 | Foo.YYY.y                         | false",
      })
  void matchesWhereEachPlaceholderStandsForAtLeastOneCharacter(
      String code, String returned, boolean matches) {
    assertEquals(matches, CodePattern.of(code).matches(returned));
  }

  @Test
  void agreesWithTheRegularExpressionItReplaces() {
    Random random = new Random(17);
    String alphabet = "a.b%";
    for (int i = 0; i < 20_000; i++) {
      StringBuilder template = new StringBuilder();
      StringBuilder regex = new StringBuilder();
      int parts = 1 + random.nextInt(5);
      for (int p = 0; p < parts; p++) {
        if (random.nextInt(3) == 0) {
          template.append("%s");
          regex.append("(.+)");
        } else {
          String literal = randomText(random, "a.b", 1 + random.nextInt(3));
          template.append(literal);
          regex.append(Pattern.quote(literal));
        }
      }
      if (!Placeholders.isPattern(template.toString())) {
        continue;
      }
      Pattern expected = Pattern.compile(regex.toString());
      CodePattern pattern = CodePattern.of(template.toString());
      for (int j = 0; j < 20; j++) {
        String code = randomText(random, alphabet, random.nextInt(12));
        assertEquals(
            expected.matcher(code).matches(), pattern.matches(code), template + " against " + code);
      }
    }
  }

  @Test
  void literalLengthCountsTheTextAroundPlaceholders() {
    assertEquals(
        "InvalidParameter.".length(), CodePattern.of("InvalidParameter.%s").literalLength());
    assertEquals(
        "Quota...Exceeded".length(), CodePattern.of("Quota.%s.%s.Exceeded").literalLength());
    assertEquals(1, CodePattern.of("%s%s!").literalLength());
  }

  @Test
  void linearOnCodesThatMakeARegularExpressionBacktrack() {
    String dots = "Quota." + ".".repeat(60_000) + "x";
    String adjacent = "%s".repeat(24) + "!";
    assertTimeoutPreemptively(
        Duration.ofSeconds(5),
        () -> {
          assertFalse(CodePattern.of("Quota.%s.%s.Exceeded").matches(dots));
          assertFalse(CodePattern.of(adjacent).matches("a".repeat(30)));
          assertFalse(CodePattern.of(adjacent).matches("a".repeat(60_000)));
          assertTrue(CodePattern.of(adjacent).matches("a".repeat(60_000) + "!"));
        });
  }

  @Test
  void exactCodesAreNoPatterns() {
    for (String code : List.of("CBC.5003", "201001", "Ecs.XXXX", "100%", "N.A")) {
      assertFalse(Placeholders.isPattern(code), code);
    }
  }

  private static String randomText(Random random, String alphabet, int length) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < length; i++) {
      text.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return text.toString();
  }
}
