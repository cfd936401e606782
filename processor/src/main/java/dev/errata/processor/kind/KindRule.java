package dev.errata.processor.kind;

import dev.errata.ErrorKind;

/**
 * A user's rule for one code, from {@link dev.errata.ErrorCatalog.Classify}.
 *
 * @param kind the kind to use, or {@code null} to classify as usual
 * @param retryable the retry behaviour to use, or {@code null} to derive it
 */
public record KindRule(ErrorKind kind, Boolean retryable) {
  public static final KindRule NONE = new KindRule(null, null);
}
