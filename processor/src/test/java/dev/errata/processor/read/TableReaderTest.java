package dev.errata.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.processor.model.Column;
import dev.errata.processor.model.Problem;
import dev.errata.processor.model.TableContent;
import dev.errata.processor.model.TableOptions;
import dev.errata.processor.model.TableRow;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each quirk of real tables, with the smallest table that shows it. */
class TableReaderTest {

  static TableContent read(String file, String text) {
    return read(file, text, TableOptions.DEFAULT);
  }

  static TableContent read(String file, String text, TableOptions options) {
    return TableReader.read(file, text.getBytes(StandardCharsets.UTF_8), options);
  }

  static TableRow row(
      int line, int status, String code, String message, String description, String solution) {
    return new TableRow(line, status, code, message, description, solution, "", "");
  }

  static void assertNoProblems(TableContent content) {
    assertEquals(List.of(), content.problems());
  }

  static Problem onlyProblem(TableContent content) {
    assertEquals(1, content.problems().size(), content.problems()::toString);
    return content.problems().get(0);
  }

  @Test
  void tsvKeepsCellsExactly() {
    TableContent content = read("t.tsv", "返回码\t解释\t解决方案\n201001\t 两端有空格 \t请重试\n");
    assertNoProblems(content);
    assertEquals(List.of(row(2, 0, "201001", " 两端有空格 ", "", "请重试")), content.rows());
  }

  @Test
  void tsvIsRecognisedWithoutExtensionAndQuotedCellsSpanLines() {
    TableContent content = read("t.txt", "Code\tMessage\nA\t\"two\nlines\"\nB\tone\n");
    assertNoProblems(content);
    assertEquals(
        List.of(row(2, 0, "A", "two\nlines", "", ""), row(4, 0, "B", "one", "", "")),
        content.rows());
  }

  @Test
  void tsvWithAStrayQuoteIsReadWithoutQuoting() {
    TableContent content = read("t.tsv", "Code\tMessage\nA\t\"Name\" is invalid\n");
    assertEquals(List.of(row(2, 0, "A", "\"Name\" is invalid", "", "")), content.rows());
    assertFalse(onlyProblem(content).isError());
  }

  @Test
  void csvThroughCommonsCsv() {
    TableContent content =
        read("t.csv", "HTTP Status,Error Code,Message\n404,NotFound,\"Not found, at all\"\n");
    assertNoProblems(content);
    assertEquals(List.of(row(2, 404, "NotFound", "Not found, at all", "", "")), content.rows());
  }

  @Test
  void csvWithAnUnclosedQuoteIsAnError() {
    Problem problem = onlyProblem(read("t.csv", "Code,Message\nA,\"open\n"));
    assertTrue(problem.isError());
    assertTrue(problem.message().startsWith("cannot read CSV"), problem::message);
  }

  @Test
  void pipeTablesWithAndWithoutOuterPipesPaddedOrNot() {
    String[] tables = {
      "| Code | Message |\n|---|---|\n| A | a |\n",
      "Code | Message\n--- | ---\nA | a\n",
      "|Code|Message|\n|:--|--:|\n|A|a|\n",
      "Code | Message |\nA | a |\n",
      "| Code | Message |\n| A | a |   \n",
      "| Code | Message | \n| A | a | trailing words\n",
    };
    for (String table : tables) {
      TableContent content = read("t.md", table);
      assertEquals("A", content.rows().get(0).code(), table);
      assertEquals("a", content.rows().get(0).message(), table);
    }
  }

  @Test
  void escapedPipeInACell() {
    TableContent content = read("t.md", "| Code | Message |\n|---|---|\n| A | a \\| b |\n");
    assertNoProblems(content);
    assertEquals("a | b", content.rows().get(0).message());
  }

  @Test
  void breakTagsAreLineBreaksAndFormattingTagsAndEntitiesRender() {
    TableContent content =
        read(
            "t.md",
            "| Code | Message | Solution |\n|---|---|---|\n| `A.B` | one<br>two<BR/>three | <b>Retry</b> &lt;later&gt; &amp; <x> |\n");
    assertNoProblems(content);
    assertEquals(
        row(3, 0, "A.B", "one\ntwo\nthree", "", "Retry <later> & <x>"), content.rows().get(0));
  }

