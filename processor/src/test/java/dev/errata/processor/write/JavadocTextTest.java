package dev.errata.processor.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class JavadocTextTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "ends */ here          | ends *&#47; here",
        "opens /* there        | opens &#47;* there",
        "*/*                   | *&#47;*",
        "\\u002a/              | &#92;u002a/",
        "C:\\users             | C:&#92;users",
        "<script>&amp;         | &lt;script&gt;&amp;amp;",
        "@deprecated           | &#64;deprecated",
        "{@link Foo}           | {&#64;link Foo}",
        "a/b and 1*2           | a/b and 1*2",
        "$L $S                 | $L $S",
        "余额不足,请充值       | &#20313;&#39069;&#19981;&#36275;,&#35831;&#20805;&#20540;",
        "😀 é                  | &#128512; &#233;",
      })
  void escapes(String cell, String javadoc) {
    assertEquals(javadoc, JavadocText.escape(cell));
  }

  @ParameterizedTest
  @ValueSource(strings = {"a\r\nb", "a\rb", "a\nb"})
  void lineBreaksBecomeNewlines(String cell) {
    assertEquals("a\nb", JavadocText.escape(cell));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u0000", "\u001a", "\u200b", "\u202e", "\t"})
  void controlAndFormatCharactersBecomeEntities(String cell) {
    assertEquals("&#" + (int) cell.charAt(0) + ";", JavadocText.escape(cell));
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u2028", "\u2029", "\u0085", "\u000b", "\u000c", "\ud800", "\udfff"})
  void lineAndParagraphSeparatorsAndLoneSurrogatesBecomeEntities(String cell) {
    assertEquals("&#" + (int) cell.charAt(0) + ";", JavadocText.escape(cell));
  }

  @ParameterizedTest
  @ValueSource(strings = {"*/", "\\u002a/", "*\\u002f", "\\\\u002a/", "/**/"})
  void nothingCanEndTheComment(String cell) {
    String escaped = JavadocText.escape(cell);
    assertFalse(escaped.contains("*/"), escaped);
    assertFalse(escaped.contains("\\"), escaped);
  }
}
