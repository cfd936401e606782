package dev.errata.processor.read;

import dev.errata.processor.model.Problem;
import java.util.List;
import java.util.Optional;

/**
 * What errata's command-line tools use of the readers, so that they decode, split and escape
 * exactly as the processor reads: the one door besides {@link TableReader}.
 */
public final class TableTools {
  private TableTools() {}

  /** One row rebuilt from page text; {@code line} is the page line it was found on. */
  public record PageRow(
      int line, int status, String code, String message, String description, String solution) {}

  /** The rows of a page, and notes on the rows whose split is a guess worth checking. */
  public record PageRows(List<PageRow> rows, List<String> notes) {
    public PageRows {
      rows = List.copyOf(rows);
      notes = List.copyOf(notes);
    }
  }

  /**
   * The text of a table file as the reader decodes it (strict UTF-8, a BOM dropped), or the error.
   */
  public static Text decode(String file, byte[] content) {
    ProblemSink problems = new ProblemSink(file);
    Optional<SourceText> source = TextDecoder.decode(content, problems);
    return new Text(source.map(SourceText::text), problems.problems());
  }

  /** A decoded text, or the problems that stopped decoding. */
  public record Text(Optional<String> text, List<Problem> problems) {
    public Text {
      problems = List.copyOf(problems);
    }
  }

  /**
   * The rows of page text whose table was flattened ({@code 400 Ecs.0001 ...}), as the processor
   * splits them.
   */
  public static PageRows pageRows(String page) {
    FlattenedTable.Split split = FlattenedTable.split(page);
    return new PageRows(
        split.rows().stream()
            .map(
                row ->
                    new PageRow(
                        row.line(),
                        row.status(),
                        row.code(),
                        row.message(),
                        row.description(),
                        row.solution()))
            .toList(),
        split.notes());
  }

  /** {@code text} written as a Markdown table cell that the reader reads back exactly. */
  public static String markdownCell(String text) {
    return MarkdownCells.escape(text);
  }
}
