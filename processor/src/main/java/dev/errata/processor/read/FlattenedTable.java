package dev.errata.processor.read;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Page text whose error table lost its cell boundaries when it was copied from HTML: rows run
 * together, each starting with an HTTP status and a dotted code ({@code 400 Ecs.0001 ...}).
 */
public final class FlattenedTable {
  private FlattenedTable() {}

  /** The start of a row: group 1 is the status, group 2 the code. */
  public static final Pattern ROW_START =
      Pattern.compile("(?<![\\w.])([1-5]\\d\\d) ([A-Za-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9_%]+)+)(?= )");

  /** Rows of at least this many are a flattened table rather than a chance match in prose. */
  static final int MINIMUM_ROWS = 3;

  static boolean looksFlattened(String text) {
    Matcher row = ROW_START.matcher(text);
    int rows = 0;
    while (rows < MINIMUM_ROWS && row.find()) {
      rows++;
    }
    return rows >= MINIMUM_ROWS;
  }

  /** The command that turns the page into a Markdown table errata reads. */
  static String importCommand(String file) {
    String version = FlattenedTable.class.getPackage().getImplementationVersion();
    String target = file.replaceFirst("\\.[^./\\\\]*$", "") + ".md";
    return "java -jar errata-cli-"
        + (version == null ? "<version>" : version)
        + ".jar import "
        + file
        + " "
        + target;
  }
}
