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
import java.util.Optional;
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
    public FileObject getResource(
        JavaFileManager.Location location, CharSequence pkg, CharSequence name) {
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
    public FileObject createResource(
        JavaFileManager.Location location,
        CharSequence pkg,
        CharSequence relativeName,
        Element... originatingElements) {
      throw new UnsupportedOperationException();
    }
  }

  @Test
  void findsTheTableInTheClassOutputWhenOtherLocationsThrow() throws IOException {
    Files.createDirectories(directory.resolve("com/example"));
    Files.writeString(directory.resolve("com/example/t.tsv"), "x");
    TableLocator.Result result =
        new TableLocator(new EclipseLikeFiler(directory), List.of())
            .find("com.example", "t.tsv", Optional.empty());
    assertArrayEquals("x".getBytes(StandardCharsets.UTF_8), result.found().orElseThrow().content());
    assertEquals("class output: com/example/t.tsv", result.found().get().where());
  }

  @Test
  void missingTableListsEveryPlaceEvenWhenLocationsThrow() {
    TableLocator.Result result =
        new TableLocator(new EclipseLikeFiler(directory), List.of(directory))
            .find("com.example", "missing.tsv", Optional.empty());
    assertTrue(result.found().isEmpty());
    assertEquals(7, result.tried().size(), result.tried().toString());
    assertTrue(result.tried().get(0).startsWith("-Aerrata.tables: "));
  }

  @Test
  void optionDirectoryWinsOverTheClassOutput() throws IOException {
    Path option = Files.createDirectories(directory.resolve("option"));
    Path classOutput = Files.createDirectories(directory.resolve("classes"));
    Files.writeString(option.resolve("t.tsv"), "from option");
    Files.writeString(classOutput.resolve("t.tsv"), "from class output");
    TableLocator locator = new TableLocator(new EclipseLikeFiler(classOutput), List.of(option));
    TableLocator.Result result = locator.find("", "t.tsv", Optional.empty());
    assertEquals(
        "from option", new String(result.found().orElseThrow().content(), StandardCharsets.UTF_8));

    Files.delete(option.resolve("t.tsv"));
    assertEquals(
        "from class output",
        new String(
            locator.find("", "t.tsv", Optional.empty()).found().orElseThrow().content(),
            StandardCharsets.UTF_8),
        "the class output answers once the option directory has no table");
  }

  @Test
  void theDirectoryOfPackageInfoWinsOverEveryOtherPlace() throws IOException {
    Path sources = Files.createDirectories(directory.resolve("src/com/example"));
    Path option = Files.createDirectories(directory.resolve("option"));
    Files.writeString(sources.resolve("t.tsv"), "next to package-info");
    Files.writeString(option.resolve("t.tsv"), "from option");
    TableLocator.Result result =
        new TableLocator(new EclipseLikeFiler(option), List.of(option))
            .find("com.example", "t.tsv", Optional.of(sources));
    assertEquals(
        "next to package-info",
        new String(result.found().orElseThrow().content(), StandardCharsets.UTF_8));
    assertEquals(sources.resolve("t.tsv").toString(), result.found().get().where());
  }

  @Test
  void aNameThatLeadsOutOfTheDirectoryIsNotReadFromIt() throws IOException {
    Path option = Files.createDirectories(directory.resolve("option"));
    Files.writeString(directory.resolve("secret.tsv"), "outside");
    Path classOutput = Files.createDirectories(directory.resolve("classes"));
    TableLocator locator = new TableLocator(new EclipseLikeFiler(classOutput), List.of(option));
    for (String name :
        List.of(
            "../secret.tsv", "sub/../../secret.tsv", directory.resolve("secret.tsv").toString())) {
      TableLocator.Result result = locator.find("", name, Optional.of(option));
      assertTrue(
          result.found().isEmpty(),
          name + " was read from " + result.found().map(Found -> Found.where()));
      assertTrue(
          result.tried().get(0).endsWith("(leads out of the directory, not read)"),
          result.tried().toString());
    }
  }

  @Test
  void aNameThatIsNoPathIsOnlyAPlaceTried() {
    TableLocator.Result result =
        new TableLocator(new EclipseLikeFiler(directory), List.of(directory))
            .find("com.example", "\u0000bad", Optional.empty());
    assertTrue(result.found().isEmpty());
    assertTrue(result.tried().get(0).startsWith("-Aerrata.tables: "), result.tried().toString());
  }
}
