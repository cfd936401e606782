package dev.errata.cli;

import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.CodeEntry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a table as the errata processor does and prints every error and warning it would give,"
          + " as file:line:column, then what was read.",
      "Exits 1 when the table has errors."
    })
final class CheckCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "TABLE",
      description = "the table file (TSV, CSV, Markdown, HTML, page text)")
  Path table;

  @Option(
      names = "--table-number",
      paramLabel = "N",
      description = "read only the N-th table of the page, as @ErrorCatalog(tableNumber = N)")
  int tableNumber;

  @Override
  public Integer call() throws IOException {
    TableFile file = TableFile.read(table, tableNumber);
    file.printProblems(spec.commandLine().getErr());
    if (file.hasErrors()) {
      return ErrataCli.INPUT_ERRORS;
    }
    Catalog catalog = file.catalog().orElseThrow();
    long patterns = catalog.entries().stream().filter(CodeEntry::isPattern).count();
    spec.commandLine()
        .getOut()
        .printf(
            "%s: %d codes (%d patterns) in %d kinds%n",
            table, catalog.entries().size(), patterns, catalog.kinds().size());
    return 0;
  }
}
