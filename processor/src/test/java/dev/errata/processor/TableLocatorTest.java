package dev.errata.processor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Filers of other build tools behave differently from javac's; Eclipse's cannot run here, so this
 * one behaves as Eclipse's is documented to: source and class path locations throw, and the class
 * output hands back a file that does not exist.
 */
class TableLocatorTest {
  @TempDir Path directory;

  private static final class EclipseLikeFiler implements Filer {
    private final Path classOutput;

    EclipseLikeFiler(Path classOutput) {
      this.classOutput = classOutput;
    }

    @Override
    public FileObject getResource(JavaFileManager.Location location, CharSequence pkg, CharSequence name) {
      if (location != StandardLocation.CLASS_OUTPUT) {
        throw new IllegalArgumentException("unsupported location " + location);
      }
      Path file = classOutput.resolve(pkg.toString().replace('.', '/')).resolve(name.toString());
      return new SimpleJavaFileObject(file.toUri(), JavaFileObject.Kind.OTHER) {
        @Override
        public java.io.InputStream openInputStream() throws IOException {
          if (!Files.exists(file)) {
            throw new NoSuchFileException(file.toString());
          }
          return Files.newInputStream(file);
        }
      };
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) {
      throw new UnsupportedOperationException();
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileObject createResource(JavaFileManager.Location location, CharSequence pkg,
        CharSequence relativeName, Element... originatingElements) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void findsTheTableInTheClassOutputWhenOtherLocationsThrow() throws IOException {
    Files.createDirectories(directory.resolve("com/example"));
    Files.writeString(directory.resolve("com/example/t.tsv"), "x");
    TableLocator.Result result = new TableLocator(new EclipseLikeFiler(directory), List.of())
        .find("com.example", "t.tsv");
    assertArrayEquals("x".getBytes(StandardCharsets.UTF_8), result.found().orElseThrow().content());
    assertEquals("class output: com/example/t.tsv", result.found().get().where());
  }

  @Test
  void missingTableListsEveryPlaceEvenWhenLocationsThrow() {
    TableLocator.Result result = new TableLocator(new EclipseLikeFiler(directory), List.of(directory))
        .find("com.example", "missing.tsv");
    assertTrue(result.found().isEmpty());
    assertEquals(7, result.tried().size(), result.tried().toString());
    assertTrue(result.tried().get(0).startsWith("-Aerrata.tables: "));
  }

  @Test
  void optionDirectoryWinsOverEveryOtherPlace() throws IOException {
    Files.writeString(directory.resolve("t.tsv"), "from option");
    TableLocator.Result result = new TableLocator(new EclipseLikeFiler(directory), List.of(directory))
        .find("", "t.tsv");
    assertEquals("from option", new String(result.found().orElseThrow().content(), StandardCharsets.UTF_8));
  }

  @Test
  void tableNameThatEscapesTheDirectoryIsOnlyAPlaceTried() {
    TableLocator.Result result = new TableLocator(new EclipseLikeFiler(directory), List.of(directory))
        .find("com.example", "\u0000bad");
    assertTrue(result.found().isEmpty());
  }

}