  @Test
  void rowsInsideBlockquotes() {
    TableContent content =
        read("t.md", "> | Code | Message |\n> |---|---|\n> | A | a |\n>\n> prose\n");
    assertNoProblems(content);
    assertEquals(List.of(row(3, 0, "A", "a", "", "")), content.rows());
    assertEquals(5, read("t.md", "> | Code | Message |\n> | A | a |\n").rows().get(0).line() + 3);
  }

  @Test
  void aCellContinuedOnTheNextLines() {
    TableContent content =
        read(
            "t.md", "Code | Message | Solution |\nA | first\nsecond | fix |\nB | b |\n| fix b |\n");
    assertNoProblems(content);
    assertEquals(
        List.of(row(2, 0, "A", "first\nsecond", "", "fix"), row(4, 0, "B", "b", "", "fix b")),
        content.rows());
  }

  @Test
  void picksTheErrorTableAmongOthersAndStopsAtTheNextTable() {
    String page =
        "Intro prose.\n"
            + "Name | Type | Description |\n"
            + "Id | string | the id |\n"
            + "\n"
            + "HTTP status code | Error code | Error message | Description |\n"
            + "400 | Bad.Thing | Bad thing. | 坏事 |\n"
            + "变更时间 | 变更内容概要 | 操作 |\n"
            + "2025-01-10 | 错误码发生变更 | 查看 |\n"
            + "2024-08-19 | 错误码发生变更 | 查看 |\n";
    TableContent content = read("page.txt", page);
    assertNoProblems(content);
    assertEquals(List.of(row(6, 400, "Bad.Thing", "Bad thing.", "坏事", "")), content.rows());
  }

  @Test
  void aHeaderRepeatedInTheTableIsSkipped() {
    assertEquals(
        List.of("1", "2"),
        read("t.tsv", "返回码\t解释\n1\ta\n\n返回码\t解释\n2\tb\n").rows().stream()
            .map(TableRow::code)
            .toList());
    assertEquals(
        List.of("1", "2"),
        read("t.md", "| 返回码 | 解释 |\n|---|---|\n| 1 | a |\n\n| 返回码 | 解释 |\n|---|---|\n| 2 | b |\n")
            .rows()
            .stream()
            .map(TableRow::code)
            .toList());
  }

  @Test
  void tableNumberPicksOneTableAndANumberTooHighListsTheTables() {
    String page =
        "| Code | Message |\n|---|---|\n| A | a |\n\ntext\n\n| 错误码 | 错误信息 |\n|---|---|\n| B | b |\n";
    assertEquals(
        List.of("A", "B"), read("t.md", page).rows().stream().map(TableRow::code).toList());
    assertEquals(
        List.of("B"),
        read("t.md", page, new TableOptions(2, Map.of())).rows().stream()
            .map(TableRow::code)
            .toList());
    Problem problem = onlyProblem(read("t.md", page, new TableOptions(3, Map.of())));
    assertTrue(problem.isError());
    assertTrue(problem.message().contains("table 2 at line 7 (错误码 | 错误信息)"), problem::message);
  }

  @Test
  void headersAreRecognisedInAnyOrderCaseAndSpacing() {
    TableContent content =
        read(
            "t.md",
            "| 处理措施 | error_CODE | HTTP  Status | 错误码描述 | Message (English) | kind | name |\n|-|-|-|-|-|-|-|\n| fix | A | 429 | 描述 | msg | THROTTLED | Slow |\n");
    assertNoProblems(content);
    assertEquals(
        new TableRow(3, 429, "A", "msg", "描述", "fix", "Slow", "THROTTLED"), content.rows().get(0));
  }

  @Test
  void looseHeadersTakeTheColumnLeftFree() {
    TableContent content =
        read(
            "t.md",
            "| 错误码 | 错误描述 | HTTP状态码 | 中文解释 |\n|-|-|-|-|\n| A | Access denied. | 403 | 拒绝访问 |\n");
    assertEquals(row(3, 403, "A", "Access denied.", "拒绝访问", ""), content.rows().get(0));
    assertEquals(
        "拒绝", read("t.md", "| 错误码 | 错误描述 |\n|-|-|\n| A | 拒绝 |\n").rows().get(0).description());
  }

