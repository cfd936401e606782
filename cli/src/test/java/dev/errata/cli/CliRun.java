package dev.errata.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** One run of the command line, with what it printed. */
record CliRun(int status, String out, String err) {

  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status =
        ErrataCli.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    return new CliRun(status, out.toString(), err.toString());
  }

  /** Copies a table of errata-spec-tables into {@code directory}. */
  static Path specTable(Path directory, String name) throws IOException {
    try (InputStream in =
        Objects.requireNonNull(CliRun.class.getResourceAsStream("/errata/tables/" + name), name)) {
      Path file = directory.resolve(name);
      Files.copy(in, file);
      return file;
    }
  }
}
