package dev.errata.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.eclipse.jdt.internal.compiler.tool.EclipseCompiler;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The processor under Eclipse's compiler (ECJ, as in Eclipse and on the command line), on real
 * files as an IDE build has them: the same sources as under javac, diagnostics that name their
 * package, and generated code that compiles without ECJ warnings.
 */
class EclipseCompilerTest {
  private static final String PACKAGE_INFO = "package-info.java";

  @TempDir Path directory;

  /** What one compiler made of a package-info naming {@code table}. */
  private record Run(
      boolean succeeded,
      List<Diagnostic<? extends JavaFileObject>> diagnostics,
      Map<String, String> sources) {
    List<Diagnostic<? extends JavaFileObject>> of(Diagnostic.Kind kind) {
      return diagnostics.stream().filter(d -> d.getKind() == kind).toList();
    }
  }

  private Run compile(JavaCompiler compiler, String name, String table) throws IOException {
    Path root = Files.createDirectories(directory.resolve(name));
    Path pkg = Files.createDirectories(root.resolve("src/com/example/cbc"));
    Path classes = Files.createDirectories(root.resolve("classes"));
    Path generated = Files.createDirectories(root.resolve("generated"));
    Path packageInfo = pkg.resolve(PACKAGE_INFO);
    Files.writeString(
        packageInfo,
        "@ErrorCatalog(provider = \"HuaweiCbc\",\n    table = \""
            + table
            + "\")\npackage com.example.cbc;\n\nimport dev.errata.ErrorCatalog;\n",
        StandardCharsets.UTF_8);
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      List<String> options =
          List.of(
              "-Aerrata.tables=" + directory,
              "--release",
              "17",
              "-encoding",
              "UTF-8",
              "-classpath",
              System.getProperty("java.class.path"),
              "-d",
              classes.toString(),
              "-s",
              generated.toString());
      JavaCompiler.CompilationTask task =
          compiler.getTask(
              null,
              files,
              diagnostics,
              options,
              null,
              files.getJavaFileObjects(packageInfo.toFile()));
      task.setProcessors(List.of(new ErrataProcessor()));
      boolean succeeded = task.call();
      return new Run(succeeded, diagnostics.getDiagnostics(), sources(generated));
    }
  }

  @Test
  void generatesTheSameSourcesAsJavacAndCompilesThemWithoutWarnings() throws IOException {
    try (InputStream in =
        Objects.requireNonNull(getClass().getResourceAsStream("/errata/tables/huawei-cbc.md"))) {
      Files.copy(in, directory.resolve("huawei-cbc.md"));
    }
    Run eclipse = compile(new EclipseCompiler(), "ecj", "huawei-cbc.md");
    Run javac = compile(ToolProvider.getSystemJavaCompiler(), "javac", "huawei-cbc.md");
    assertTrue(eclipse.succeeded(), eclipse.diagnostics().toString());
    assertTrue(javac.succeeded(), javac.diagnostics().toString());

    assertEquals(
        List.of("HuaweiCbcErrorCode.java", "HuaweiCbcErrors.java", "HuaweiCbcException.java"),
        List.copyOf(eclipse.sources().keySet()));
    assertEquals(javac.sources(), eclipse.sources());
    // The table's own repair warning, and nothing from compiling the generated code.
    List<Diagnostic<? extends JavaFileObject>> warnings = eclipse.of(Diagnostic.Kind.WARNING);
    assertEquals(
        1,
        warnings.size() + eclipse.of(Diagnostic.Kind.MANDATORY_WARNING).size(),
        eclipse.diagnostics().stream()
            .map(d -> d.getSource() + ":" + d.getLineNumber() + ": " + d.getMessage(Locale.ROOT))
            .toList()
            .toString());
    Diagnostic<? extends JavaFileObject> warning = warnings.get(0);
    assertTrue(
        warning.getMessage(Locale.ROOT).startsWith("@ErrorCatalog on package com.example.cbc: ")
            && warning.getMessage(Locale.ROOT).contains("huawei-cbc.md:234:24"),
        warning.getMessage(Locale.ROOT));
  }

  /**
   * ECJ gives no file or line for any diagnostic on a package element (checked with a processor
   * that only prints messages on a package-info), so the message names the package.
   */
  @Test
  void tableProblemsAreErrorsNamingThePackage() throws IOException {
    Files.writeString(directory.resolve("empty.md"), "no table here\n", StandardCharsets.UTF_8);
    for (String table : List.of("empty.md", "missing.md")) {
      Run eclipse = compile(new EclipseCompiler(), "ecj-" + table, table);
      assertTrue(!eclipse.succeeded(), table);
      Diagnostic<? extends JavaFileObject> error = eclipse.of(Diagnostic.Kind.ERROR).get(0);
      String message = error.getMessage(Locale.ROOT);
      assertTrue(
          message.startsWith("@ErrorCatalog on package com.example.cbc: ")
              && message.contains(table),
          message);
    }
  }

  private static Map<String, String> sources(Path generated) throws IOException {
    Map<String, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(generated)) {
      files
          .filter(Files::isRegularFile)
          .forEach(
              file -> {
                try {
                  sources.put(
                      file.getFileName().toString(),
                      Files.readString(file, StandardCharsets.UTF_8));
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
    return sources;
  }
}
