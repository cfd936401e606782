package dev.errata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;

/**
 * Streams through a JSON body once and records the scalars found at the locations of a {@link
 * FieldTree}. Subtrees the tree does not name are skipped without decoding their strings.
 */
final class JsonBodyScanner {
  private final JsonParser parser;
  private final int inputLength;
  private final BodyFields into;

  private JsonBodyScanner(JsonParser parser, int inputLength, BodyFields into) {
    this.parser = parser;
    this.inputLength = inputLength;
    this.into = into;
  }

  private static final JsonFactory JSON =
      JsonFactory.builder()
          // field names come from the network: never intern them
          .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          // the fields looked for sit a few levels deep at most; deeper input ends the scan
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(256).build())
          .build();

  /** Records what {@code tree} names in {@code json}; on malformed input keeps what came before. */
  static void scan(String json, FieldTree tree, BodyFields into) {
    try (JsonParser parser = JSON.createParser(json)) {
      scan(parser, json.length(), tree, into);
    } catch (IOException | RuntimeException unreadable) {
      // truncated, invalid or too deep: what was found before stays
    }
  }

  private static void scan(JsonParser parser, int inputLength, FieldTree tree, BodyFields into)
      throws IOException {
    JsonToken first = parser.nextToken();
    JsonBodyScanner scanner = new JsonBodyScanner(parser, inputLength, into);
    if (first == JsonToken.START_ARRAY && !tree.hasElements()) {
      // an array of error objects: the first is read as the body
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        into.markTopLevelArray();
        scanner.object(tree);
      }
    } else if (first != null) {
      scanner.value(first, tree);
    }
  }

  /** Returns whether to go on scanning. */
  private boolean value(JsonToken token, FieldTree node) throws IOException {
    switch (token) {
      case START_OBJECT:
        if (node.hasProperties()) {
          return object(node);
        }
        parser.skipChildren();
        return true;
      case START_ARRAY:
        if (node.hasElements()) {
          return array(node);
        }
        parser.skipChildren();
        return true;
      case VALUE_STRING:
        return node.targets().length == 0 || into.record(node.targets(), parser.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        if (node.targets().length == 0 || endsInput()) {
          return true; // a number the end of the input cut may be missing digits
        }
        return into.record(node.targets(), parser.getText());
      default:
        return true; // null, booleans: not a code, message or id
    }
  }

  /** Whether nothing follows the current token, not even the bracket that closes its parent. */
  private boolean endsInput() {
    return parser.currentLocation().getCharOffset() >= inputLength;
  }

  private boolean object(FieldTree node) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      FieldTree child = node.property(parser.currentName());
      JsonToken token = parser.nextToken();
      if (token == null) {
        return false;
      }
      if (child != null && child.marksJob()) {
        into.markJob();
      }
      if (child == null) {
        parser.skipChildren();
      } else if (!value(token, child)) {
        return false;
      }
    }
    return true;
  }

  private boolean array(FieldTree node) throws IOException {
    int index = 0;
    for (JsonToken token = parser.nextToken();
        token != JsonToken.END_ARRAY;
        token = parser.nextToken()) {
      if (token == null) {
        return false;
      }
      FieldTree child = node.element(index++);
      if (child == null) {
        parser.skipChildren();
        continue;
      }
      boolean more = value(token, child);
      if (child.isSubJob()) {
        into.endSubJob();
      }
      if (!more) {
        return false;
      }
    }
    return true;
  }
}
