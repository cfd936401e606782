package dev.errata.cli;

import dev.errata.processor.catalog.CatalogBuilder;
import dev.errata.processor.catalog.JavaNames;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.CatalogSettings;
import dev.errata.processor.model.Problem;
import dev.errata.processor.model.TableContent;
import dev.errata.processor.model.TableOptions;
import dev.errata.processor.read.TableReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A table file read and built into a catalog the way the processor does for an
 * {@code @ErrorCatalog} naming it, with every problem the processor would report.
 *
 * @param catalog empty when the table has errors
 */
record TableFile(Path path, Optional<Catalog> catalog, List<Problem> problems) {

  TableFile {
    problems = List.copyOf(problems);
  }

  static TableFile read(Path path, int tableNumber) throws IOException {
    String name = path.toString();
    TableContent content =
        TableReader.read(name, bytes(path), new TableOptions(tableNumber, Map.of()));
    List<Problem> problems = new ArrayList<>(content.problems());
    if (content.hasErrors()) {
      return new TableFile(path, Optional.empty(), problems);
    }
    CatalogBuilder.Result built = CatalogBuilder.build(settings(path), content);
    problems.addAll(built.problems());
    return new TableFile(path, Optional.ofNullable(built.catalog()), problems);
  }

  /** The file's bytes; a failure names the file, which not every {@link IOException} does. */
  private static byte[] bytes(Path path) throws IOException {
    try {
      return Files.readAllBytes(path);
    } catch (FileSystemException e) {
      throw e;
    } catch (IOException e) {
      throw new IOException(path + ": " + e.getMessage(), e);
    }
  }

  boolean hasErrors() {
    return catalog.isEmpty() || problems.stream().anyMatch(Problem::isError);
  }

  /** Prints each problem as compilers do: {@code file:line:col: warning: message}. */
  void printProblems(PrintWriter err) {
    for (Problem problem : problems) {
      StringBuilder place = new StringBuilder(problem.file());
      if (problem.line() > 0) {
        place.append(':').append(problem.line());
        if (problem.column() > 0) {
          place.append(':').append(problem.column());
        }
      }
      err.println(place + ": " + (problem.isError() ? "error" : "warning") + ": " + problem.text());
    }
  }

  /** The settings an {@code @ErrorCatalog} with only this table would have. */
  private static CatalogSettings settings(Path path) {
    String id = providerId(path);
    return new CatalogSettings(
        "",
        provider(id),
        id,
        path.toString(),
        TableOptions.DEFAULT,
        CatalogSettings.BodyLocation.AUTO_DETECT,
        Map.of());
  }

  /** {@code huawei-cbc} for {@code tables/huawei-cbc.md}. */
  static String providerId(Path path) {
    String file = path.getFileName().toString();
    int dot = file.lastIndexOf('.');
    String stem = dot > 0 ? file.substring(0, dot) : file;
    String id =
        stem.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return id.isEmpty() ? "table" : id;
  }

  /** {@code HuaweiCbc} for {@code huawei-cbc}; {@code Table} when the id makes no type name. */
  static String provider(String id) {
    StringBuilder name = new StringBuilder();
    for (String word : id.split("-")) {
      if (!word.isEmpty()) {
        name.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1));
      }
    }
    return JavaNames.isUsableClassName(name.toString()) ? name.toString() : "Table";
  }
}
