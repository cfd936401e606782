package dev.errata;

import dev.errata.benchmarks.PatternCodeBenchmark.Shape;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The pattern matcher alone, without the length bound that {@link CodeIndex} puts before it: the
 * same hostile codes as {@code PatternCodeBenchmark}, matched against the pattern each targets. In
 * the runtime's package to reach the package-private {@link CodePattern}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class CodePatternBenchmark {
  @Param({"DOTS", "LETTERS", "ADJACENT"})
  public Shape shape;

  @Param({"64", "1024", "4096", "16384", "32000", "48000", "65000"})
  public int length;

  private CodePattern pattern;
  private String code;

  @Setup
  public void setUp() {
    pattern =
        CodePattern.of(shape == Shape.ADJACENT ? "%s".repeat(24) + "!" : "Quota.%s.%s.Exceeded");
    code = shape.code(length);
    if (pattern.matches(code)) {
      throw new IllegalStateException("a hostile code matched");
    }
  }

  @Benchmark
  public boolean matches() {
    return pattern.matches(code);
  }
}
