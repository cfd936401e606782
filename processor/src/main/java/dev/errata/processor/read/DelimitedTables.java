package dev.errata.processor.read;

import dev.errata.processor.model.Problem.Category;
import dev.errata.processor.read.RawTable.Cell;
import dev.errata.processor.read.RawTable.RawRow;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads TSV and CSV files through Commons CSV ({@code "} quotes cells; cells are kept exactly, with
 * no trimming, but a line break inside a quoted cell is always {@code \n}). Blank lines are
 * skipped. The file is one run of rows; the {@link PageSplitter} finds its header and tables.
 */
final class DelimitedTables {
  private DelimitedTables() {}

  private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line (\\d+)");

  static List<RawTable> read(SourceText source, char delimiter, ProblemSink problems) {
    List<RawRow> records;
    try {
      records = records(source, delimiter, '"');
    } catch (UncheckedIOException | IllegalStateException e) {
      if (delimiter != '\t') {
        problems.error(lineOf(e), "cannot read CSV: " + e.getMessage());
        return List.of();
      }
      problems.warn(
          Category.STRAY_QUOTE,
          lineOf(e),
          "a cell starts with a quote that does not enclose it ("
              + e.getMessage()
              + "); quotes are read as text in this file");
      records = records(source, delimiter, null);
    }
    if (records.isEmpty()) {
      return List.of();
    }
    return List.of(new RawTable(1, records.get(0), records.subList(1, records.size())));
  }

  private static List<RawRow> records(SourceText source, char delimiter, Character quote) {
    CSVFormat format =
        CSVFormat.DEFAULT
            .builder()
            .setDelimiter(delimiter)
            .setQuote(quote)
            .setIgnoreEmptyLines(true)
            .setIgnoreSurroundingSpaces(false)
            .setTrim(false)
            .get();
    List<RawRow> rows = new ArrayList<>();
    try (CSVParser parser =
        CSVParser.builder().setReader(new StringReader(source.text())).setFormat(format).get()) {
      for (CSVRecord record : parser) {
        List<Cell> cells = new ArrayList<>(record.size());
        record.forEach(value -> cells.add(new Cell(lineBreaksAsNewlines(value), 0)));
        if (cells.stream().anyMatch(cell -> !cell.text().isBlank())) {
          rows.add(new RawRow(source.lineOf(record.getCharacterPosition()), cells));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  /**
   * A quoted cell of a file saved with CRLF line ends holds its line breaks as {@code \n}, like
   * every other cell.
   */
  private static String lineBreaksAsNewlines(String value) {
    return value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Commons CSV names the line in its message ("(line 12)"); 0 when it does not. */
  private static int lineOf(RuntimeException e) {
    Matcher line = LINE_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
    return line.find() ? Integer.parseInt(line.group(1)) : 0;
  }
}
