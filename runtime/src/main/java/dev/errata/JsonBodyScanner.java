package dev.errata;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.BufferRecycler;
import com.fasterxml.jackson.core.util.RecyclerPool;
import java.io.IOException;
import java.util.List;

/**
 * Streams through a JSON body once and records the scalars found at the locations of a {@link
 * FieldTree}. Subtrees the tree does not name are skipped without decoding their strings, and so
 * are messages: of those only where they start is recorded ({@link #scalarAt} decodes one later).
 *
 * <p>Not thread-safe: a reader keeps a few in its {@link ScannerPool}, each used by one thread at a
 * time, and {@linkplain #scan scans} with them again and again, so that the per-shape arrays of
 * their {@link BodyFields} and the parsers' buffers are not made anew for every read.
 */
final class JsonBodyScanner {
  /** For {@link #scalarAt}, which any thread may call. */
  private static final JsonFactory JSON = factory().build();

  private final FieldTree tree;
  private final BodyFields found;

  /** Makes this scanner's parsers, all with the same buffers: {@link OwnBuffers}. */
  private final JsonFactory json = factory().recyclerPool(new OwnBuffers()).build();

  // the scan under way; cleared after it so that no body stays reachable from the pool
  private JsonParser parser;
  private String text;
  private int offset;

  /**
   * Where the message just recorded starts, while the parser has not yet read to its closing quote;
   * else {@link BodyFields#NO_MESSAGE}.
   */
  private int unclosedMessage = BodyFields.NO_MESSAGE;

  JsonBodyScanner(FieldTree tree, List<BodyShape> shapes) {
    this.tree = tree;
    this.found = new BodyFields(shapes);
  }

  private static JsonFactoryBuilder factory() {
    return new JsonFactoryBuilder()
        // field names come from the network: never intern them
        .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        // the fields looked for sit a few levels deep at most; deeper input ends the scan
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(256).build());
  }

  /**
   * Records what the tree names in the JSON that starts at {@code start} of {@code text}; on
   * malformed input keeps what came before. The fields returned are this scanner's: valid until its
   * next scan.
   */
  BodyFields scan(String body, int start) {
    found.clear();
    text = start == 0 ? body : body.substring(start);
    offset = start;
    unclosedMessage = BodyFields.NO_MESSAGE;
    try (JsonParser opened = json.createParser(text)) {
      parser = opened;
      scanDocument();
      if (unclosedMessage != BodyFields.NO_MESSAGE) {
        parser.finishToken(); // the scan stopped on a message: it counts if its string ends
      }
    } catch (IOException | RuntimeException unreadable) {
      // truncated, invalid or too deep: what was found before stays, but a message cut off
      forgetUnclosedMessage();
    } finally {
      parser = null;
      text = null;
    }
    return found;
  }

  /**
   * Takes back the message whose string the parser has not read to its end, when the string has no
   * end: the scan failed in it or after it.
   */
  private void forgetUnclosedMessage() {
    int quote = unclosedMessage - offset;
    if (unclosedMessage != BodyFields.NO_MESSAGE
        && plainStringEnd(text, quote) < 0
        && scalarAt(text, quote) == null) {
      found.forgetMessage(unclosedMessage);
    }
  }

  /**
   * The next token. Reading it reads the rest of the string before it, so a message recorded before
   * it is known to end.
   */
  private JsonToken next() throws IOException {
    JsonToken token = parser.nextToken();
    unclosedMessage = BodyFields.NO_MESSAGE;
    return token;
  }

  /** The fields of a body that is not JSON: none. */
  BodyFields nothingFound() {
    found.clear();
    return found;
  }

  private void scanDocument() throws IOException {
    JsonToken first = next();
    if (first == JsonToken.START_ARRAY && !tree.hasElements()) {
      // an array of error objects: the first is read as the body
      if (next() == JsonToken.START_OBJECT) {
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
   * it is blank. A string whose first character is visible is not blank, and is left to the parser
   * to skip: no copy of it is made, and whether it ends is known at the next token ({@link
   * #unclosedMessage}). Any other string the parser reads to its end into its own buffer, which
   * fails for one that the end of the input cuts.
   */
  private int messageStart() throws IOException {
    int quote = tokenStart();
    char first = quote + 1 < text.length() ? text.charAt(quote + 1) : '"';
    if (first > ' ' && first != '"' && first != '\\' && !Character.isWhitespace(first)) {
      unclosedMessage = offset + quote;
      return unclosedMessage;
    }
    char[] chars = parser.getTextCharacters();
    int from = parser.getTextOffset();
    int to = from + parser.getTextLength();
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(chars[i])) {
        return offset + quote;
      }
    }
    return BodyFields.NO_MESSAGE;
  }

  /** Whether nothing follows the current token, not even the bracket that closes its parent. */
  private boolean endsInput() throws IOException {
    return tokenStart() + parser.getTextLength() >= text.length();
  }

  /** Where the current token starts in {@link #text}, the opening quote for a string. */
  private int tokenStart() {
    return (int) parser.currentTokenLocation().getCharOffset();
  }

  private boolean object(FieldTree node) throws IOException {
    while (next() == JsonToken.FIELD_NAME) {
      FieldTree child = node.property(parser.currentName());
      JsonToken token = next();
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
    for (JsonToken token = next(); token != JsonToken.END_ARRAY; token = next()) {
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
   * The buffers of one scanner's parsers. By default jackson-core finds a parser's buffers in a
   * pool of the thread (a thread-local look-up and atomic swaps for every parser); a scanner runs
   * one parser at a time, so it keeps one set of its own.
   */
  private static final class OwnBuffers implements RecyclerPool<BufferRecycler> {
    private static final long serialVersionUID = 1L;

    private final transient BufferRecycler buffers = new BufferRecycler();

    @Override
    public BufferRecycler acquirePooled() {
      return buffers;
    }

    @Override
    public void releasePooled(BufferRecycler released) {
      // kept: it is this scanner's
    }
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
