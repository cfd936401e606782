package dev.errata.micrometer;

import dev.errata.ErrorCode;
import dev.errata.ServiceException;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Counts typed exceptions in the Micrometer counter {@value #NAME}, tagged {@code provider}, {@code
 * kind} and {@code code}. Give it to an integration's {@code onError}, or call {@link #accept}
 * where errors are caught:
 *
 * <pre>{@code
 * ErrorCounter errors = ErrorCounter.of(meterRegistry);
 * ErrataInterceptor.of(HuaweiCbcErrors.INSTANCE).onError(errors);
 * }</pre>
 *
 * The {@code code} tag is the table's code ({@code InvalidParameter.%s} for a pattern, not the
 * value the server filled in), and {@value #UNKNOWN_CODE} for a code the table does not list, so
 * the number of series is bounded by the tables, whatever servers send.
 */
public final class ErrorCounter implements Consumer<ServiceException> {
  /** The counter's name. */
  public static final String NAME = "errata.errors";

  /** The {@code code} tag of an error whose code the table does not list, or that has none. */
  public static final String UNKNOWN_CODE = "unknown";

  private final MeterRegistry registry;

  private ErrorCounter(MeterRegistry registry) {
    this.registry = registry;
  }

  public static ErrorCounter of(MeterRegistry registry) {
    return new ErrorCounter(Objects.requireNonNull(registry, "registry"));
  }

  /** Adds one to the counter of this error's provider, kind and code. */
  @Override
  public void accept(ServiceException error) {
    Counter.builder(NAME)
        .description("Error responses decoded by errata")
        .tag("provider", error.provider())
        .tag("kind", error.kind().name())
        .tag("code", error.errorCode().map(ErrorCode::code).orElse(UNKNOWN_CODE))
        .register(registry)
        .increment();
  }
}
