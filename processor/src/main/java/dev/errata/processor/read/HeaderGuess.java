package dev.errata.processor.read;

import dev.errata.processor.read.RawTable.Cell;
import dev.errata.processor.read.RawTable.RawRow;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether the first row of a table that does not mark its header (a TSV file, an HTML table without
 * {@code <th>}) is a header or already data. A row is a header when a cell is a header errata
 * knows, or when its cells are all plain words while a column below holds values (numbers, codes,
 * sentences) in most rows.
 */
final class HeaderGuess {
  private HeaderGuess() {}

  /** A lower-case letter followed by an upper-case one, as in {@code InvalidParameter}. */
  private static final Pattern CAMEL_HUMP = Pattern.compile("\\p{Ll}\\p{Lu}");

  /**
   * Letters or digits joined by {@code . _ : -} without a space, as in {@code CBC.0156} or {@code
   * access_denied}.
   */
  private static final Pattern JOINED = Pattern.compile("[\\p{L}\\p{N}][._:/-][\\p{L}\\p{N}]");

  /** A sentence longer than an abbreviation such as {@code No.}. */
  private static final Pattern SENTENCE = Pattern.compile(".{5,}[.。!！?？;；]\\s*", Pattern.DOTALL);

  /** Header cells are short; a longer cell is text. */
  private static final int LONGEST_HEADER = 40;

  static boolean isHeader(RawRow first, List<RawRow> below, HeaderMatcher matcher) {
    if (!matcher.columns(first.texts()).isEmpty()) {
      return true;
    }
    if (first.cells().stream().map(Cell::text).anyMatch(HeaderGuess::isValue)) {
      return false;
    }
    if (below.isEmpty()) {
      return true;
    }
    for (int column = 0; column < first.cells().size(); column++) {
      int values = 0;
      for (RawRow row : below) {
        if (column < row.cells().size() && isValue(row.cells().get(column).text())) {
          values++;
        }
      }
      if (values * 2 > below.size()) {
        return true;
      }
    }
    return false;
  }

  /** A cell that reads like data rather than like the name of a column. */
  static boolean isValue(String text) {
    String cell = text.strip();
    return cell.length() > LONGEST_HEADER
        || cell.chars().anyMatch(Character::isDigit)
        || CAMEL_HUMP.matcher(cell).find()
        || JOINED.matcher(cell).find()
        || SENTENCE.matcher(cell).matches();
  }
}
