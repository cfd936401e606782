package dev.errata.processor.kind;

import dev.errata.processor.model.TableRow;

/** Decides each code's {@link dev.errata.ErrorKind} and whether it is retryable. */
public final class KindClassifier {
  private KindClassifier() {}

  public static Classification classify(TableRow row, KindRule rule) {
    throw new UnsupportedOperationException("not yet");
  }
}
