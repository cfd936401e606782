package dev.errata.processor.write;

import dev.errata.processor.model.Catalog;
import dev.errata.processor.model.Classification;
import dev.errata.processor.model.CodeEntry;

/**
 * The Javadoc of one code, on its enum constant, shown by an IDE's completion: the code and message
 * first, then every other fact the table and the classifier give, and where in the table it comes
 * from. The code's exception class links to the constant rather than repeating it.
 */
final class CodeDocs {
  private CodeDocs() {}

  /** The provider as a sentence names it: {@code HuaweiCbc (huawei-cbc)}. */
  static String providerName(Catalog catalog) {
    return JavadocText.escape(catalog.settings().provider())
        + " (<code>"
        + JavadocText.escape(catalog.settings().providerId())
        + "</code>)";
  }

  static String of(CodeEntry entry, Catalog catalog) {
    StringBuilder doc = new StringBuilder();
    doc.append("<code>").append(JavadocText.escape(entry.code())).append("</code>");
    if (!entry.message().isEmpty()) {
      doc.append(": ").append(JavadocText.escape(entry.message()));
    }
    doc.append('\n');
    if (!entry.description().isEmpty() && !entry.description().equals(entry.message())) {
      doc.append("\n<p>").append(JavadocText.escape(entry.description())).append('\n');
    }
    if (!entry.solution().isEmpty()) {
      doc.append("\n<p>Solution: ").append(JavadocText.escape(entry.solution())).append('\n');
    }
    Classification classification = entry.classification();
    doc.append("\n<ul>\n");
    if (catalog.isSuccessCode(entry)) {
      item(
          doc,
          "Success",
          "a success code of {@code @ErrorCatalog}: a response carrying it is no error");
    }
    item(
        doc,
        "HTTP status",
        entry.httpStatus() == 0 ? "not given" : String.valueOf(entry.httpStatus()));
    item(
        doc,
        "Kind",
        "{@link dev.errata.ErrorKind#"
            + classification.kind().name()
            + " "
            + classification.kind().name()
            + "} ("
            + JavadocText.escape(classification.kindEvidence())
            + ")");
    item(
        doc,
        "Retryable",
        (classification.retryable() ? "yes" : "no")
            + " ("
            + JavadocText.escape(classification.retryEvidence())
            + ")");
    if (entry.isPattern()) {
      item(doc, "Pattern", "matches the codes in which each placeholder stands for a value");
    }
    if (!entry.placeholders().isEmpty()) {
      StringBuilder names = new StringBuilder();
      for (String placeholder : entry.placeholders()) {
        names
            .append(names.length() == 0 ? "" : ", ")
            .append("<code>")
            .append(JavadocText.escape(placeholder))
            .append("</code>");
      }
      item(
          doc,
          "Placeholders",
          names
              + "; the values a response fills in are "
              + "{@link dev.errata.ServiceException#arguments()}");
    }
    for (String other : entry.otherTexts()) {
      item(doc, "Also listed", JavadocText.escape(other));
    }
    item(doc, "Table", JavadocText.escape(catalog.settings().table()) + ":" + entry.line());
    item(doc, "Exception", "{@link " + catalog.names().exception() + "." + entry.className() + "}");
    doc.append("</ul>\n");
    return doc.toString();
  }

  private static void item(StringBuilder doc, String label, String text) {
    doc.append("<li>").append(label).append(": ").append(text).append('\n');
  }
}
