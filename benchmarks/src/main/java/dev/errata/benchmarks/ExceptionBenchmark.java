package dev.errata.benchmarks;

import dev.errata.ErrorResponse;
import dev.errata.benchmarks.cbc.HuaweiCbcErrors;
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
 * What filling in a stack trace costs when an exception is built. {@code extraFrames} puts the
 * construction that many calls deeper than JMH's own frames, as a call site in a web framework or
 * an SDK is (their stacks run 50 to 150 frames).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class ExceptionBenchmark {

  @Param({"0", "100"})
  public int extraFrames;

  private ErrorResponse response;

  @Setup
  public void setUp() {
    ProviderBody cbc = ProviderBody.CBC;
    response = HuaweiCbcErrors.INSTANCE.reader().read(cbc.status, Map.of(), cbc.body);
  }

  /**
   * What {@code decode} builds: a generated exception, whose constructor fills in the stack trace.
   */
  @Benchmark
  public Object generated() {
    return deeper(extraFrames, Built.GENERATED);
  }

  @Benchmark
  public Object plainWithStackTrace() {
    return deeper(extraFrames, Built.WITH_STACK_TRACE);
  }

  @Benchmark
  public Object plainWithoutStackTrace() {
    return deeper(extraFrames, Built.WITHOUT_STACK_TRACE);
  }

  private enum Built {
    GENERATED,
    WITH_STACK_TRACE,
    WITHOUT_STACK_TRACE
  }

  private Object deeper(int frames, Built built) {
    if (frames > 0) {
      return deeper(frames - 1, built);
    }
    switch (built) {
      case GENERATED:
        return HuaweiCbcErrors.INSTANCE.toException(response);
      case WITH_STACK_TRACE:
        return new CodedException(response, true);
      default:
        return new CodedException(response, false);
    }
  }

  /** The same fields as the generated exception's root, the stack trace filled or not. */
  static final class CodedException extends RuntimeException {
    private final transient ErrorResponse response;

    CodedException(ErrorResponse response, boolean writableStackTrace) {
      super(null, null, false, writableStackTrace);
      this.response = response;
    }

    ErrorResponse response() {
      return response;
    }
  }
}
