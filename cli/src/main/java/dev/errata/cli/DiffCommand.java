package dev.errata.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.errata.processor.model.CodeEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two versions of a table code by code: codes added, codes removed, and codes whose"
          + " status, message, description, solution, kind or retry behaviour changed.",
      "Exits 0 when no code was removed and 1 when codes were removed, so a build can stop a table"
          + " update that would break callers catching them."
    })
final class DiffCommand implements Callable<Integer> {
  static final int CODES_REMOVED = 1;

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "OLD", description = "the table as it was")
  Path before;

  @Parameters(index = "1", paramLabel = "NEW", description = "the table as it is now")
  Path after;

  @Option(names = "--json", description = "print the differences as JSON")
  boolean json;

  @Option(
      names = "--table-number",
      paramLabel = "N",
      description = "compare only the N-th table of each page")
  int tableNumber;

  @Override
  public Integer call() throws IOException {
    TableFile old = TableFile.read(before, tableNumber);
    TableFile now = TableFile.read(after, tableNumber);
    PrintWriter err = spec.commandLine().getErr();
    if (old.hasErrors() || now.hasErrors()) {
      old.printProblems(err);
      now.printProblems(err);
      err.println("errata: diff needs two tables that read without errors");
      return ErrataCli.CANNOT_RUN;
    }
    CatalogDiff diff =
        CatalogDiff.between(old.catalog().orElseThrow(), now.catalog().orElseThrow());
    PrintWriter out = spec.commandLine().getOut();
    if (json) {
      writeJson(diff, out);
    } else {
      writeText(diff, out);
    }
    out.flush();
    return diff.removed().isEmpty() ? 0 : CODES_REMOVED;
  }

  private void writeText(CatalogDiff diff, PrintWriter out) {
    out.printf(
        "%s -> %s: %d added, %d removed, %d changed%n",
        before, after, diff.added().size(), diff.removed().size(), diff.changed().size());
    for (CodeEntry entry : diff.removed()) {
      out.printf("- %s  (%s:%d)%n", entry.code(), before, entry.line());
    }
    for (CodeEntry entry : diff.added()) {
      out.printf("+ %s  (%s:%d) %s%n", entry.code(), after, entry.line(), entry.message());
    }
    for (CatalogDiff.Changed changed : diff.changed()) {
      out.printf("~ %s  (%s:%d)%n", changed.after().code(), after, changed.after().line());
      for (CatalogDiff.Field field : changed.fields()) {
        out.printf(
            "    %s: %s -> %s%n", field.name(), quoted(field.before()), quoted(field.after()));
      }
    }
  }

  private static String quoted(String text) {
    return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
  }

  private void writeJson(CatalogDiff diff, PrintWriter out) throws IOException {
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.useDefaultPrettyPrinter();
      json.writeStartObject();
      json.writeStringField("old", before.toString());
      json.writeStringField("new", after.toString());
      writeEntries(json, "added", diff.added());
      writeEntries(json, "removed", diff.removed());
      json.writeArrayFieldStart("changed");
      for (CatalogDiff.Changed changed : diff.changed()) {
        json.writeStartObject();
        json.writeStringField("code", changed.after().code());
        json.writeNumberField("line", changed.after().line());
        json.writeArrayFieldStart("fields");
        for (CatalogDiff.Field field : changed.fields()) {
          json.writeStartObject();
          json.writeStringField("field", field.name());
          json.writeStringField("old", field.before());
          json.writeStringField("new", field.after());
          json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
      }
      json.writeEndArray();
      json.writeEndObject();
    }
    out.println();
  }

  private static void writeEntries(JsonGenerator json, String name, List<CodeEntry> entries)
      throws IOException {
    json.writeArrayFieldStart(name);
    for (CodeEntry entry : entries) {
      json.writeStartObject();
      json.writeStringField("code", entry.code());
      json.writeNumberField("line", entry.line());
      json.writeNumberField("status", entry.httpStatus());
      json.writeStringField("message", entry.message());
      json.writeStringField("kind", entry.kind().name());
      json.writeBooleanField("retryable", entry.retryable());
      json.writeEndObject();
    }
    json.writeEndArray();
  }
}
