package dev.errata.cli;

import dev.errata.ErrorKind;
import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.CodeEntry;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One self-contained HTML page per provider: every code with status, kind, retry behaviour, texts,
 * placeholders and table line; search as you type, filters by kind and retry, a stable anchor per
 * code ({@code #CBC_5003}, the enum constant's name). No network: style and script are inline.
 * jsoup writes the document, so every table text is escaped as HTML.
 */
final class CatalogPage {
  private CatalogPage() {}

  static String html(Catalog catalog, String tableFile) {
    Document page = Document.createShell("");
    page.outputSettings().prettyPrint(true).charset("UTF-8");
    String provider = catalog.settings().provider();
    Element head = page.head();
    head.appendElement("meta").attr("charset", "utf-8");
    head.appendElement("meta")
        .attr("name", "viewport")
        .attr("content", "width=device-width, initial-scale=1");
    head.appendElement("title").text(provider + " error codes");
    head.appendElement("style").appendChild(new DataNode(STYLE));

    Element body = page.body();
    body.appendElement("h1").text(provider + " error codes");
    body.appendElement("p")
        .addClass("summary")
        .text(
            catalog.entries().size()
                + " codes from "
                + tableFile
                + ", as errata reads them. Class "
                + catalog.names().exception()
                + ", enum "
                + catalog.names().errorCode()
                + ".");

    Element controls = body.appendElement("div").addClass("controls");
    controls
        .appendElement("input")
        .attr("type", "search")
        .id("search")
        .attr("placeholder", "Search codes and texts")
        .attr("aria-label", "Search codes and texts")
        .attr("autofocus", true);
    Element kinds = controls.appendElement("select").id("kind").attr("aria-label", "Kind");
    kinds.appendElement("option").val("").text("every kind");
    for (ErrorKind kind : catalog.kinds()) {
      kinds.appendElement("option").val(kind.name()).text(kind.name());
    }
    Element retry =
        controls.appendElement("select").id("retryable").attr("aria-label", "Retryable");
    retry.appendElement("option").val("").text("retryable or not");
    retry.appendElement("option").val("true").text("retryable");
    retry.appendElement("option").val("false").text("not retryable");
    controls.appendElement("span").id("count").attr("aria-live", "polite");

    List<Column> columns =
        COLUMNS.stream()
            .filter(
                column ->
                    catalog.entries().stream()
                        .anyMatch(entry -> !column.value().apply(entry).isEmpty()))
            .toList();
    Element table = body.appendElement("table").id("codes");
    Element header = table.appendElement("thead").appendElement("tr");
    for (Column column : columns) {
      header.appendElement("th").attr("scope", "col").text(column.name());
    }
    Element rows = table.appendElement("tbody");
    for (CodeEntry entry : catalog.entries()) {
      row(rows.appendElement("tr"), entry, catalog.isSuccessCode(entry), columns, tableFile);
    }
    body.appendElement("script").appendChild(new DataNode(SCRIPT));
    return page.outerHtml() + "\n";
  }

  /**
   * A column of the table; one that is empty for every code is left out.
   *
   * @param title the text shown on hover, {@code ""} for none
   */
  private record Column(
      String name,
      boolean prose,
      Function<CodeEntry, String> value,
      BiFunction<CodeEntry, String, String> title) {
    Column(String name, boolean prose, Function<CodeEntry, String> value) {
      this(name, prose, value, (entry, table) -> "");
    }
  }

  private static final Column CODE = new Column("Code", false, CodeEntry::code);
  private static final Column KIND =
      new Column(
          "Kind",
          false,
          entry -> entry.kind().name(),
          (entry, table) -> entry.classification().kindEvidence());

  private static final List<Column> COLUMNS =
      List.of(
          CODE,
          new Column(
              "Status",
              false,
              entry -> entry.httpStatus() == 0 ? "" : String.valueOf(entry.httpStatus())),
          KIND,
          new Column(
              "Retryable",
              false,
              entry -> entry.retryable() ? "yes" : "no",
              (entry, table) -> entry.classification().retryEvidence()),
          new Column("Message", true, CodeEntry::message),
          new Column("Description", true, CodeEntry::description),
          new Column("Solution", true, CodeEntry::solution),
          new Column("Placeholders", false, entry -> String.join(" ", entry.placeholders())),
          new Column(
              "Line",
              false,
              entry -> String.valueOf(entry.line()),
              (entry, table) -> table + ":" + entry.line()));

  private static void row(
      Element row, CodeEntry entry, boolean success, List<Column> columns, String tableFile) {
    row.id(entry.constantName())
        .attr("data-kind", entry.kind().name())
        .attr("data-retryable", String.valueOf(entry.retryable()))
        .attr(
            "data-text",
            String.join(
                    "\n",
                    entry.code(),
                    entry.message(),
                    entry.description(),
                    entry.solution(),
                    entry.kind().name())
                .toLowerCase(Locale.ROOT));
    for (Column column : columns) {
      Element cell = row.appendElement("td").attr("data-label", column.name());
      if (column.prose()) {
        cell.addClass("prose");
      }
      String title = column.title().apply(entry, tableFile);
      if (!title.isEmpty()) {
        cell.attr("title", title);
      }
      if (column == CODE) {
        cell.appendElement("a")
            .attr("href", "#" + entry.constantName())
            .appendElement("code")
            .text(entry.code());
      } else if (column == KIND && success) {
        cell.text("success, not an error");
      } else {
        cell.text(column.value().apply(entry));
      }
    }
  }

  private static final String STYLE =
      """
      body { font: 15px/1.45 system-ui, sans-serif; margin: 1rem; color: #1b1b1b; }
      h1 { font-size: 1.4rem; margin: 0 0 .25rem; }
      .summary { color: #555; margin: 0 0 1rem; }
      .controls { display: flex; flex-wrap: wrap; gap: .5rem; align-items: center; margin-bottom: 1rem;
        position: sticky; top: 0; background: #fff; padding: .5rem 0; }
      .controls input { flex: 1 1 16rem; font: inherit; padding: .4rem .6rem; }
      .controls select { font: inherit; padding: .35rem; }
      #count { color: #555; }
      table { border-collapse: collapse; width: 100%; }
      th, td { text-align: left; vertical-align: top; padding: .35rem .5rem; border-bottom: 1px solid #ddd; }
      th { background: #f3f3f3; }
      td { white-space: nowrap; }
      td.prose { white-space: normal; overflow-wrap: anywhere; min-width: 12rem; }
      tr { scroll-margin-top: 9rem; }
      tr:target { background: #fff6d5; }
      a { color: #0a58ca; text-decoration: none; }
      @media (max-width: 700px) {
        thead { display: none; }
        table, tbody, tr, td { display: block; width: auto; }
        tr { border: 1px solid #ddd; border-radius: 6px; margin-bottom: .75rem; padding: .25rem; }
        td, td.prose { border: none; padding: .15rem .4rem; white-space: normal; min-width: 0; }
        td::before { content: attr(data-label) ": "; font-weight: 600; }
        td:empty { display: none; }
      }
      """;

  private static final String SCRIPT =
      """
      (function () {
        var search = document.getElementById('search');
        var kind = document.getElementById('kind');
        var retryable = document.getElementById('retryable');
        var count = document.getElementById('count');
        var rows = Array.prototype.slice.call(document.querySelectorAll('#codes tbody tr'));
        function apply() {
          var words = search.value.toLowerCase().split(/\\s+/).filter(Boolean);
          var shown = 0;
          rows.forEach(function (row) {
            var text = row.getAttribute('data-text');
            var visible = (!kind.value || row.getAttribute('data-kind') === kind.value)
              && (!retryable.value || row.getAttribute('data-retryable') === retryable.value)
              && words.every(function (word) { return text.indexOf(word) >= 0; });
            row.hidden = !visible;
            if (visible) { shown++; }
          });
          count.textContent = shown + ' of ' + rows.length + ' codes';
        }
        search.addEventListener('input', apply);
        kind.addEventListener('change', apply);
        retryable.addEventListener('change', apply);
        apply();
      })();
      """;
}
