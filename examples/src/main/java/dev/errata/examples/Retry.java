package dev.errata.examples;

import dev.errata.ServiceException;
import java.time.Duration;
import java.util.function.Supplier;

/**
 * Calls again when a provider says trying again may help ({@link ServiceException#isRetryable()}),
 * at most a fixed number of times, waiting twice as long before each new attempt.
 */
public final class Retry {
  private final int maxAttempts;
  private final Duration firstDelay;

  private Retry(int maxAttempts, Duration firstDelay) {
    this.maxAttempts = maxAttempts;
    this.firstDelay = firstDelay;
  }

  /**
   * @param maxAttempts how many calls at most, the first one included (at least 1)
   * @param firstDelay the wait before the second call; it doubles for each call after that
   */
  public static Retry upTo(int maxAttempts, Duration firstDelay) {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("maxAttempts must be at least 1: " + maxAttempts);
    }
    if (firstDelay.isNegative()) {
      throw new IllegalArgumentException("firstDelay must not be negative: " + firstDelay);
    }
    return new Retry(maxAttempts, firstDelay);
  }

  /**
   * Returns what {@code call} returns. A retryable {@link ServiceException} makes it call again
   * until the attempts run out, then it is thrown; any other exception is thrown at once.
   */
  public <T> T call(Supplier<T> call) {
    Duration delay = firstDelay;
    for (int attempt = 1; ; attempt++) {
      try {
        return call.get();
      } catch (ServiceException e) {
        if (!e.isRetryable() || attempt == maxAttempts) {
          throw e;
        }
      }
      sleep(delay);
      delay = delay.multipliedBy(2);
    }
  }

  private static void sleep(Duration delay) {
    try {
      Thread.sleep(delay.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry", e);
    }
  }
}