  @Test
  void explicitHeadersMapUnknownColumns() {
    String table = "| Xyzzy | Plugh |\n|---|---|\n| A | a |\n";
    Problem problem =
        onlyProblem(read("t.md", "| Xyzzy | Plugh |\n|---|---|\n| Ein Fehler | ist passiert |\n"));
    assertTrue(problem.isError());
    assertTrue(problem.message().contains("Xyzzy | Plugh"), problem::message);
    assertTrue(problem.message().contains("codeColumn = "), problem::message);
    TableContent mapped =
        read(
            "t.md",
            table,
            new TableOptions(0, Map.of(Column.CODE, "Xyzzy", Column.MESSAGE, "Plugh")));
    assertNoProblems(mapped);
    assertEquals(List.of(row(3, 0, "A", "a", "", "")), mapped.rows());
  }

  @Test
  void anExplicitHeaderThatNamesNoColumnIsAWarning() {
    TableContent content =
        read(
            "t.md",
            "| Code | Message |\n|---|---|\n| A | a |\n",
            new TableOptions(0, Map.of(Column.SOLUTION, "Fix it")));
    assertEquals(1, content.rows().size());
    Problem problem = onlyProblem(content);
    assertFalse(problem.isError());
    assertTrue(problem.message().startsWith("solutionColumn = \"Fix it\""), problem::message);
  }

  @Test
  void swappedLanguagesAreSwappedBackWithAWarning() {
    TableContent content =
        read(
            "t.md",
            "| Code | Message | Description |\n|---|---|---|\n| A | Not found. | 未找到。 |\n| B | 项目不存在。 | Project not found. |\n| C | Denied. | 拒绝。 |\n");
    assertEquals(row(4, 0, "B", "Project not found.", "项目不存在。", ""), content.rows().get(1));
    Problem problem = onlyProblem(content);
    assertEquals("t.md:4:7", problem.toString().substring(0, 8));
    assertTrue(problem.message().contains("B"));
  }

  @Test
  void aTableInOneLanguageIsNeverSwapped() {
    TableContent content =
        read("t.md", "| Code | Message | Description |\n|---|---|---|\n| A | 未找到 | Not found |\n");
    assertNoProblems(content);
    assertEquals("未找到", content.rows().get(0).message());
  }

  @Test
  void dashAndEmptyCellsAreAbsent() {
    TableContent content =
        read(
            "t.md",
            "| Status | Code | Message | Description |\n|---|---|---|---|\n| - | A | - |  |\n");
    assertNoProblems(content);
    assertEquals(row(3, 0, "A", "", "", ""), content.rows().get(0));
  }

  @Test
  void shortRowsArePaddedAndLongRowsCutWithWarnings() {
    TableContent content =
        read("t.tsv", "Code\tMessage\tSolution\nA\ta\nB\tb\tfix\textra\nC\tc\tfix\t\t\n");
    assertEquals(
        List.of(
            row(2, 0, "A", "a", "", ""),
            row(3, 0, "B", "b", "", "fix"),
            row(4, 0, "C", "c", "", "fix")),
        content.rows());
    assertEquals(List.of(2, 3), content.problems().stream().map(Problem::line).toList());
    assertTrue(content.problems().stream().noneMatch(Problem::isError));
  }

  @Test
  void aRowWithoutCodeIsSkippedWithAWarning() {
    TableContent content = read("t.md", "| Code | Message |\n|---|---|\n| - | a |\n| B | b |\n");
    assertEquals(List.of("B"), content.rows().stream().map(TableRow::code).toList());
    assertEquals(
        "t.md:3:3: [errata:no-code] row has no code; skipped", onlyProblem(content).toString());
  }

