package dev.errata.cli;

import dev.errata.processor.model.TableContent;
import dev.errata.processor.model.TableOptions;
import dev.errata.processor.model.TableRow;
import dev.errata.processor.read.TableReader;
import dev.errata.processor.read.TableTools;
import dev.errata.processor.tools.PageImporter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Rebuilds an error table flattened into page text (rows like \"400 Ecs.0001 ...\" without cell"
          + " boundaries) as a Markdown table, to see and freeze what errata reads from the page.",
      "Writes to standard output when OUT is not given."
    })
final class ImportCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "PAGE", description = "the page text, UTF-8")
  Path page;

  @Parameters(
      index = "1",
      arity = "0..1",
      paramLabel = "OUT",
      description = "the Markdown file to write")
  Path target;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TableTools.Text decoded = TableTools.decode(page.toString(), Files.readAllBytes(page));
    if (decoded.text().isEmpty()) {
      decoded.problems().forEach(problem -> err.println(problem));
      return ErrataCli.INPUT_ERRORS;
    }
    String text = decoded.text().get();
    TableTools.PageRows result = PageImporter.importPage(text);
    result.notes().forEach(note -> err.println(page + ": " + note));
    if (result.rows().isEmpty()) {
      err.println(
          page
              + ": no rows found: a row starts with an HTTP status and a dotted code, like \"400 Ecs.0001 \"");
      return ErrataCli.INPUT_ERRORS;
    }
    String markdown = PageImporter.toMarkdown(page.getFileName().toString(), result.rows());
    if (!readsBack(markdown, result.rows())) {
      err.println("errata: the written table does not read back as imported; please report it");
      return ErrataCli.INPUT_ERRORS;
    }
    long codes = result.rows().stream().map(TableTools.PageRow::code).distinct().count();
    if (target == null) {
      out.print(markdown);
      out.flush();
    } else {
      Files.writeString(target, markdown, StandardCharsets.UTF_8);
      out.println(
          "wrote " + result.rows().size() + " rows, " + codes + " distinct codes, to " + target);
    }
    return 0;
  }

  /** Whether the table reader reads every cell of the written table back exactly. */
  private static boolean readsBack(String markdown, List<TableTools.PageRow> rows) {
    TableContent read =
        TableReader.read(
            "import.md", markdown.getBytes(StandardCharsets.UTF_8), TableOptions.DEFAULT);
    List<List<Object>> written =
        rows.stream()
            .map(
                row ->
                    List.<Object>of(
                        row.status(), row.code(), row.message(), row.description(), row.solution()))
            .toList();
    List<List<Object>> readBack = read.rows().stream().map(ImportCommand::cells).toList();
    return read.problems().isEmpty() && written.equals(readBack);
  }

  private static List<Object> cells(TableRow row) {
    return List.of(row.httpStatus(), row.code(), row.message(), row.description(), row.solution());
  }
}
