package dev.errata.benchmarks;

import dev.errata.ErrorCode;
import dev.errata.benchmarks.cbc.HuaweiCbcErrorCode;
import dev.errata.benchmarks.ens.AlibabaEnsErrorCode;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@code fromCode} of a generated enum against a {@code HashMap} of the same codes, for an exact
 * code of the largest seed table (CBC, 285 codes), an ENS pattern code and misses. The map only
 * knows codes as the table writes them: it misses {@code InvalidParameter.LoadBalancerSpec}, which
 * {@code fromCode} resolves to {@code InvalidParameter.%s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class FromCodeBenchmark {

  /** A table and the code looked up in it. */
  public enum Lookup {
    CBC_EXACT("CBC.30050010", HuaweiCbcErrorCode.values(), HuaweiCbcErrorCode::fromCode),
    CBC_MISS("CBC.99999999", HuaweiCbcErrorCode.values(), HuaweiCbcErrorCode::fromCode),
    ENS_EXACT(
        "OrderSysConstraintInvalid", AlibabaEnsErrorCode.values(), AlibabaEnsErrorCode::fromCode),
    ENS_PATTERN(
        "InvalidParameter.LoadBalancerSpec",
        AlibabaEnsErrorCode.values(),
        AlibabaEnsErrorCode::fromCode),
    ENS_MISS("NoSuchThing.AtAll", AlibabaEnsErrorCode.values(), AlibabaEnsErrorCode::fromCode);

    final String code;
    final ErrorCode[] table;
    final Function<String, Optional<? extends ErrorCode>> fromCode;

    Lookup(
        String code, ErrorCode[] table, Function<String, Optional<? extends ErrorCode>> fromCode) {
      this.code = code;
      this.table = table;
      this.fromCode = fromCode;
    }
  }

  @Param({"CBC_EXACT", "CBC_MISS", "ENS_EXACT", "ENS_PATTERN", "ENS_MISS"})
  public Lookup lookup;

  private final Map<String, ErrorCode> map = new HashMap<>();
  private String code;

  @Setup
  public void setUp() {
    for (ErrorCode errorCode : lookup.table) {
      map.put(errorCode.code(), errorCode);
    }
    // a fresh String, as read from a response: its hash is not cached yet on the first call
    code = new String(lookup.code.toCharArray());
    boolean found = lookup.fromCode.apply(code).isPresent();
    if (found != !lookup.name().endsWith("MISS")) {
      throw new IllegalStateException(lookup + " looked up as found=" + found);
    }
  }

  @Benchmark
  public Optional<? extends ErrorCode> fromCode() {
    return lookup.fromCode.apply(code);
  }

  @Benchmark
  public ErrorCode hashMap() {
    return map.get(code);
  }
}
