package dev.errata.benchmarks;

import dev.errata.Classification;
import dev.errata.benchmarks.hostile.HostilePatternsErrors;
import java.nio.charset.StandardCharsets;
import java.util.Map;
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
 * Decode time against the length of a code that matches no pattern, up to the reader's body limit,
 * for a table with {@code Quota.%s.%s.Exceeded} and 24 adjacent {@code %s} before {@code !}: the
 * codes that took a regular expression 6 to 20 seconds, and one that makes the matcher read the
 * whole code. {@code classify} is the read and the lookup; {@code decode} also builds the {@code
 * Unknown} exception.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PatternCodeBenchmark {

  /** A hostile code of the given length. */
  public enum Shape {
    /** {@code Quota.} + dots + {@code x}. */
    DOTS {
      @Override
      public String code(int length) {
        return "Quota." + ".".repeat(length - 7) + "x";
      }
    },
    /**
     * {@code Quota.} + letters + {@code .Exceeded}: head and tail match, so the matcher searches
     * the whole code for the dot between the two placeholders; its slowest case.
     */
    LETTERS {
      @Override
      public String code(int length) {
        return "Quota." + "a".repeat(length - 15) + ".Exceeded";
      }
    },
    /** Letters without the {@code !} that 24 adjacent placeholders end in. */
    ADJACENT {
      @Override
      public String code(int length) {
        return "a".repeat(length);
      }
    };

    public abstract String code(int length);
  }

  @Param({"DOTS", "LETTERS", "ADJACENT"})
  public Shape shape;

  /** Code lengths up to what fits in the reader's 64 KiB body limit. */
  @Param({"64", "1024", "4096", "16384", "32000", "48000", "65000"})
  public int length;

  private byte[] body;

  @Setup
  public void setUp() {
    String code = shape.code(length);
    body = ("{\"code\":\"" + code + "\"}").getBytes(StandardCharsets.UTF_8);
    Classification classified = HostilePatternsErrors.INSTANCE.classify(400, Map.of(), body);
    if (!code.equals(classified.response().code()) || classified.errorCode() != null) {
      throw new IllegalStateException(
          "expected an unknown code of " + length + " characters: " + classified);
    }
  }

  @Benchmark
  public Classification classify() {
    return HostilePatternsErrors.INSTANCE.classify(400, Map.of(), body);
  }

  @Benchmark
  public Object decode() {
    return HostilePatternsErrors.INSTANCE.decode(400, body);
  }
}
