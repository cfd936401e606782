package dev.errata.processor.read;

import static dev.errata.processor.read.HtmlTablesTest.describe;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.processor.model.Problem;
import dev.errata.processor.model.TableContent;
import dev.errata.processor.model.TableOptions;
import dev.errata.processor.model.TableRow;
import dev.errata.processor.read.RawTable.Cell;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Page text without table markup: the raw rows of each layout, and whole pages through {@link
 * TableReader}.
 */
class PageTextTest {

  static List<RawTable> tables(String text) {
    return PageText.read(SourceText.of(text), new HeaderMatcher(TableOptions.DEFAULT));
  }

  private static TableContent read(String file, String text) {
    return TableReader.read(file, text.getBytes(StandardCharsets.UTF_8), TableOptions.DEFAULT);
  }

  @Test
  void codeLinesWithAndWithoutStatusAndWrappedText() {
    List<RawTable> tables =
        tables(
            """
            Error codes

            InvalidParameter The parameter is invalid.
            AccessDenied: You may not do this.
            Quota.Exceeded - The quota is used up;
                            ask for more.

            400 Bad.Request The request is malformed.
            404 Not.Found The resource does not exist.
            500 Internal_Error Something failed.
            Prose that ends the list.
            """);
    assertEquals(2, tables.size());
    assertEquals(
        """
        3: \n3: InvalidParameter | The parameter is invalid.
        4: AccessDenied | You may not do this.
        5: Quota.Exceeded | The quota is used up; ask for more.""",
        describe(tables.get(0)));
    assertEquals(
        List.of(1, 18), tables.get(0).rows().get(0).cells().stream().map(Cell::column).toList());
    assertEquals(
        "8: 400 | Bad.Request | The request is malformed.",
        describe(tables.get(1)).lines().skip(1).findFirst().orElseThrow());
  }

  @Test
  void aHeadingOrATermPerCodeFollowedByItsParagraph() {
    List<RawTable> markdown =
        tables(
            """
            # Errors

            ## InvalidToken

            The token is not valid
            any more.

            ## `Forbidden`

            You may not do this.

            ## RateLimited

            Too many requests.

            ## Other notes

            Prose after the codes.
            """);
    assertEquals(1, markdown.size());
    assertEquals(
        "3: \n3: InvalidToken | The token is not valid any more.\n8: Forbidden | You may not do this.\n12: RateLimited | Too many requests.",
        describe(markdown.get(0)));
  }

  @Test
  void aTermWhoseParagraphHoldsTermsIsTheirHeadingAndNoCode() {
    List<RawTable> tables =
        tables(
            """
            error
                  One of:

                  bad_request
                        The request is bad.

                  bad_token
                        The token is bad.

                  expired
                        The grant expired.

            error_uri
                  A web page.
            """);
    assertEquals(1, tables.size());
    assertEquals(
        List.of("bad_request", "bad_token", "expired"),
        tables.get(0).rows().stream().map(row -> row.texts().get(0)).toList());
    assertEquals("The request is bad.", tables.get(0).rows().get(0).texts().get(1));
  }

  @Test
  void cellBlocksOfABrowsersCopyOfATableWithParagraphsInItsCells() {
    String page =
        "Title\n\nCode\n\n\t\n\nMessage\n\n\n\nE.1\n\n\t\n\nFirst.\n\nSecond paragraph.\n\n\n\nE.2\n\n\t\n\nTwo.\n\n\n\nE.3\n\n\t\n\nThree.\n";
    List<RawTable> tables = tables(page);
    assertEquals(1, tables.size());
    assertEquals(
        "3: Code | Message\n11: E.1 | First.\\nSecond paragraph.\n21: E.2 | Two.\n29: E.3 | Three.",
        describe(tables.get(0)));
  }

  @Test
  void tabRowsInsideProse() {
    List<RawTable> tables =
        tables("Intro line.\nCode\tMeaning\nE.1\tOne.\nE.2\tTwo.\nMore prose.\n");
    assertEquals("2: Code | Meaning\n3: E.1 | One.\n4: E.2 | Two.", describe(tables.get(0)));
    assertEquals(
        List.of(1, 5), tables.get(0).rows().get(0).cells().stream().map(Cell::column).toList());
  }

  @Test
  void aTableRunTogetherOnOneLineIsSplitBeforeEachCodeAfterASentence() {
    List<RawTable> tables =
        tables(
            "Errors\n\nInvalidParameter The parameter is invalid. See the API reference. AccessDenied You may not do this! Quota.Exceeded - The quota, 100 calls, is used up.\n");
    assertEquals(1, tables.size());
    assertEquals(
        "3: \n3: InvalidParameter | The parameter is invalid. See the API reference.\n3: AccessDenied | You may not do this!\n3: Quota.Exceeded | The quota, 100 calls, is used up.",
        describe(tables.get(0)));
    assertEquals(
        List.of(67, 80), tables.get(0).rows().get(1).cells().stream().map(Cell::column).toList());
  }

  @Test
  void tsvAndCsvWithoutAHeaderReadTheirFirstRowAsData() {
    for (String file : new String[] {"errors.tsv", "errors.csv"}) {
      String separator = file.endsWith("tsv") ? "\t" : ",";
      TableContent content =
          read(
              file,
              String.join(separator, "Auth.0001", "The token is invalid.")
                  + "\n"
                  + String.join(separator, "Auth.0002", "The token expired.")
                  + "\n"
                  + String.join(separator, "Quota.0001", "The quota is used up.")
                  + "\n");
      assertTrue(
          content.problems().stream().noneMatch(Problem::isError), content.problems()::toString);
      assertEquals(List.of(1, 2, 3), content.rows().stream().map(TableRow::line).toList(), file);
      assertEquals(
          List.of("Auth.0001", "Auth.0002", "Quota.0001"),
          content.rows().stream().map(TableRow::code).toList(),
          file);
    }
  }

  @Test
  void proseIsNoTable() {
    assertEquals(
        List.of(),
        tables(
            """
            The API returns an error when a request fails.
            Check the code and the message, then retry
            when the error says so.
            """));
  }

  @Test
  void aPageOfCodeLinesReadsThroughTableReaderWithAWarningThatSaysHow() {
    TableContent content =
        read(
            "errors.txt",
            "Errors of the API:\n\nInvalidParameter The parameter is invalid.\nAccessDenied You may not do this.\nQuota.Exceeded The quota is used up.\n");
    assertEquals(
        List.of("InvalidParameter", "AccessDenied", "Quota.Exceeded"),
        content.rows().stream().map(TableRow::code).toList());
    assertEquals(
        "The parameter is invalid.",
        content.rows().get(0).message().isEmpty()
            ? content.rows().get(0).description()
            : content.rows().get(0).message());
    assertTrue(
        content.problems().stream()
            .anyMatch(problem -> problem.line() == 3 && problem.message().contains("page text")),
        content.problems()::toString);
  }
}
