package dev.errata.processor;

import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.nio.file.Path;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.PackageElement;
import javax.tools.JavaFileObject;

/**
 * Where the compiler read an annotated {@code package-info.java} from. Build tools that pass no
 * source path (kapt, Gradle) still compile that file, and its directory is where a user puts the
 * table next to it. javac tells through its {@link Trees}; other compilers (ECJ) have no such API,
 * and then the other places are tried.
 */
final class PackageSource {
  private PackageSource() {}

  /**
   * Whether the compiler places a diagnostic on a package at its package-info's line: javac does.
   */
  static boolean placesDiagnosticsOnPackages(ProcessingEnvironment environment) {
    try {
      Trees.instance(environment);
      return true;
    } catch (RuntimeException | LinkageError e) {
      return false;
    }
  }

  static Optional<Path> directoryOf(ProcessingEnvironment environment, PackageElement pkg) {
    try {
      TreePath path = Trees.instance(environment).getPath(pkg);
      if (path == null) {
        return Optional.empty();
      }
      JavaFileObject source = path.getCompilationUnit().getSourceFile();
      if (!"file".equals(source.toUri().getScheme())) {
        return Optional.empty();
      }
      return Optional.ofNullable(Path.of(source.toUri()).getParent());
    } catch (RuntimeException | LinkageError e) {
      // Not javac (IllegalArgumentException), no jdk.compiler module, or a source not in a file.
      return Optional.empty();
    }
  }
}
