package dev.errata.processor.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.processor.model.Problem;
import dev.errata.processor.model.TableContent;
import dev.errata.processor.model.TableOptions;
import dev.errata.processor.model.TableRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The provider tables of errata-spec-tables, read from the class path as users read them. */
class SeedTablesTest {

  static byte[] resource(String name) {
    try (InputStream in =
        Objects.requireNonNull(
            SeedTablesTest.class.getClassLoader().getResourceAsStream(name), name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static TableContent read(String table) {
    return TableReader.read(table, resource("errata/tables/" + table), TableOptions.DEFAULT);
  }

  static long distinctCodes(TableContent content) {
    return content.rows().stream().map(TableRow::code).distinct().count();
  }

  /** Every cell of every row, as found in the file's text: the line of the row holds it. */
  static void assertCellsAreInTheFile(String table, TableContent content, String... swappedCodes) {
    List<String> lines =
        List.of(
            new String(resource("errata/tables/" + table), StandardCharsets.UTF_8).split("\n", -1));
    for (TableRow row : content.rows()) {
      String line = lines.get(row.line() - 1);
      for (String cell : List.of(row.code(), row.message(), row.description(), row.solution())) {
        assertTrue(
            line.contains(cell),
            () -> table + ":" + row.line() + " does not hold \"" + cell + "\"");
      }
    }
  }

  @Test
  void idcHostingTsvHas73CodesAndSkipsTheRepeatedHeader() {
    TableContent content = read("idc-hosting.tsv");
    assertEquals(List.of(), content.problems());
    assertEquals(73, content.rows().size());
    assertEquals(73, distinctCodes(content));
    assertFalse(content.rows().stream().anyMatch(row -> row.code().equals("返回码")));
    TableRow first = content.rows().get(0);
    assertEquals(new TableRow(4, 0, "201001", "业务暂不支持退款", "", "资源池未开启退款功能", "", ""), first);
    assertCellsAreInTheFile("idc-hosting.tsv", content);
  }

  @Test
  void huaweiCbcHas285CodesWithOneSwappedRow() {
    TableContent content = read("huawei-cbc.md");
    assertEquals(285, distinctCodes(content));
    List<Problem> problems = content.problems();
    assertEquals(1, problems.size(), problems::toString);
    Problem swap = problems.get(0);
    assertFalse(swap.isError());
    assertEquals(234, swap.line());
    assertTrue(swap.message().contains("CBC.99006073"), swap::message);
    TableRow swapped =
        content.rows().stream()
            .filter(row -> row.code().equals("CBC.99006073"))
            .findFirst()
            .orElseThrow();
    assertEquals("Project not found.", swapped.message());
    assertEquals("项目不存在。", swapped.description());
    assertEquals(400, swapped.httpStatus());
    TableRow fragment =
        content.rows().stream()
            .filter(row -> row.code().equals("CBC.8217"))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "* Lessor Taxpayer Identification Number (Uniform Social Credit Code)", fragment.message());
    assertCellsAreInTheFile("huawei-cbc.md", content);
  }

  @Test
  void alibabaEnsPageHas107RowsOf106CodesFromTheErrorTableOnly() {
    TableContent content = read("alibaba-ens.md");
    assertEquals(List.of(), content.problems());
    assertEquals(107, content.rows().size());
    assertEquals(106, distinctCodes(content));
    TableRow pattern = content.rows().get(0);
    assertEquals(
        new TableRow(
            30,
            400,
            "InvalidParameter.%s",
            "The specified field %s invalid. Please check it again.",
            "",
            "",
            "",
            ""),
        pattern);
    assertEquals(
        List.of(
            "System constraint check failed.",
            "The pre-verification of the order failed, please re-match or contact the product."),
        content.rows().stream()
            .filter(row -> row.code().equals("OrderSysConstraintInvalid"))
            .map(TableRow::message)
            .collect(Collectors.toList()));
    assertEquals("Processing", content.rows().get(106).code());
    assertCellsAreInTheFile("alibaba-ens.md", content);
  }

  @Test
  void huaweiEcsPageTextReadsAsReceivedToTheRowsImportWrites() {
    TableContent page = read("huawei-ecs-page.txt");
    assertEquals(1, page.problems().size(), page.problems()::toString);
    Problem problem = page.problems().get(0);
    assertEquals(Problem.Category.PAGE_TEXT, problem.category());
    assertTrue(problem.message().contains("read 201 rows"), problem::message);
    assertEquals(201, distinctCodes(page));
    assertEquals(
        List.of(
            "status = 1 (by content), code = 2 (by content), message = 3 (by content),"
                + " description = 4 (by content), solution = 5 (by content)"),
        page.columns());
    TableContent imported = read("huawei-ecs.md");
    assertEquals(texts(imported), texts(page));
  }

  private static List<List<Object>> texts(TableContent content) {
    return content.rows().stream()
        .map(
            row ->
                List.<Object>of(
                    row.httpStatus(), row.code(), row.message(), row.description(), row.solution()))
        .toList();
  }

  @Test
  void importedHuaweiEcsTableHas201Codes() {
    TableContent content = read("huawei-ecs.md");
    assertEquals(List.of(), content.problems());
    assertEquals(201, content.rows().size());
    assertEquals(201, distinctCodes(content));
  }
}
