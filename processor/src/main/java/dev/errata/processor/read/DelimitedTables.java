package dev.errata.processor.read;

import dev.errata.processor.model.Problem;
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
 * no trimming, but a line break inside a quoted cell is always {@code \n}). Blank lines are skipped. The table starts at the first row that names a code column
 * (or at the first row when none does); rows equal to its header are skipped, and a row whose every
 * cell is a known header naming a code column starts a new table. A header row right under the
 * header that names the same columns (the header's translation) is part of the header.
 */
final class DelimitedTables {
  private DelimitedTables() {}

  private static final Pattern LINE_IN_MESSAGE = Pattern.compile("line (\\d+)");

  /** The tables, or the problems that stopped reading. */
  record Result(List<RawTable> tables, List<Problem> problems) {}

  static Result read(String file, SourceText source, char delimiter, HeaderMatcher matcher) {
    List<Problem> problems = new ArrayList<>();
    List<RawRow> records;
    try {
      records = records(source, delimiter, '"');
    } catch (UncheckedIOException | IllegalStateException e) {
      if (delimiter != '\t') {
        problems.add(Problem.error(file, lineOf(e), "cannot read CSV: " + e.getMessage()));
        return new Result(List.of(), problems);
      }
      problems.add(
          Problem.warning(
              file,
              lineOf(e),
              "a cell starts with a quote that does not enclose it ("
                  + e.getMessage()
                  + "); quotes are read as text in this file"));
      records = records(source, delimiter, null);
    }
    return new Result(tables(records, matcher), problems);
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
    try (CSVParser parser = CSVParser.builder().setReader(new StringReader(source.text())).setFormat(format).get()) {
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

  /** A quoted cell of a file saved with CRLF line ends holds its line breaks as {@code \n}, like every other cell. */
  private static String lineBreaksAsNewlines(String value) {
    return value.indexOf('\r') < 0 ? value : value.replace("\r\n", "\n").replace('\r', '\n');
  }

  private static List<RawTable> tables(List<RawRow> records, HeaderMatcher matcher) {
    int start = 0;
    while (start < records.size()
        && matcher.errorColumns(records.get(start).texts()).isEmpty()) {
      start++;
    }
    if (start == records.size()) {
      start = 0;
    }
    List<RawTable> tables = new ArrayList<>();
    if (records.isEmpty()) {
      return tables;
    }
    RawRow header = records.get(start);
    List<RawRow> rows = new ArrayList<>();
    for (RawRow row : records.subList(start + 1, records.size())) {
      List<String> texts = row.texts();
      if (texts.equals(header.texts())) {
        continue;
      }
      if (rows.isEmpty() && matcher.isSecondHeaderRow(header, row)) {
        header = HeaderMatcher.joinHeaderRows(header, row);
      } else if (matcher.isErrorHeader(texts)) {
        tables.add(new RawTable(tables.size() + 1, header, rows));
        header = row;
        rows = new ArrayList<>();
      } else {
        rows.add(row);
      }
    }
    tables.add(new RawTable(tables.size() + 1, header, rows));
    return tables;
  }

  /** Commons CSV names the line in its message ("(line 12)"); 0 when it does not. */
  private static int lineOf(RuntimeException e) {
    Matcher line = LINE_IN_MESSAGE.matcher(String.valueOf(e.getMessage()));
    return line.find() ? Integer.parseInt(line.group(1)) : 0;
  }
}
