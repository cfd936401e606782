import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.annotation.processing.Processor;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * The warm, in-process share of benchmarks/generation.sh: javac run through the compiler API in
 * one JVM, as maven-compiler-plugin runs it, RUNS times; prints the CPU milliseconds of the calling
 * thread (javac's own work, not the JIT's) for each run and the median of the second half.
 *
 *   java benchmarks/GenerationCost.java processor|generated PROCESSOR_PATH RUNTIME_JAR TABLES SOURCES_DIR [RUNS]
 *
 * PROCESSOR_PATH is the processor jar and its dependencies, separated by the path separator.
 * processor: -proc:only with the errata processor (loaded once) on the package-infos in SOURCES_DIR;
 * generated: -proc:none on the generated sources in SOURCES_DIR.
 */
public class GenerationCost {
  public static void main(String[] args) throws Exception {
    String mode = args[0];
    List<URL> processorPath = new ArrayList<>();
    for (String entry : args[1].split(File.pathSeparator)) {
      processorPath.add(Path.of(entry).toUri().toURL());
    }
    String runtimeJar = args[2];
    String tables = args[3];
    Path sources = Path.of(args[4]);
    int runs = args.length > 5 ? Integer.parseInt(args[5]) : 20;
    List<File> files;
    try (Stream<Path> walk = Files.walk(sources)) {
      files = walk.filter(p -> p.toString().endsWith(".java"))
          .filter(p -> mode.equals("generated") || p.getFileName().toString().equals("package-info.java"))
          .sorted().map(Path::toFile).toList();
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    ClassLoader loader = new URLClassLoader(processorPath.toArray(URL[]::new),
        GenerationCost.class.getClassLoader());
    Class<?> processorClass = loader.loadClass("dev.errata.processor.ErrataProcessor");
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] millis = new long[runs];
    for (int run = 0; run < runs; run++) {
      Path out = Files.createTempDirectory("generation-cost");
      List<String> options = new ArrayList<>(List.of("--release", "17", "-cp", runtimeJar,
          "-d", out.toString(), "-s", out.toString(), "-Aerrata.tables=" + tables));
      options.add(mode.equals("generated") ? "-proc:none" : "-proc:only");
      StringWriter log = new StringWriter();
      try (StandardJavaFileManager fileManager = javac.getStandardFileManager(null, null, null)) {
        Iterable<? extends JavaFileObject> units = fileManager.getJavaFileObjectsFromFiles(files);
        JavaCompiler.CompilationTask task =
            javac.getTask(new PrintWriter(log), fileManager, null, options, null, units);
        if (mode.equals("processor")) {
          task.setProcessors(List.of((Processor) processorClass.getConstructor().newInstance()));
        }
        long start = threads.getCurrentThreadCpuTime();
        boolean ok = task.call();
        millis[run] = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
        if (!ok) {
          throw new IllegalStateException(log.toString());
        }
      }
      delete(out);
    }
    long[] warm = Arrays.copyOfRange(millis, runs / 2, runs);
    Arrays.sort(warm);
    System.out.println(mode + " runs (ms CPU): " + Arrays.toString(millis));
    System.out.println(mode + " warm median: " + warm[warm.length / 2] + " ms CPU");
  }

  private static void delete(Path directory) {
    try (Stream<Path> walk = Files.walk(directory)) {
      walk.sorted((a, b) -> b.compareTo(a)).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
