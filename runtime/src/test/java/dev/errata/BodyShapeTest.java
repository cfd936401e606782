package dev.errata;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BodyShapeTest {

  /** The ranked list in {@link ResponseReader}'s Javadoc is the declaration, line for line. */
  @Test
  void readerDocumentationListsTheDeclaredShapesInRankOrder() throws IOException {
    String source = Files.readString(Path.of("src/main/java/dev/errata/ResponseReader.java"));
    String list = source.substring(source.indexOf(" * <ol>"), source.indexOf(" * </ol>"));
    List<String> documented = new ArrayList<>();
    for (String line : list.split("\n")) {
      if (line.startsWith(" *   <li>")) {
        documented.add(line.substring(" *   <li>".length()));
      }
    }
    assertEquals(BodyShape.DETECTED.stream().map(BodyShape::describe).toList(), documented);
  }

  @Test
  void eachDetectedShapeIsFoundAloneWithItsMessage() {
    ResponseReader reader = ResponseReader.autoDetect();
    for (BodyShape shape : BodyShape.DETECTED) {
      if (shape.form() == BodyShape.Form.FAILED_SUB_JOB) {
        continue;
      }
      String body = nest(shape.code(), "\"E-1\"");
      String withMessage =
          body.substring(0, body.length() - 1)
              + ","
              + nest(shape.messages().get(0), "\"m\"").substring(1);
      ErrorResponse response =
          reader.read(400, null, withMessage.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      assertEquals("E-1", response.code(), shape.name() + ": " + withMessage);
      assertEquals("m", response.message(), shape.name() + ": " + withMessage);
    }
  }

  /** A body that holds {@code value} at {@code pointer}, arrays for numeric segments. */
  private static String nest(String pointer, String value) {
    String json = value;
    String[] segments = pointer.substring(1).split("/");
    for (int i = segments.length - 1; i >= 0; i--) {
      json = segments[i].equals("0") ? "[" + json + "]" : "{\"" + segments[i] + "\":" + json + "}";
    }
    return json;
  }
}
