package dev.errata.processor.kind;

import dev.errata.ErrorKind;
import dev.errata.processor.model.TableRow;
import java.util.Optional;

/** Decides each code's {@link dev.errata.ErrorKind} and whether it is retryable. */
public final class KindClassifier {
  private KindClassifier() {}

  public static Classification classify(TableRow row, KindRule rule) {
    ErrorKind kind = rule.kind() != null ? rule.kind() : ErrorKind.fromHttpStatus(row.httpStatus());
    return new Classification(kind, "HTTP status", kind.retryableByDefault(), "kind");
  }

  public static Optional<ErrorKind> parseKind(String text) {
    try {
      return Optional.of(ErrorKind.valueOf(text.trim().toUpperCase(java.util.Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
