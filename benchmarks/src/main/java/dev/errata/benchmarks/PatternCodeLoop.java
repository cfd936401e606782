package dev.errata.benchmarks;

import dev.errata.benchmarks.PatternCodeBenchmark.Shape;
import dev.errata.benchmarks.hostile.HostilePatternsErrors;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;

/**
 * A measured loop beside {@link PatternCodeBenchmark}: the median of 501 timed {@code classify}
 * calls per code length, and that time per character, which stays level if decoding is linear. Run
 * with {@code java -cp benchmarks/target/benchmarks.jar dev.errata.benchmarks.PatternCodeLoop}.
 */
public final class PatternCodeLoop {
  private PatternCodeLoop() {}

  private static Object sink;

  public static void main(String[] args) {
    int[] lengths = {1024, 4096, 16384, 32000, 48000, 65000};
    for (Shape shape : Shape.values()) {
      StringBuilder line = new StringBuilder("| ").append(shape.name());
      for (int length : lengths) {
        byte[] body =
            ("{\"code\":\"" + shape.code(length) + "\"}").getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 2000; i++)
          sink = HostilePatternsErrors.INSTANCE.classify(400, Map.of(), body);
        long[] times = new long[501];
        for (int i = 0; i < times.length; i++) {
          long t0 = System.nanoTime();
          sink = HostilePatternsErrors.INSTANCE.classify(400, Map.of(), body);
          times[i] = System.nanoTime() - t0;
        }
        Arrays.sort(times);
        line.append(
            String.format(
                java.util.Locale.ROOT,
                " | %.1f µs (%.2f ns a character)",
                times[250] / 1e3,
                times[250] / (double) length));
      }
      System.out.println(line.append(" |"));
    }
  }
}
