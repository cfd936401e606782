package dev.errata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogCommandTest {

  @Test
  void writesOnePagePerTableWithEveryCodeAndItsFacts(@TempDir Path dir) throws IOException {
    Path cbc = CliRun.specTable(dir, "huawei-cbc.md");
    Path ens = CliRun.specTable(dir, "alibaba-ens.md");
    Path out = dir.resolve("site");
    CliRun run = CliRun.of("catalog", cbc.toString(), ens.toString(), "--out", out.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().contains("huawei-cbc.html (285 codes)"), run.out());
    assertTrue(run.out().contains("alibaba-ens.html (106 codes)"), run.out());

    Document page =
        Jsoup.parse(Files.readString(out.resolve("huawei-cbc.html"), StandardCharsets.UTF_8));
    assertEquals("HuaweiCbc error codes", page.title());
    assertEquals(285, page.select("#codes tbody tr").size());
    Set<String> anchors = new HashSet<>();
    page.select("#codes tbody tr").forEach(row -> anchors.add(row.id()));
    assertEquals(285, anchors.size(), "one distinct anchor per code");

    Element balance = page.getElementById("CBC_5003");
    assertEquals("CBC.5003", balance.selectFirst("td[data-label=Code]").text());
    assertEquals("#CBC_5003", balance.selectFirst("a").attr("href"));
    assertEquals("400", balance.selectFirst("td[data-label=Status]").text());
    assertEquals("Insufficient balance.", balance.selectFirst("td[data-label=Message]").text());
    assertEquals("余额不足。", balance.selectFirst("td[data-label=Description]").text());
    assertEquals("INSUFFICIENT_FUNDS", balance.attr("data-kind"));
    assertEquals("73", balance.selectFirst("td[data-label=Line]").text());
    assertEquals("huawei-cbc.md:73", balance.selectFirst("td[data-label=Line]").attr("title"));
    assertTrue(
        page.select("th")
            .eachText()
            .containsAll(
                java.util.List.of(
                    "Code", "Status", "Kind", "Retryable", "Message", "Description", "Line")));
    assertTrue(
        page.select("th:contains(Solution)").isEmpty(), "a column no code fills is left out");
    assertTrue(
        page.select("link[href], script[src], img[src]").isEmpty(),
        "self-contained: nothing fetched");
  }

  @Test
  void tableTextIsEscapedNotMarkup(@TempDir Path dir) throws IOException {
    Path table = dir.resolve("hostile.tsv");
    Files.writeString(
        table,
        "code\tmessage\nX.1\t<script>alert(1)</script> & </td>\nX.2\t\"quoted\" 'single'\n",
        StandardCharsets.UTF_8);
    CliRun run = CliRun.of("catalog", table.toString(), "--out", dir.toString());
    assertEquals(0, run.status(), run.err());
    Document page =
        Jsoup.parse(Files.readString(dir.resolve("hostile.html"), StandardCharsets.UTF_8));
    assertEquals(1, page.select("script").size(), "only the page's own script");
    assertEquals(
        "<script>alert(1)</script> & </td>",
        page.getElementById("X_1").selectFirst("td[data-label=Message]").text());
  }

  @Test
  void aBadTableFailsButTheOthersAreWritten(@TempDir Path dir) throws IOException {
    Path bad = dir.resolve("bad.md");
    Files.writeString(bad, "nothing here\n", StandardCharsets.UTF_8);
    Path idc = CliRun.specTable(dir, "idc-hosting.tsv");
    CliRun run = CliRun.of("catalog", bad.toString(), idc.toString(), "--out", dir.toString());
    assertEquals(1, run.status());
    assertTrue(run.err().contains(bad + ":") && run.err().contains(": error: "), run.err());
    assertTrue(Files.exists(dir.resolve("idc-hosting.html")));
  }
}
