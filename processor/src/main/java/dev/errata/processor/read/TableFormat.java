package dev.errata.processor.read;

import java.util.Locale;

/** The formats errata reads, by file extension, else by what the lines hold. */
enum TableFormat {
  TSV,
  CSV,
  MARKDOWN,
  HTML,
  RST;

  /**
   * {@code .tsv}/{@code .tab}, {@code .csv}, {@code .md}/{@code .markdown}, {@code .html}/{@code
   * .htm}/{@code .xhtml} and {@code .rst}/{@code .rest} decide by name. Any other file is HTML when
   * it opens with {@code <!DOCTYPE html>} or {@code <html>}, reStructuredText when it holds a grid
   * table, a simple table or a list table, TSV when at least two lines have a tab and no more lines
   * have a pipe, Markdown when a line has a pipe, CSV when its first line and another have a comma,
   * else Markdown.
   */
  static TableFormat detect(String file, SourceText source) {
    String name = file.toLowerCase(Locale.ROOT);
    if (name.endsWith(".tsv") || name.endsWith(".tab")) {
      return TSV;
    }
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".md") || name.endsWith(".markdown")) {
      return MARKDOWN;
    }
    if (name.endsWith(".html") || name.endsWith(".htm") || name.endsWith(".xhtml")) {
      return HTML;
    }
    if (name.endsWith(".rst") || name.endsWith(".rest")) {
      return RST;
    }
    String start = source.text().stripLeading();
    if (start.regionMatches(true, 0, "<!doctype html", 0, 14)
        || start.regionMatches(true, 0, "<html", 0, 5)) {
      return HTML;
    }
    if (RstTables.holdsTables(source)) {
      return RST;
    }
    int tabs = 0;
    int pipes = 0;
    int commas = 0;
    boolean firstHasComma = false;
    boolean first = true;
    for (int number = 1; number <= source.lineCount(); number++) {
      String line = PipeTables.withAsciiPipes(source.line(number));
      if (line.isBlank()) {
        continue;
      }
      tabs += line.indexOf('\t') >= 0 ? 1 : 0;
      pipes += line.indexOf('|') >= 0 ? 1 : 0;
      commas += line.indexOf(',') >= 0 ? 1 : 0;
      if (first) {
        firstHasComma = line.indexOf(',') >= 0;
        first = false;
      }
    }
    if (tabs >= 2 && tabs >= pipes) {
      return TSV;
    }
    if (pipes > 0) {
      return MARKDOWN;
    }
    return firstHasComma && commas >= 2 ? CSV : MARKDOWN;
  }
}
