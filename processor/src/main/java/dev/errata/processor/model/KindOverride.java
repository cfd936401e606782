package dev.errata.processor.model;

import dev.errata.ErrorKind;

/**
 * What a user's {@link dev.errata.ErrorCatalog.Classify} says of one code.
 *
 * @param kind the kind to use, or {@code null} to classify as usual
 * @param retry whether the code is retryable, or that the kind decides
 */
public record KindOverride(ErrorKind kind, Retry retry) {
  public static final KindOverride NONE = new KindOverride(null, Retry.FROM_KIND);

  public KindOverride {
    if (retry == null) {
      throw new IllegalArgumentException("retry is FROM_KIND, YES or NO, never null");
    }
  }

  /** The retry behaviour a user asks for. */
  public enum Retry {
    /** As the classification derives it from the kind and the texts. */
    FROM_KIND,
    YES,
    NO
  }
}
