package dev.errata.processor.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errata.processor.model.TableContent;
import dev.errata.processor.model.TableOptions;
import dev.errata.processor.model.TableRow;
import dev.errata.processor.read.TableReader;
import dev.errata.processor.read.TableTools;
import dev.errata.processor.read.TableTools.PageRow;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class PageImporterTest {

  private static String resource(String name) {
    try (InputStream in =
        Objects.requireNonNull(
            PageImporterTest.class.getClassLoader().getResourceAsStream(name), name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final String PAGE = resource("errata/tables/huawei-ecs-page.txt");

  @Test
  void regeneratesTheCheckedInHuaweiEcsTableByteForByte() {
    TableTools.PageRows result = PageImporter.importPage(PAGE);
    assertEquals(List.of(), result.notes());
    assertEquals(
        resource("errata/tables/huawei-ecs.md"),
        PageImporter.toMarkdown("huawei-ecs-page.txt", result.rows()));
  }

  @Test
  void findsThe201CodesOfThreeFamiliesAndTheirStatuses() {
    List<PageRow> rows = PageImporter.importPage(PAGE).rows();
    assertEquals(201, rows.size());
    assertEquals(201, rows.stream().map(PageRow::code).distinct().count());
    assertEquals(
        Map.of("Ecs", 187L, "Common", 13L, "Pdp", 1L),
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    row -> row.code().substring(0, row.code().indexOf('.')),
                    Collectors.counting())));
    assertEquals(
        List.of(202, 400, 401, 403, 404, 500, 501, 503),
        rows.stream().map(PageRow::status).distinct().sorted().toList());
  }

  /** Rows whose boundaries are the hard cases, checked by eye against the page. */
  @Test
  void splitsMessageDescriptionAndHandlingWhereThePageDoes() {
    Map<String, PageRow> rows =
        PageImporter.importPage(PAGE).rows().stream()
            .collect(Collectors.toMap(PageRow::code, Function.identity()));
    assertRow(
        rows.get("Ecs.0000"),
        "Request error. Try again later or contact customer service.",
        "请求数据错误",
        "请参考返回的error message信息检查请求体");
    assertRow(
        rows.get("Ecs.0008"),
        "A system exception occurred. Try again later or contact customer service.",
        "Flavor相关属性非法",
        "请联系技术支持排查flavor注册是否合法");
    assertRow(
        rows.get("Ecs.0089"),
        "Tag policy compliance verification failed.",
        "Tag policy合规性校验不通过",
        "请检查Tag policy策略,或者联系技术支持。");
    assertRow(
        rows.get("Ecs.0016"),
        "You do not have permission to access this AZ. Request OBT permission and try again.",
        "创建云服务器时,没有对应Flavor的公测权限。 变更云服务器规格时,没有对应Flavor的公测权限。",
        "请申请公测权限或者更换其他规格。");
    assertRow(
        rows.get("Ecs.0082"),
        "Incorrect time format.",
        "自动释放格式错误。需要使用 UTC 时间,格式为:yyyy-MM-ddTHH:mm:ssZ",
        "请参考返回的error message信息检查请求体");
    assertRow(
        rows.get("Ecs.0314"),
        "The key pair does not exist. Refresh the key pair list and check key pair",
        "请求OpenStack查询keypair失败",
        "请参考返回的error message,或者联系技术支持");
    assertRow(
        rows.get("Ecs.0805"),
        "A large-memory ECS cannot be switched to a general computing ECS.",
        "超大内存型 Flavor不能与普通Flavor互切",
        "超大内存型 Flavor不能与普通Flavor互切");
    assertRow(
        rows.get("Ecs.0110"),
        "Contact the main account to obtain permission.",
        "客户端禁止,权限不足",
        "权限不足,请确认token权限,详情请参考接口返回的error message");
    assertRow(rows.get("Common.0024"), "exceeds flow over limit", "请求流控", "请求并发过高,请稍后重试。");
    assertRow(
        rows.get("Ecs.0812"),
        "Current flavor %s can not resize to flavor %s.",
        "当前规格变更到目标规格需要执行驱动检查脚本",
        "请执行驱动检查脚本 详细操作,请参见: KVM实例变更为QingTian实例(Linux) KVM实例变更为QingTian实例(Windows)");
    assertRow(
        rows.get("Common.1503"),
        "Api flow control Error because %s.",
        "API流控",
        "正在执行的API过多,请稍后重试。");
  }

  private static void assertRow(PageRow row, String message, String description, String solution) {
    assertEquals(
        List.of(message, description, solution),
        List.of(row.message(), row.description(), row.solution()),
        row.code());
  }

  @Test
  void theImportedTableReadsBackCellForCell() {
    List<PageRow> imported = PageImporter.importPage(PAGE).rows();
    TableContent read =
        TableReader.read(
            "huawei-ecs.md",
            resource("errata/tables/huawei-ecs.md").getBytes(StandardCharsets.UTF_8),
            TableOptions.DEFAULT);
    assertEquals(List.of(), read.problems());
    assertEquals(imported.size(), read.rows().size());
    for (int i = 0; i < imported.size(); i++) {
      PageRow expected = imported.get(i);
      TableRow actual = read.rows().get(i);
      assertEquals(
          List.of(
              expected.status(),
              expected.code(),
              expected.message(),
              expected.description(),
              expected.solution()),
          List.of(
              actual.httpStatus(),
              actual.code(),
              actual.message(),
              actual.description(),
              actual.solution()));
    }
  }

  @Test
  void cellsWithMarkdownCharactersReadBackExactly() {
    List<PageRow> rows =
        List.of(
            new PageRow(1, 400, "A.1", "a | b", "x<br>y", "&amp; `c` \\| \\"),
            new PageRow(1, 400, "A.2", " padded ", "&lt;", "`whole`"),
            new PageRow(1, 400, "A.3", "line\nbreak", "<b>bold</b>", "&#124;"));
    String markdown = PageImporter.toMarkdown("test", rows);
    TableContent read =
        TableReader.read("t.md", markdown.getBytes(StandardCharsets.UTF_8), TableOptions.DEFAULT);
    assertEquals(List.of(), read.problems());
    for (int i = 0; i < rows.size(); i++) {
      PageRow row = rows.get(i);
      TableRow back = read.rows().get(i);
      assertEquals(
          List.of(row.message(), row.description(), row.solution()),
          List.of(back.message(), back.description(), back.solution()),
          markdown);
    }
  }
}
