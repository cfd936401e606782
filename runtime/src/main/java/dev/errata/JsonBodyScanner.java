package dev.errata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;
import java.util.List;

/**
 * Streams through a JSON body once and records the scalars found at the locations of a {@link
 * FieldTree}. Subtrees the tree does not name are skipped without decoding their strings, and so
 * are messages: of those only where they start is recorded ({@link #scalarAt} decodes one later).
 *
 * <p>Not thread-safe: a reader keeps one per thread and {@linkplain #scan scans} with it again and
 * again, so that the per-shape arrays of its {@link BodyFields} are not made anew for every read.
 */
final class JsonBodyScanner {
  private static final JsonFactory JSON =
      JsonFactory.builder()
          // field names come from the network: never intern them
          .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          // the fields looked for sit a few levels deep at most; deeper input ends the scan
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(256).build())
          .build();

  private final FieldTree tree;
  private final BodyFields found;

  // the scan under way; cleared after it so that no body stays reachable from the thread
  private JsonParser parser;
  private String json;
  private int offset;

  JsonBodyScanner(FieldTree tree, List<BodyShape> shapes) {
    this.tree = tree;
    this.found = new BodyFields(shapes);
  }

  /**
   * Records what the tree names in the JSON that starts at {@code start} of {@code text}; on
   * malformed input keeps what came before. The fields returned are this scanner's: valid until its
   * next scan.
   */
  BodyFields scan(String text, int start) {
    found.clear();
    json = start == 0 ? text : text.substring(start);
    offset = start;
    try (JsonParser opened = JSON.createParser(json)) {
      parser = opened;
      scanDocument();
    } catch (IOException | RuntimeException unreadable) {
      // truncated, invalid or too deep: what was found before stays
    } finally {
      parser = null;
      json = null;
    }
    return found;
  }

  /** The fields of a body that is not JSON: none. */
  BodyFields nothingFound() {
    found.clear();
    return found;
  }

  private void scanDocument() throws IOException {
    JsonToken first = parser.nextToken();
    if (first == JsonToken.START_ARRAY && !tree.hasElements()) {
      // an array of error objects: the first is read as the body
      if (parser.nextToken() == JsonToken.START_OBJECT) {
        found.markTopLevelArray();
        object(tree);
      }
    } else if (first != null) {
      value(first, tree);
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
        return node.targets().length == 0 || string(node.targets());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        if (node.targets().length == 0 || endsInput()) {
          return true; // a number the end of the input cut may be missing digits
        }
        return number(node.targets());
      default:
        return true; // null, booleans: not a code, message or id
    }
  }

  /** Records a string: as text for codes and ids, by where it starts for messages. */
  private boolean string(FieldTree.Target[] targets) throws IOException {
    String text = null;
    int messageStart = Integer.MIN_VALUE; // not looked at yet
    for (FieldTree.Target target : targets) {
      if (target.field().isMessage()) {
        if (messageStart == Integer.MIN_VALUE) {
          messageStart = messageStart();
        }
        found.recordMessage(target.field(), target.rank(), messageStart);
      } else {
        if (text == null) {
          text = parser.getText();
        }
        found.record(target.field(), target.rank(), text);
      }
    }
    return !found.complete();
  }

  /** Records a number's decimal text, or for a message where it starts. */
  private boolean number(FieldTree.Target[] targets) throws IOException {
    String text = null;
    for (FieldTree.Target target : targets) {
      if (target.field().isMessage()) {
        found.recordMessage(target.field(), target.rank(), offset + tokenStart());
      } else {
        if (text == null) {
          text = parser.getText();
        }
        found.record(target.field(), target.rank(), text);
      }
    }
    return !found.complete();
  }

  /**
   * Where the current string token starts in the body text, or {@link BodyFields#NO_MESSAGE} when
   * it is blank. The parser reads the string to its end into its own buffer (so a string the end of
   * the input cuts fails here, as it did when messages were decoded at once) but makes no {@code
   * String} of it.
   */
  private int messageStart() throws IOException {
    char[] chars = parser.getTextCharacters();
    int from = parser.getTextOffset();
    int to = from + parser.getTextLength();
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(chars[i])) {
        return offset + tokenStart();
      }
    }
    return BodyFields.NO_MESSAGE;
  }

  /** Whether nothing follows the current token, not even the bracket that closes its parent. */
  private boolean endsInput() throws IOException {
    return tokenStart() + parser.getTextLength() >= json.length();
  }

  /** Where the current token starts in {@link #json}, the opening quote for a string. */
  private int tokenStart() {
    return (int) parser.currentTokenLocation().getCharOffset();
  }

  private boolean object(FieldTree node) throws IOException {
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      FieldTree child = node.property(parser.currentName());
      JsonToken token = parser.nextToken();
      if (token == null) {
        return false;
      }
      if (child != null && child.marksJob()) {
        found.markJob();
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
        found.endSubJob();
      }
      if (!more) {
        return false;
      }
    }
    return true;
  }

  /**
   * The JSON string (decoded) or number (its text) that starts at {@code start} of {@code text};
   * {@code null} when there is neither.
   */
  static String scalarAt(String text, int start) {
    if (start < 0 || start >= text.length()) {
      return null;
    }
    if (text.charAt(start) != '"') {
      int end = start;
      while (end < text.length() && "0123456789+-.eE".indexOf(text.charAt(end)) >= 0) {
        end++;
      }
      return end == start ? null : text.substring(start, end);
    }
    int plain = plainStringEnd(text, start);
    if (plain >= 0) {
      return text.substring(start + 1, plain); // no escape: the text between the quotes
    }
    try (JsonParser parser = JSON.createParser(text.substring(start))) {
      return parser.nextToken() == JsonToken.VALUE_STRING ? parser.getText() : null;
    } catch (IOException | RuntimeException unreadable) {
      return null;
    }
  }

  /**
   * The index of the closing quote of the string that opens at {@code quote}, when every character
   * before it stands for itself (no escape, no control character); otherwise -1.
   */
  private static int plainStringEnd(String text, int quote) {
    if (quote < 0 || quote >= text.length() || text.charAt(quote) != '"') {
      return -1;
    }
    for (int i = quote + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        return i;
      }
      if (c == '\\' || c < 0x20) {
        return -1;
      }
    }
    return -1;
  }
}
