package dev.errata.processor.kind;

import dev.errata.ErrorKind;
import dev.errata.processor.model.TableRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides each code's {@link ErrorKind} and whether it is retryable, from the strongest evidence a
 * row has:
 *
 * <ol>
 *   <li>the table's {@code kind} column;
 *   <li>a rule on {@code @ErrorCatalog};
 *   <li>a specific HTTP status (401, 403, 404, 409, 429, 503 ...), which the wording of code, message
 *       or description may narrow ({@link KindRules#STATUS_REFINEMENTS});
 *   <li>the words of the code ({@code OrderNotFound}, {@code Throttling.User});
 *   <li>the wording of message and description;
 *   <li>the wording of the solution;
 *   <li>weak words ("cannot", "failed") anywhere in the row;
 *   <li>a weak status: 400 says the request was wrong, 5xx that the provider failed;
 *   <li>otherwise {@link ErrorKind#UNKNOWN}.
 * </ol>
 *
 * Within one step the word rule of highest rank wins ({@link KindRules#WORDS}). Pure and
 * thread-safe.
 */
public final class KindClassifier {
  private KindClassifier() {}

  public static Classification classify(TableRow row, KindRule rule) {
    KindRule given = rule == null ? KindRule.NONE : rule;
    Decision kind = decideKind(row, given);
    Decision retry = decideRetry(row, given, kind.kind());
    return new Classification(kind.kind(), kind.evidence(), retry.retryable(), retry.evidence());
  }

  /**
   * Reads a {@code kind} cell: the constant name in any case, with any separators ({@code
   * NOT_FOUND}, {@code NotFound}, {@code not-found}, {@code not found}).
   */
  public static Optional<ErrorKind> parseKind(String cell) {
    if (cell == null) {
      return Optional.empty();
    }
    String wanted = squeeze(cell);
    if (wanted.isEmpty()) {
      return Optional.empty();
    }
    for (ErrorKind kind : ErrorKind.values()) {
      if (squeeze(kind.name()).equals(wanted)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  private static String squeeze(String name) {
    StringBuilder letters = new StringBuilder(name.length());
    name.codePoints().filter(Character::isLetterOrDigit).forEach(letters::appendCodePoint);
    return letters.toString().toUpperCase(Locale.ROOT);
  }

  private record Decision(ErrorKind kind, boolean retryable, String evidence) {
    Decision(ErrorKind kind, String evidence) {
      this(kind, false, evidence);
    }
  }

  /** A cell of the row, named as the evidence names it. */
  private record Field(String name, ScannedText text) {}

  /** Words found in a field; for the code, the code's own spelling of the matched words. */
  private record Found(String field, String text) {
    String evidence() {
      return field.equals("code")
          ? "code word \"" + text + "\""
          : "matched \"" + text + "\" in " + field;
    }
  }

  private record Match(WordRule rule, Found found) {}

  private static Decision decideKind(TableRow row, KindRule rule) {
    Optional<ErrorKind> column = parseKind(row.kind());
    if (column.isPresent()) {
      return new Decision(column.get(), "kind column");
    }
    if (rule.kind() != null) {
      return new Decision(rule.kind(), "rule on @ErrorCatalog");
    }
    List<Match> code = codeMatches(row.code());
    List<Match> text = textMatches(List.of(field("message", row.message()), field("description", row.description())));
    ErrorKind byStatus = ErrorKind.fromHttpStatus(row.httpStatus());
    String status = "HTTP " + row.httpStatus();
    if (byStatus != ErrorKind.UNKNOWN && byStatus != ErrorKind.INTERNAL) {
      Set<ErrorKind> narrower = KindRules.STATUS_REFINEMENTS.getOrDefault(byStatus, Set.of());
      List<Match> candidates = new ArrayList<>(code);
      candidates.addAll(text);
      candidates.removeIf(m -> !narrower.contains(m.rule().kind()));
      return best(candidates)
          .map(m -> new Decision(m.rule().kind(), status + ", narrowed by " + m.found().evidence()))
          .orElse(new Decision(byStatus, status));
    }
    List<Match> solution = textMatches(List.of(field("solution", row.solution())));
    List<Match> weak = new ArrayList<>();
    for (List<Match> step : List.of(code, text, solution)) {
      Optional<Match> found = best(strong(step, true));
      if (found.isPresent()) {
        return new Decision(found.get().rule().kind(), found.get().found().evidence());
      }
      weak.addAll(strong(step, false));
    }
    Optional<Match> found = best(weak);
    if (found.isPresent()) {
      return new Decision(found.get().rule().kind(), found.get().found().evidence());
    }
    if (byStatus == ErrorKind.INTERNAL) {
      return new Decision(ErrorKind.INTERNAL, status + " (weak)");
    }
    if (row.httpStatus() == 400) {
      return new Decision(ErrorKind.INVALID_ARGUMENT, status + " (weak)");
    }
    return new Decision(ErrorKind.UNKNOWN, "no evidence");
  }

  private static List<Match> strong(List<Match> matches, boolean strong) {
    return matches.stream().filter(m -> (m.rule().rank() >= KindRules.WEAK_RANK) == strong).toList();
  }

  private static Field field(String name, String text) {
    return new Field(name, ScannedText.of(text));
  }

  /** Every word rule's first match in each field, in field order. */
  private static List<Match> textMatches(List<Field> fields) {
    List<Match> found = new ArrayList<>();
    for (WordRule rule : KindRules.WORDS) {
      first(rule.phrases(), fields).ifPresent(f -> found.add(new Match(rule, f)));
    }
    return found;
  }

  /**
   * Word rules matched against the words of a code: {@code PayAccountBookNotExist} reads as {@code
   * Pay Account Book Not Exist}, and the evidence quotes the code's spelling, {@code NotExist}.
   */
  private static List<Match> codeMatches(String code) {
    ScannedText words = ScannedText.ofCode(code);
    List<Match> found = new ArrayList<>();
    for (WordRule rule : KindRules.WORDS) {
      Phrases.Hit hit = rule.phrases().first(words);
      if (hit != null) {
        found.add(new Match(rule, new Found("code", code.substring(hit.start(), hit.end()))));
      }
    }
    return found;
  }

  /** The match of highest rank; the first found among equals. */
  private static Optional<Match> best(List<Match> matches) {
    Match best = null;
    for (Match match : matches) {
      if (best == null || match.rule().rank() > best.rule().rank()) {
        best = match;
      }
    }
    return Optional.ofNullable(best);
  }

  private static Optional<Found> first(Phrases phrases, List<Field> fields) {
    for (Field field : fields) {
      Phrases.Hit hit = phrases.first(field.text());
      if (hit != null) {
        return Optional.of(new Found(field.name(), field.text().text().substring(hit.start(), hit.end())));
      }
    }
    return Optional.empty();
  }

  private static Decision decideRetry(TableRow row, KindRule rule, ErrorKind kind) {
    if (rule.retryable() != null) {
      return new Decision(kind, rule.retryable(), "rule on @ErrorCatalog");
    }
    List<Field> fields =
        List.of(
            field("message", row.message()),
            field("description", row.description()),
            field("solution", row.solution()));
    Optional<Found> noRetry = first(KindRules.NO_RETRY, fields);
    if (noRetry.isPresent()) {
      return new Decision(kind, false, noRetry.get().evidence());
    }
    if (kind.retryableByDefault()) {
      return new Decision(kind, true, kind + " is retryable");
    }
    Optional<Found> retry = first(KindRules.RETRY, fields);
    if (retry.isPresent() && KindRules.MAY_PASS.contains(kind)) {
      return new Decision(kind, true, retry.get().evidence());
    }
    return new Decision(
        kind,
        false,
        kind + " is not retryable" + retry.map(f -> " (ignored " + f.evidence() + ")").orElse(""));
  }
}
