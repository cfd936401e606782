package dev.errata.processor.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text of a Markdown table cell as it renders, and the reverse for writing tables.
 *
 * <p>Reading: {@code <br>} (any case, {@code <br/>}, {@code <br />}) is a line break; the tags of
 * inline formatting ({@code code b strong em i u s span font sup sub p a}) are dropped and their
 * text kept; code spans ({@code `InvalidParameter`}) lose their backticks and keep their text
 * exactly; a backslash before ASCII punctuation ({@code \.} {@code \|} {@code \_}) is dropped;
 * links and images ({@code [text](url)}) become their text; emphasis ({@code **bold**}, {@code
 * __bold__}, {@code *em*}, {@code _em_}, not inside a word) loses its markers; the entities {@code
 * &amp; &lt; &gt; &quot; &apos; &nbsp;} and numeric ones are decoded outside code spans. Any other
 * text, including other backslashes and unknown tags, is kept as written.
 */
final class MarkdownCells {
  private MarkdownCells() {}

  private static final Pattern BREAK = Pattern.compile("<br\\s*/?>", Pattern.CASE_INSENSITIVE);
  private static final Pattern FORMATTING_TAG =
      Pattern.compile(
          "</?(?:code|b|strong|em|i|u|s|span|font|sup|sub|p|a)(?:\\s[^<>]*)?>",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern ENTITY =
      Pattern.compile("&(?:(amp|lt|gt|quot|apos|nbsp)|#(\\d{1,7})|#[xX]([0-9a-fA-F]{1,6}));");
  private static final Pattern LINK =
      Pattern.compile("!?\\[([^\\[\\]]*)\\]\\((?:[^()\\s]|\\([^()\\s]*\\))*(?:\\s+\"[^\"]*\")?\\)");
  private static final String WORD = "[\\p{L}\\p{N}]";
  private static final List<Pattern> EMPHASIS =
      List.of(
          Pattern.compile("(?<![*\\\\])\\*\\*(?=[^\\s*])(.{1,500}?)(?<=[^\\s*])\\*\\*(?!\\*)"),
          Pattern.compile(
              "(?<!" + WORD + "|_)__(?=[^\\s_])(.{1,500}?)(?<=[^\\s_])__(?!" + WORD + "|_)"),
          Pattern.compile(
              "(?<!" + WORD + "|\\*)\\*(?=[^\\s*])(.{1,500}?)(?<=[^\\s*])\\*(?!" + WORD + "|\\*)"),
          Pattern.compile(
              "(?<!" + WORD + "|_)_(?=[^\\s_])(.{1,500}?)(?<=[^\\s_])_(?!" + WORD + "|_)"));

  /** Private-use characters stand for the protected parts of a cell while markup is removed. */
  private static final char FIRST_PLACEHOLDER = '\uE000';

  private static final char LAST_PLACEHOLDER = '\uF8FF';
  private static final String ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";

  /** The rendered text of a cell whose padding is already removed and whose {@code \|} are kept. */
  static String render(String cell) {
    String text = cell;
    if (text.indexOf('<') >= 0) {
      text = BREAK.matcher(text).replaceAll("\n");
      text = FORMATTING_TAG.matcher(text).replaceAll("");
    }
    if (text.indexOf('\\') < 0
        && text.indexOf('`') < 0
        && text.indexOf('*') < 0
        && text.indexOf('_') < 0
        && text.indexOf('[') < 0) {
      return decodeEntities(text);
    }
    if (text.chars().anyMatch(c -> c >= FIRST_PLACEHOLDER && c <= LAST_PLACEHOLDER)) {
      return decodeEntities(text);
    }
    List<String> protectedParts = new ArrayList<>();
    String marked = protect(text, protectedParts);
    for (int i = 0; i < 2 && marked.indexOf('[') >= 0; i++) {
      marked = LINK.matcher(marked).replaceAll("$1");
    }
    for (Pattern emphasis : EMPHASIS) {
      marked = emphasis.matcher(marked).replaceAll("$1");
    }
    marked = decodeEntities(marked);
    StringBuilder rendered = new StringBuilder(marked.length());
    for (int i = 0; i < marked.length(); i++) {
      char c = marked.charAt(i);
      if (c >= FIRST_PLACEHOLDER && c <= LAST_PLACEHOLDER) {
        rendered.append(protectedParts.get(c - FIRST_PLACEHOLDER));
      } else {
        rendered.append(c);
      }
    }
    return rendered.toString();
  }

  /**
   * Replaces code spans and backslash-escaped punctuation with placeholders holding their literal
   * text, so that no markup rule applies to them. Too many parts leave the rest unprotected.
   */
  private static String protect(String text, List<String> parts) {
    StringBuilder marked = new StringBuilder(text.length());
    int limit = LAST_PLACEHOLDER - FIRST_PLACEHOLDER;
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (parts.size() < limit
          && c == '\\'
          && i + 1 < text.length()
          && ASCII_PUNCTUATION.indexOf(text.charAt(i + 1)) >= 0) {
        marked.append(placeholder(parts, String.valueOf(text.charAt(i + 1))));
        i += 2;
      } else if (parts.size() < limit && c == '`') {
        int run = run(text, i);
        int close = closingRun(text, i + run, run);
        if (close < 0) {
          marked.append(text, i, i + run);
        } else {
          marked.append(placeholder(parts, codeSpanText(text.substring(i + run, close))));
          run = close + run - i;
        }
        i += run;
      } else {
        marked.append(c);
        i++;
      }
    }
    return marked.toString();
  }

  private static char placeholder(List<String> parts, String literal) {
    parts.add(literal);
    return (char) (FIRST_PLACEHOLDER + parts.size() - 1);
  }

  private static int run(String text, int start) {
    int end = start;
    while (end < text.length() && text.charAt(end) == '`') {
      end++;
    }
    return end - start;
  }

  /** Where a backtick run of exactly {@code length} starts at or after {@code from}, or -1. */
  private static int closingRun(String text, int from, int length) {
    for (int i = from; i < text.length(); ) {
      if (text.charAt(i) == '`') {
        int run = run(text, i);
        if (run == length) {
          return i;
        }
        i += run;
      } else {
        i++;
      }
    }
    return -1;
  }

  /** One space is stripped from each end of a code span's text when both ends have one. */
  private static String codeSpanText(String content) {
    return content.length() >= 2
            && content.startsWith(" ")
            && content.endsWith(" ")
            && !content.isBlank()
        ? content.substring(1, content.length() - 1)
        : content;
  }

  private static String decodeEntities(String text) {
    return text.indexOf('&') < 0
        ? text
        : ENTITY.matcher(text).replaceAll(entity -> Matcher.quoteReplacement(decode(entity)));
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
   * (spaces, backticks). Where Markdown markup would change the text ({@code **}, {@code _x_},
   * {@code [a](b)}, a backslash before punctuation), its characters are written as numeric
   * entities. A cell that is just {@code -} still reads as absent.
   */
  static String escape(String text) {
    String cell = escape(text, "");
    return render(cell).equals(text) ? cell : escape(text, "\\`*_[]");
  }

  private static String escape(String text, String asEntities) {
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
          if (asEntities.indexOf(c) >= 0
              || edge && (Character.isWhitespace(c) || c == '`' || c == '\u00A0')) {
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
