package dev.errata.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;

/**
 * Compiles an annotated package-info with the errata processor, the table in a directory of its
 * own.
 */
final class ProcessorFixture {
  static final String TSV_HEADER =
      "HTTP status code\tError code\tError message\tDescription\tSolution\n";

  private ProcessorFixture() {}

  static JavaFileObject packageInfo(String pkg, String annotation) {
    return JavaFileObjects.forSourceString(
        pkg + ".package-info",
        annotation + "\npackage " + pkg + ";\n\nimport dev.errata.ErrorCatalog;\n");
  }

  /**
   * Writes the table into a new directory and compiles with {@code -Aerrata.tables} pointing there.
   */
  static Compilation compile(
      Path directory, String tableName, String table, JavaFileObject source, String... options) {
    try {
      Path file = directory.resolve(tableName);
      Files.createDirectories(file.getParent());
      Files.write(file, table.getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<String> all = new ArrayList<>(List.of("-Aerrata.tables=" + directory, "--release", "17"));
    all.addAll(List.of(options));
    return javac().withProcessors(new ErrataProcessor()).withOptions(all).compile(source);
  }
}
