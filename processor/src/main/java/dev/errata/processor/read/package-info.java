/**
 * Reading a table file, in four rooms with one door ({@link dev.errata.processor.read.TableReader};
 * the command-line tools use {@link dev.errata.processor.read.TableTools}):
 *
 * <ol>
 *   <li><b>formats</b>: one reader per format turns the decoded text into runs of raw rows with
 *       their lines ({@code PipeTables}, {@code MarkdownPage}, {@code HtmlTables}, {@code
 *       RstTables}, {@code DelimitedTables}, {@code PageText}, {@code FlattenedTable}); a new
 *       format is one new reader and one case in {@code TableReader};
 *   <li><b>page</b>: {@code PageSplitter} applies the page rules to every format's runs (headers
 *       found below titles, repeated headers, translated header rows, tables cut by blank lines);
 *   <li><b>columns</b>: {@code ColumnInference} decides which tables are error tables and which
 *       cell holds which column, by header words or by what the cells hold;
 *   <li><b>rows</b>: {@code RowBuilder} turns rows into {@link
 *       dev.errata.processor.model.TableRow}s with the documented repairs, and {@code ReadCheck}
 *       compares what was read with the file.
 * </ol>
 *
 * <p>Every step reports into the {@code ProblemSink} of the file being read; each warning names its
 * {@link dev.errata.processor.model.Problem.Category}.
 */
package dev.errata.processor.read;
