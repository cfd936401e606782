package dev.errata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ErrataCliTest {

  @Test
  void helpGoesToStandardOutputAndExitsZero() {
    CliRun run = CliRun.of("--help");
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("Usage: errata"), run.out());
    for (String command : new String[] {"import", "check", "diff", "catalog"}) {
      assertTrue(
          run.out().contains("  " + command + " "), command + " missing from:\n" + run.out());
    }
    assertEquals("", run.err());
    CliRun diffHelp = CliRun.of("diff", "--help");
    assertEquals(0, diffHelp.status());
    assertTrue(diffHelp.out().contains("--json"), diffHelp.out());
  }

  @Test
  void versionNamesErrata() {
    CliRun run = CliRun.of("--version");
    assertEquals(0, run.status());
    assertTrue(run.out().startsWith("errata "), run.out());
  }

  @Test
  void unknownCommandAndMissingArgumentsAreUsageErrorsInWords() {
    CliRun unknown = CliRun.of("export");
    assertEquals(2, unknown.status());
    assertTrue(unknown.err().contains("Unmatched argument at index 0: 'export'"), unknown.err());
    assertTrue(unknown.err().contains("Did you mean: errata import?"), unknown.err());

    CliRun none = CliRun.of();
    assertEquals(2, none.status());
    assertTrue(none.err().contains("name a command: import, check, diff or catalog"), none.err());

    CliRun missing = CliRun.of("diff", "only-one.md");
    assertEquals(2, missing.status());
    assertTrue(missing.err().contains("Missing required parameter: 'NEW'"), missing.err());
  }

  @Test
  void ioErrorsAreSentencesNotExceptionNames(@TempDir Path dir) {
    Path absent = dir.resolve("absent.md");
    CliRun run = CliRun.of("check", absent.toString());
    assertEquals(2, run.status());
    assertEquals("errata: " + absent + ": no such file" + System.lineSeparator(), run.err());
    CliRun directory = CliRun.of("check", dir.toString());
    assertEquals(2, directory.status());
    assertFalse(directory.err().contains("Exception"), directory.err());
    assertEquals("errata: " + dir + ": Is a directory" + System.lineSeparator(), directory.err());
  }

  @Test
  void checkPrintsTheProcessorsDiagnosticsWithPositions(@TempDir Path dir) throws IOException {
    Path cbc = CliRun.specTable(dir, "huawei-cbc.md");
    CliRun run = CliRun.of("check", cbc.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.err().contains(cbc + ":234:24: warning: [errata:swapped-columns] "), run.err());
    assertTrue(run.err().contains("CBC.99006073"), run.err());
    assertTrue(run.out().startsWith(cbc + ": 285 codes"), run.out());

    Path bad = dir.resolve("bad.md");
    Files.writeString(
        bad, "# Errors\n\n| Name | Type |\n|---|---|\n| x | String |\n", StandardCharsets.UTF_8);
    CliRun failed = CliRun.of("check", bad.toString());
    assertEquals(1, failed.status(), failed.out());
    assertTrue(failed.err().startsWith(bad + ":"), failed.err());
    assertTrue(failed.err().contains(": error: "), failed.err());
  }

  @Test
  void importRebuildsAFlattenedTable(@TempDir Path dir) throws IOException {
    Path page = dir.resolve("page.txt");
    Files.writeString(
        page,
        "状态码 错误码 错误信息 描述 处理措施 400 Ecs.0001 Quota exceeded. 配额不足 请申请配额 404 Ecs.0114 The ECS"
            + " does not exist. 云服务器不存在 请检查云服务器是否已经创建",
        StandardCharsets.UTF_8);
    Path out = dir.resolve("out.md");
    CliRun run = CliRun.of("import", page.toString(), out.toString());
    assertEquals(0, run.status(), run.err());
    assertTrue(run.out().startsWith("wrote 2 rows, 2 distinct codes"), run.out());
    assertTrue(
        Files.readString(out)
            .contains("| 404 | Ecs.0114 | The ECS does not exist. | 云服务器不存在 | 请检查云服务器是否已经创建 |"));
    assertEquals(0, CliRun.of("check", out.toString()).status());

    CliRun toStdout = CliRun.of("import", page.toString());
    assertEquals(0, toStdout.status());
    assertEquals(Files.readString(out), toStdout.out());

    Files.writeString(page, "no rows here");
    CliRun empty = CliRun.of("import", page.toString());
    assertEquals(1, empty.status());
    assertTrue(empty.err().contains("no rows found"), empty.err());
  }
}
