package dev.errata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "catalog",
    mixinStandardHelpOptions = true,
    description = {
      "Writes one self-contained HTML page per table: every code with its status, kind, retry"
          + " behaviour, texts, placeholders and table line, with search and filters.",
      "Exits 1 when a table has errors; the pages of the other tables are still written."
    })
final class CatalogCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "TABLE", description = "the table files")
  List<Path> tables;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      defaultValue = ".",
      description = "where to write the pages (default: the current directory)")
  Path out;

  @Override
  public Integer call() throws IOException {
    PrintWriter console = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Files.createDirectories(out);
    int status = 0;
    for (Path table : tables) {
      TableFile file = TableFile.read(table, 0);
      file.printProblems(err);
      if (file.hasErrors()) {
        status = ErrataCli.INPUT_ERRORS;
        continue;
      }
      Path page = out.resolve(TableFile.providerId(table) + ".html");
      Files.writeString(
          page,
          CatalogPage.html(file.catalog().orElseThrow(), table.getFileName().toString()),
          StandardCharsets.UTF_8);
      console.println(
          "wrote " + page + " (" + file.catalog().orElseThrow().entries().size() + " codes)");
    }
    return status;
  }
}