  @Test
  void statusesThatAreNotNumbers() {
    TableContent content =
        read(
            "t.md",
            "| Status | Code |\n|---|---|\n| 400 Bad Request | A |\n| 4xx | B |\n| 400/404 | C |\n| HTTP/1.1 503 | D |\n");
    assertEquals(
        List.of(400, 0, 400, 503), content.rows().stream().map(TableRow::httpStatus).toList());
    assertEquals(List.of(4, 5), content.problems().stream().map(Problem::line).toList());
  }

  @Test
  void duplicateCodesAreAllReturnedWithoutWarning() {
    TableContent content = read("t.tsv", "Code\tMessage\nA\tone\nA\ttwo\n");
    assertNoProblems(content);
    assertEquals(List.of("one", "two"), content.rows().stream().map(TableRow::message).toList());
  }

  @Test
  void bomAndCrlfAndMixedLineEndings() {
    TableContent content =
        read("t.md", "\uFEFF| Code | Message |\r\n|---|---|\r\n| A | a |\r| B | b |\n| C | c |");
    assertNoProblems(content);
    assertEquals(
        List.of(
            row(3, 0, "A", "a", "", ""), row(4, 0, "B", "b", "", ""), row(5, 0, "C", "c", "", "")),
        content.rows());
    assertEquals("A", read("t.tsv", "\uFEFFCode\tMessage\r\nA\ta\r\n").rows().get(0).code());
  }

  @Test
  void cellTextIsNotNormalised() {
    TableContent content =
        read("t.md", "| Code | Message |\n|---|---|\n| A | cannnot ，全角　空格 x\\y |\n");
    assertEquals("cannnot ，全角　空格 x\\y", content.rows().get(0).message());
  }

  @Test
  void noCodeColumnNamesTheHeadersSeen() {
    Problem problem = onlyProblem(read("t.md", "| Name | Type |\n|---|---|\n| a | b |\n"));
    assertTrue(problem.isError());
    assertTrue(
        problem.message().contains("headers seen: table 1 at line 1 (Name | Type)"),
        problem::message);
  }

  @Test
  void onlyAHeaderIsAnErrorAtTheHeader() {
    TableContent content = read("t.md", "prose\n\n| Code | Message |\n|---|---|\n");
    assertTrue(content.rows().isEmpty());
    assertEquals(
        "t.md:3: the error table has a header but no rows: Code | Message",
        onlyProblem(content).toString());
  }

  @Test
  void shortRowsOfAFlattenedRowspanTakeTheirFirstCellsFromTheRowAbove() {
    TableContent content =
        read(
            "t.md",
            "| HTTP Status | Error Code | Message |\n|---|---|---|\n"
                + "| 400 | InvalidParameter | The parameter is invalid. |\n"
                + "| InvalidAction | The action is invalid. |\n"
                + "| MissingParameter | A parameter is missing. |\n"
                + "| 403 | AccessDenied | Access denied. |\n"
                + "| Forbidden.User | User forbidden. |\n");
    assertEquals(
        List.of(
            "400 InvalidParameter",
            "400 InvalidAction",
            "400 MissingParameter",
            "403 AccessDenied",
            "403 Forbidden.User"),
        content.rows().stream().map(row -> row.httpStatus() + " " + row.code()).toList());
    assertEquals("User forbidden.", content.rows().get(4).message());
    assertEquals(List.of(4, 5, 7), content.problems().stream().map(Problem::line).toList());
    assertTrue(
        content.problems().stream()
            .allMatch(problem -> problem.category() == Problem.Category.SHORT_ROW));
  }

  @Test
  void columnsWithoutKnownHeadersAreFoundByWhatTheirCellsHold() {
    TableContent content =
        read(
            "t.tsv",
            "E1001\t401 Unauthorized\tThe token is invalid.\t令牌无效\n"
                + "E1002\t403 Forbidden\tThe token has no permission.\t令牌没有权限\n"
                + "E1003\t404 Not Found\tThe resource does not exist.\t资源不存在\n");
    assertNoProblems(content);
    assertEquals(
        List.of(row(1, 401, "E1001", "The token is invalid.", "令牌无效", "")),
        content.rows().subList(0, 1));
    assertEquals(
        List.of(
            "status = 2 (by content), code = 1 (by content), message = 3 (by content), description = 4 (by content)"),
        content.columns());
  }
}
