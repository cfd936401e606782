package dev.errata.processor;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.StandardLocation;

/**
 * Finds a table where a build puts it: next to the annotated {@code package-info.java} when the
 * compiler says where that file is, the {@code -Aerrata.tables} directories, next to the package on
 * the source path, in the class output (Maven copies resources there before compiling), and on the
 * class path (a jar of tables). A name that leads out of a directory ({@code ../../x}) is not read
 * from it. Build tools differ in which locations their Filer supports (Eclipse's throws for source
 * and class path, Gradle passes an empty source path), so each is tried, and output locations,
 * which hand back files that may not exist, are read to find out.
 */
final class TableLocator {
  /** The most a table may hold; a larger file is not a table someone pasted. */
  static final int MAX_TABLE_BYTES = 32 * 1024 * 1024;

  record Found(byte[] content, String where) {}

  record Result(Optional<Found> found, List<String> tried) {}

  private final Filer filer;
  private final List<Path> optionDirectories;

  TableLocator(Filer filer, List<Path> optionDirectories) {
    this.filer = filer;
    this.optionDirectories = List.copyOf(optionDirectories);
  }

  /**
   * @param packageDirectory the directory of the annotated {@code package-info.java}, when the
   *     compiler tells it
   */
  Result find(String packageName, String table, Optional<Path> packageDirectory) {
    List<String> tried = new ArrayList<>();
    List<Path> directories = new ArrayList<>();
    packageDirectory.ifPresent(directories::add);
    directories.addAll(optionDirectories);
    for (Path directory : directories) {
      String label =
          packageDirectory.isPresent() && directory == packageDirectory.get()
              ? "next to package-info.java"
              : "-Aerrata.tables";
      Optional<Found> found = fromDirectory(label, directory, table, tried);
      if (found.isPresent()) {
        return new Result(found, tried);
      }
    }
    String packagePath = packageName.replace('.', '/');
    Object[][] places = {
      {StandardLocation.SOURCE_PATH, packageName, "source path: " + join(packagePath, table)},
      {StandardLocation.SOURCE_PATH, "", "source path: " + table},
      {StandardLocation.CLASS_OUTPUT, packageName, "class output: " + join(packagePath, table)},
      {StandardLocation.CLASS_OUTPUT, "", "class output: " + table},
      {StandardLocation.CLASS_PATH, packageName, "class path: " + join(packagePath, table)},
      {StandardLocation.CLASS_PATH, "", "class path: " + table},
    };
    boolean leaves = leadsOutOfItsPlace(table);
    for (Object[] place : places) {
      String where = (String) place[2];
      if (leaves) {
        tried.add(where + " (leads out of the location, not read)");
        continue;
      }
      Optional<byte[]> content =
          fromFiler((JavaFileManager.Location) place[0], (String) place[1], table);
      tried.add(where);
      if (content.isPresent()) {
        return new Result(Optional.of(new Found(content.get(), where)), tried);
      }
    }
    return new Result(Optional.empty(), tried);
  }

  private static Optional<Found> fromDirectory(
      String label, Path directory, String table, List<String> tried) {
    String place = label + ": " + directory + "/" + table;
    try {
      Path file = directory.resolve(table).normalize();
      if (leadsOutOfItsPlace(table) || !file.startsWith(directory.normalize())) {
        tried.add(place + " (leads out of the directory, not read)");
        return Optional.empty();
      }
      if (Files.isRegularFile(file)) {
        try (InputStream in = Files.newInputStream(file)) {
          byte[] content = readBounded(in);
          tried.add(place);
          return Optional.of(new Found(content, file.toString()));
        }
      }
      tried.add(place);
    } catch (IOException | InvalidPathException | SecurityException e) {
      tried.add(place + " (" + e.getMessage() + ")");
    }
    return Optional.empty();
  }

  /** An absolute name, or one whose {@code ..} segments climb above where it is resolved. */
  private static boolean leadsOutOfItsPlace(String table) {
    try {
      Path name = Path.of(table);
      return name.isAbsolute() || name.getRoot() != null || name.normalize().startsWith("..");
    } catch (InvalidPathException e) {
      return false;
    }
  }

  private Optional<byte[]> fromFiler(JavaFileManager.Location location, String pkg, String table) {
    try {
      FileObject file = filer.getResource(location, pkg, table);
      try (InputStream in = file.openInputStream()) {
        return Optional.of(readBounded(in));
      }
    } catch (IOException | RuntimeException e) {
      // Not there, or not a location this Filer supports; both mean: try the next place.
      return Optional.empty();
    }
  }

  private static byte[] readBounded(InputStream in) throws IOException {
    byte[] content = in.readNBytes(MAX_TABLE_BYTES + 1);
    if (content.length > MAX_TABLE_BYTES) {
      throw new IOException("larger than " + MAX_TABLE_BYTES + " bytes");
    }
    return content;
  }

  private static String join(String packagePath, String table) {
    return packagePath.isEmpty() ? table : packagePath + "/" + table;
  }
}
