package dev.errata.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The errata command line: {@code java -jar errata-cli-<version>.jar <command>}. Exit status: 0
 * done, 1 the input has errors (or, for {@code diff}, codes were removed), 2 wrong usage or a file
 * that cannot be read.
 */
@Command(
    name = "errata",
    mixinStandardHelpOptions = true,
    versionProvider = ErrataCli.Version.class,
    description = "Reads the error tables API providers publish, as the errata processor does.",
    subcommands = {
      ImportCommand.class,
      CheckCommand.class,
      DiffCommand.class,
      CatalogCommand.class,
      CommandLine.HelpCommand.class
    },
    footer = {
      "",
      "Exit status: 0 done; 1 the table has errors, or diff found removed codes;"
          + " 2 wrong usage or a file that cannot be read."
    })
public final class ErrataCli implements Runnable {
  static final int INPUT_ERRORS = 1;
  static final int CANNOT_RUN = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(
        commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true))
            .execute(args));
  }

  /**
   * The command line writing to {@code out} and {@code err}; its {@code execute} returns the exit
   * status.
   */
  static CommandLine commandLine(PrintWriter out, PrintWriter err) {
    CommandLine line = new CommandLine(new ErrataCli());
    line.setOut(out);
    line.setErr(err);
    line.setExecutionExceptionHandler(
        (exception, command, parsed) -> {
          command.getErr().println("errata: " + inWords(exception));
          return CANNOT_RUN;
        });
    return line;
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(), "name a command: import, check, diff or catalog");
  }

  /** What went wrong, as a sentence rather than an exception class name. */
  static String inWords(Exception exception) {
    Throwable cause =
        exception instanceof UncheckedIOException unchecked ? unchecked.getCause() : exception;
    if (cause instanceof NoSuchFileException missing) {
      return missing.getFile() + ": no such file";
    }
    if (cause instanceof AccessDeniedException denied) {
      return denied.getFile() + ": permission denied";
    }
    if (cause instanceof FileSystemException file) {
      return file.getFile()
          + ": "
          + (file.getReason() == null ? "cannot be read or written" : file.getReason());
    }
    if (cause instanceof IOException io) {
      return io.getMessage() == null ? "input or output failed" : io.getMessage();
    }
    return String.valueOf(cause.getMessage());
  }

  /** The version from the jar's manifest, so {@code --version} names the jar that runs. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = ErrataCli.class.getPackage().getImplementationVersion();
      return new String[] {"errata " + (version == null ? "(development build)" : version)};
    }
  }
}
