package dev.errata.processor.kind;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.ErrorKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Keeps the rules tables of {@code docs/kinds.md} equal to {@link KindRules}. */
class KindRulesDocTest {
  private static final Path DOC = Path.of("..", "docs", "kinds.md");
  private static final String START =
      "<!-- rules: generated from KindRules, checked by KindRulesDocTest -->\n";
  private static final String END = "<!-- end of rules -->\n";

  @Test
  void docShowsTheClassifiersRules() throws IOException {
    String doc = Files.readString(DOC, StandardCharsets.UTF_8).replace("\r\n", "\n");
    int start = doc.indexOf(START);
    int end = doc.indexOf(END);
    assertTrue(start >= 0 && end > start, DOC + " lacks the markers " + START + " and " + END);
    String expected = render();
    String actual = doc.substring(start + START.length(), end);
    if (!expected.equals(actual)) {
      Path updated = Path.of("target", "kinds.md");
      Files.writeString(
          updated, doc.substring(0, start + START.length()) + expected + doc.substring(end));
      assertEquals(
          expected,
          actual,
          "docs/kinds.md is out of date; "
              + updated.toAbsolutePath()
              + " has it updated. Expected section:\n"
              + expected);
    }
  }

  static String render() {
    StringBuilder md = new StringBuilder();
    md.append("\n### Word rules\n\n")
        .append(
            "Highest rank first. Words (English, and the common forms of Russian and of a few other languages) are also looked for in the words of the code. Weak words of rank ")
        .append(KindRules.BEFORE_COMMON_STATUS)
        .append(
            " and more speak before a status that covers most of the table's codes, weaker ones after it.\n\n")
        .append("| rank | kind | words | Chinese, Japanese, Korean |\n|---:|---|---|---|\n");
    for (WordRule rule : KindRules.WORDS) {
      md.append("| ")
          .append(rule.rank())
          .append(rule.rank() < KindRules.WEAK_RANK ? " (weak)" : "")
          .append(" | ")
          .append(rule.kind())
          .append(" | ")
          .append(words(rule.phrases().english()))
          .append(" | ")
          .append(words(rule.phrases().chinese()))
          .append(" |\n");
    }
    md.append("\nRead in the words of a code only:\n\n")
        .append("| rank | kind | English |\n|---:|---|---|\n");
    for (WordRule rule : KindRules.CODE_WORDS) {
      md.append("| ")
          .append(rule.rank())
          .append(" | ")
          .append(rule.kind())
          .append(" | ")
          .append(words(rule.phrases().english()))
          .append(" |\n");
    }
    md.append("\n### What wording may narrow a specific status to\n\n")
        .append("A status is the table's common answer when the table has at least ")
        .append(TableStatuses.FEWEST_CODES)
        .append(" codes and more than ")
        .append(Math.round(TableStatuses.COMMON_SHARE * 100))
        .append(" % of them have it. Wording of rank ")
        .append(KindRules.NARROWS_ANY_STATUS)
        .append(" and more narrows any specific status.\n\n")
        .append("| status says | may become |\n|---|---|\n");
    for (ErrorKind kind : ErrorKind.values()) {
      if (KindRules.STATUS_REFINEMENTS.containsKey(kind)) {
        md.append("| ")
            .append(kind)
            .append(" | ")
            .append(
                KindRules.STATUS_REFINEMENTS.get(kind).stream()
                    .sorted()
                    .map(ErrorKind::name)
                    .collect(Collectors.joining(", ")))
            .append(" |\n");
      }
    }
    md.append("\n### A parameter category in a code\n\n")
        .append("A leading code segment that says ")
        .append(words(KindRules.PARAMETER_CATEGORY.english()))
        .append(" keeps the row INVALID_ARGUMENT when a later segment says ")
        .append(
            KindRules.CATEGORY_KEEPS.stream()
                .sorted()
                .map(ErrorKind::name)
                .collect(Collectors.joining(", ")))
        .append(".\n");
    md.append("\n### Retry wording\n\n")
        .append("| wording | English | Chinese |\n|---|---|---|\n")
        .append("| not retryable | ")
        .append(words(KindRules.NO_RETRY.english()))
        .append(" | ")
        .append(words(KindRules.NO_RETRY.chinese()))
        .append(" |\n| retryable | ")
        .append(words(KindRules.RETRY.english()))
        .append(" | ")
        .append(words(KindRules.RETRY.chinese()))
        .append(" |\n| under way (CONFLICT only) | ")
        .append(words(KindRules.UNDER_WAY.english()))
        .append(" | ")
        .append(words(KindRules.UNDER_WAY.chinese()))
        .append(" |\n\nRetry wording counts for: ")
        .append(
            KindRules.MAY_PASS.stream()
                .sorted()
                .map(ErrorKind::name)
                .collect(Collectors.joining(", ")))
        .append(".\n\n");
    return md.toString();
  }

  private static String words(List<String> phrases) {
    return phrases.stream()
        .map(p -> "`" + p.replace("|", "\\|") + "`")
        .collect(Collectors.joining(", "));
  }
}
