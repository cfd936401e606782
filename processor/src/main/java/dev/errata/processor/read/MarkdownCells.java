package dev.errata.processor.read;

import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a Markdown table cell as it renders, and the reverse for writing tables.
 *
 * <p>Reading: {@code \|} is a pipe; {@code <br>} (any case, {@code <br/>}, {@code <br />}) is a line
 * break; the tags of inline formatting ({@code code b strong em i u s span font sup sub p a}) are
 * dropped and their text kept; the entities {@code &amp; &lt; &gt; &quot; &apos; &nbsp;} and
 * numeric ones are decoded; a cell that is one code span ({@code `InvalidParameter`}) loses its
 * backticks. Any other text, including other backslashes and unknown tags, is kept as written.
 */
public final class MarkdownCells {
  private MarkdownCells() {}

  private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern FORMATTING_TAG =
      Pattern.compile(
          "</?(?:code|b|strong|em|i|u|s|span|font|sup|sub|p|a)(?:\\s[^<>]*)?>",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ENTITY =
      Pattern.compile("&(?:(amp|lt|gt|quot|apos|nbsp)|#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));");
  private static final Pattern CODE_SPAN = Pattern.compile("`([^`]+)`");

  /** The rendered text of a cell whose padding is already removed and whose {@code \|} are kept. */
  static String render(String cell) {
    String text = cell.replace("\\|", "|");
    if (text.indexOf('<') >= 0) {
      text = BREAK.matcher(text).replaceAll("\n");
      text = FORMATTING_TAG.matcher(text).replaceAll("");
    }
    Matcher codeSpan = CODE_SPAN.matcher(text);
    if (codeSpan.matches()) {
      text = codeSpan.group(1);
    }
    if (text.indexOf('&') >= 0) {
      text = ENTITY.matcher(text).replaceAll(entity -> Matcher.quoteReplacement(decode(entity)));
    }
    return text;
  }

  private static String decode(MatchResult entity) {
    if (entity.group(1) != null) {
      return switch (entity.group(1).toLowerCase(Locale.ROOT)) {
        case "amp" -> "&";
        case "lt" -> "<";
        case "gt" -> ">";
        case "quot" -> "\"";
        case "apos" -> "'";
        default -> "\u00A0";
      };
    }
    int codePoint =
        entity.group(2) != null
            ? Integer.parseInt(entity.group(2))
            : Integer.parseInt(entity.group(3), 16);
    return Character.isValidCodePoint(codePoint) && codePoint != 0
        ? new String(Character.toChars(codePoint))
        : entity.group();
  }

  /**
   * Writes {@code text} as a cell that {@link #render} reads back exactly: {@code &}, {@code <},
   * {@code |} and line breaks are escaped, and so are the edges a table would trim or reinterpret
   * (spaces, backticks). A cell that is just {@code -} still reads as absent.
   */
  public static String escape(String text) {
    StringBuilder cell = new StringBuilder(text.length() + 8);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean edge = i == 0 || i == text.length() - 1;
      switch (c) {
        case '&' -> cell.append("&amp;");
        case '<' -> cell.append("&lt;");
        case '|' -> cell.append("\\|");
        case '\n' -> cell.append("<br>");
        case '\r' -> cell.append("&#13;");
        default -> {
          if (edge && (Character.isWhitespace(c) || c == '`' || c == '\u00A0')) {
            cell.append("&#").append((int) c).append(';');
          } else {
            cell.append(c);
          }
        }
      }
    }
    return cell.toString();
  }
}
