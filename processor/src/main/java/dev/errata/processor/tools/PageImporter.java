package dev.errata.processor.tools;

import dev.errata.processor.read.TableTools;
import java.util.List;

/**
 * Rebuilds, as a Markdown table to see and freeze, an error table that was flattened into page text
 * ({@code 400 Ecs.0001 Insufficient ECS quota. ... 租户云服务器配额不足 ...}), split exactly as the processor
 * reads such a page ({@link TableTools#pageRows}).
 */
public final class PageImporter {
  private PageImporter() {}

  /** The rows of the page and notes on the rows whose split is a guess worth checking. */
  public static TableTools.PageRows importPage(String page) {
    return TableTools.pageRows(page);
  }

  /**
   * The rows as a Markdown table with the columns {@code 状态码 | 错误码 | 错误信息 | 描述 | 处理措施}, every cell
   * escaped so that {@link dev.errata.processor.read.TableReader} reads it back exactly.
   */
  public static String toMarkdown(String source, List<TableTools.PageRow> rows) {
    StringBuilder table = new StringBuilder();
    table
        .append("<!-- errata import ")
        .append(source.replace("--", "- -"))
        .append(": ")
        .append(rows.size())
        .append(" rows -->\n\n");
    table.append("| 状态码 | 错误码 | 错误信息 | 描述 | 处理措施 |\n");
    table.append("|---|---|---|---|---|\n");
    for (TableTools.PageRow row : rows) {
      table.append('|');
      for (String cell :
          List.of(
              String.valueOf(row.status()),
              row.code(),
              row.message(),
              row.description(),
              row.solution())) {
        table.append(' ').append(TableTools.markdownCell(cell)).append(" |");
      }
      table.append('\n');
    }
    return table.toString();
  }
}
