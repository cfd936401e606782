package dev.errata.processor.kind;

import dev.errata.processor.model.TableRow;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How a table uses its HTTP statuses: how many of its codes each status covers. A status that
 * covers most of a table's codes says little about any one of them (a provider that answers 403 for
 * quota, stock and region errors alike); a status the table gives to a few codes says much (its
 * rare 404).
 */
public final class TableStatuses {
  /** No table known: every status speaks as {@link dev.errata.ErrorKind#fromHttpStatus} says. */
  public static final TableStatuses NONE = new TableStatuses(Map.of(), 0);

  /** Below this many codes a table is too small to tell a common status from a rare one. */
  static final int FEWEST_CODES = 8;

  /** A status given to more than this share of a table's codes is the table's common answer. */
  static final double COMMON_SHARE = 0.5;

  /**
   * A server status (5xx) given to at least this many of a table's codes is the provider's answer
   * for server failures of every sort (upstream, disk, decoder), not the one its name says.
   */
  static final int SERVER_CATCH_ALL_CODES = 8;

  private final Map<Integer, Integer> codesByStatus;
  private final int codes;

  private TableStatuses(Map<Integer, Integer> codesByStatus, int codes) {
    this.codesByStatus = Map.copyOf(codesByStatus);
    this.codes = codes;
  }

  /**
   * The statuses of a table's rows, each distinct code counted once, with its first row's status.
   */
  public static TableStatuses of(List<TableRow> rows) {
    Set<String> seen = new HashSet<>();
    Map<Integer, Integer> counts = new HashMap<>();
    for (TableRow row : rows) {
      if (!row.code().isEmpty() && seen.add(row.code())) {
        counts.merge(row.httpStatus(), 1, Integer::sum);
      }
    }
    return new TableStatuses(counts, seen.size());
  }

  /** The share of the table's codes that have {@code status}, 0 when no table is known. */
  public double share(int status) {
    return codes == 0 ? 0 : (double) codesByStatus.getOrDefault(status, 0) / codes;
  }

  /**
   * Whether {@code status} is a server status that the table gives to so many codes that it says
   * only that the provider failed.
   */
  public boolean isServerCatchAll(int status) {
    return status >= 500
        && status < 600
        && codesByStatus.getOrDefault(status, 0) >= SERVER_CATCH_ALL_CODES;
  }

  /** Whether {@code status} is the answer the table gives to most of its codes. */
  public boolean isCommon(int status) {
    return codes >= FEWEST_CODES && share(status) > COMMON_SHARE;
  }
}
