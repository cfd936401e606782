package dev.errata.processor.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * Something wrong with a table, located in it. Errors stop generation for that table; warnings
 * describe a deterministic repair and name their {@link Category}, which
 * {@code @ErrorCatalog(suppress = ...)} and {@code -Aerrata.suppress} acknowledge.
 *
 * @param category what kind of warning this is; {@code null} for an error, which cannot be
 *     acknowledged
 * @param line 1-based line in the table file, or {@code 0} when the problem is the whole file
 * @param column 1-based column, or {@code 0} when unknown
 */
public record Problem(
    Severity severity, Category category, String file, int line, int column, String message) {

  public enum Severity {
    ERROR,
    WARNING
  }

  /**
   * The categories of errata's warnings, each a short key shown in brackets at the start of the
   * message ({@code [errata:swapped-columns]}), like javac's lint keys.
   */
  public enum Category {
    /** A quote in a TSV cell that encloses nothing: quotes are read as text. */
    STRAY_QUOTE("stray-quote"),
    /** A repair a format reader made: an HTML span cut to what HTML allows, ... */
    FORMAT("format"),
    /** A row with fewer cells than the header, padded or filled from the row above. */
    SHORT_ROW("short-row"),
    /** A row with more cells than the header; the extra cells are ignored. */
    LONG_ROW("long-row"),
    /** A code cell with a note after the code ({@code 6002 ⚠️ 弃用}): the code alone is read. */
    CODE_NOTE("code-note"),
    /** A row without a code, skipped. */
    NO_CODE("no-code"),
    /** A status cell that is not one status. */
    STATUS("status"),
    /** Message and description in each other's language, swapped back. */
    SWAPPED_COLUMNS("swapped-columns"),
    /** An error table with a header and no rows. */
    EMPTY_TABLE("empty-table"),
    /** A column attribute of the annotation that names no header. */
    COLUMN_OPTION("column-option"),
    /** Page text read by splitting rows that ran together. */
    PAGE_TEXT("page-text"),
    /** A table of HTTP statuses without codes: each status is the code. */
    STATUS_AS_CODE("status-as-code"),
    /** Lines that look like rows and became no row, or a text column mapped to nothing. */
    UNREAD("unread"),
    /** A catalog where most codes have no text. */
    NO_TEXT("no-text"),
    /** A code on several rows: the first row wins, the others' texts are kept. */
    DUPLICATE_CODE("duplicate-code"),
    /**
     * Java names: codes whose names collide, or a {@code name} cell that is no usable class name.
     */
    NAME("name"),
    /** A {@code kind} cell that is not an {@link dev.errata.ErrorKind} name. */
    KIND_CELL("kind-cell"),
    /** An {@code @ErrorCatalog(classify = ...)} entry for a code the table does not have. */
    UNUSED_RULE("unused-rule"),
    /** A processor option that cannot be used as written. */
    OPTION("option");

    private final String key;

    Category(String key) {
      this.key = key;
    }

    /** The key a user writes in {@code suppress}, such as {@code swapped-columns}. */
    public String key() {
      return key;
    }

    /** The category a key names, with or without the {@code errata:} prefix, in any case. */
    public static Optional<Category> of(String key) {
      String bare = key.strip().toLowerCase(Locale.ROOT).replaceFirst("^errata:", "");
      return Arrays.stream(values()).filter(category -> category.key.equals(bare)).findFirst();
    }

    @Override
    public String toString() {
      return "errata:" + key;
    }
  }

  public static Problem error(String file, int line, String message) {
    return new Problem(Severity.ERROR, null, file, line, 0, message);
  }

  public static Problem warning(
      Category category, String file, int line, int column, String message) {
    return new Problem(Severity.WARNING, category, file, line, column, message);
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The message with the warning's category in front: {@code [errata:short-row] row has ...}. */
  public String text() {
    return category == null ? message : "[" + category + "] " + message;
  }

  /** {@code file:line[:column]: [category] message}, the way compilers print locations. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder(file);
    if (line > 0) {
      text.append(':').append(line);
      if (column > 0) {
        text.append(':').append(column);
      }
    }
    return text.append(": ").append(text()).toString();
  }
}
