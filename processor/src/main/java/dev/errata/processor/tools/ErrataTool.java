package dev.errata.processor.tools;

import dev.errata.processor.model.Problem;
import dev.errata.processor.model.TableContent;
import dev.errata.processor.model.TableOptions;
import dev.errata.processor.model.TableRow;
import dev.errata.processor.read.TableReader;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The errata command line ({@code java -jar errata-processor-<version>-cli.jar}):
 *
 * <pre>
 * import &lt;page.txt&gt; [&lt;out.md&gt;]   rebuild a flattened error table as Markdown (stdout without out.md)
 * check &lt;table&gt;                    print what errata reads from a table: problems and row counts
 * </pre>
 *
 * Exit status: 0 done, 1 the input has errors, 2 wrong usage.
 */
public final class ErrataTool {
  private static final String USAGE =
      "usage: java -jar errata-processor-<version>-cli.jar import <page.txt> [<out.md>]\n"
          + "       java -jar errata-processor-<version>-cli.jar check <table>";

  private ErrataTool() {}

  public static void main(String[] args) {
    System.exit(run(args, System.out, System.err));
  }

  /** Runs one command; returns the exit status. */
  public static int run(String[] args, PrintStream out, PrintStream err) {
    try {
      if (args.length >= 2 && args.length <= 3 && args[0].equals("import")) {
        return importPage(Path.of(args[1]), args.length == 3 ? Path.of(args[2]) : null, out, err);
      }
      if (args.length == 2 && args[0].equals("check")) {
        return check(Path.of(args[1]), out, err);
      }
    } catch (IOException e) {
      err.println("errata: " + e);
      return 1;
    }
    err.println(USAGE);
    return 2;
  }

  private static int importPage(Path page, Path target, PrintStream out, PrintStream err)
      throws IOException {
    String text;
    try {
      text = decode(Files.readAllBytes(page));
    } catch (CharacterCodingException e) {
      err.println(page + ": not UTF-8 text (" + e + ")");
      return 1;
    }
    PageImporter.Result result = PageImporter.importPage(text);
    result.notes().forEach(note -> err.println(page + ": " + note));
    if (result.rows().isEmpty()) {
      err.println(page + ": no rows found: a row starts with an HTTP status and a dotted code, like \"400 Ecs.0001 \"");
      return 1;
    }
    String markdown = PageImporter.toMarkdown(page.getFileName().toString(), result.rows());
    if (!readsBack(markdown, result.rows(), err)) {
      return 1;
    }
    long codes = result.rows().stream().map(PageImporter.ImportedRow::code).distinct().count();
    if (target == null) {
      out.print(markdown);
    } else {
      Files.writeString(target, markdown, StandardCharsets.UTF_8);
      out.println("wrote " + result.rows().size() + " rows, " + codes + " distinct codes, to " + target);
    }
    return 0;
  }

  /** Whether the table reader reads every cell of the written table back exactly. */
  private static boolean readsBack(String markdown, List<PageImporter.ImportedRow> rows, PrintStream err) {
    TableContent read =
        TableReader.read("import.md", markdown.getBytes(StandardCharsets.UTF_8), TableOptions.DEFAULT);
    List<List<Object>> written =
        rows.stream().map(row -> List.<Object>of(row.status(), row.code(), row.message(), row.description(), row.solution())).toList();
    List<List<Object>> readBack =
        read.rows().stream().map(row -> List.<Object>of(row.httpStatus(), row.code(), row.message(), row.description(), row.solution())).toList();
    if (!read.problems().isEmpty() || !written.equals(readBack)) {
      err.println("errata: the written table does not read back as imported; please report it: " + read.problems());
      return false;
    }
    return true;
  }

  private static int check(Path table, PrintStream out, PrintStream err) throws IOException {
    TableContent content = TableReader.read(table.toString(), Files.readAllBytes(table), TableOptions.DEFAULT);
    for (Problem problem : content.problems()) {
      err.println(problem.toString().replaceFirst(": ", problem.isError() ? ": error: " : ": warning: "));
    }
    long codes = content.rows().stream().map(TableRow::code).distinct().count();
    out.println(table + ": " + content.rows().size() + " rows, " + codes + " distinct codes");
    return content.hasErrors() ? 1 : 0;
  }

  private static String decode(byte[] bytes) throws CharacterCodingException {
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }
}
