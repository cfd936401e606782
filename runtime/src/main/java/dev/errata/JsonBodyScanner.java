package dev.errata;

import static dev.errata.BodyFields.CAPITAL;
import static dev.errata.BodyFields.CONFIGURED_MESSAGE;
import static dev.errata.BodyFields.DETAIL;
import static dev.errata.BodyFields.ERRCODE;
import static dev.errata.BodyFields.ERROR_OBJECT;
import static dev.errata.BodyFields.EXPLICIT;
import static dev.errata.BodyFields.FLAT;
import static dev.errata.BodyFields.JOB_MARKER;
import static dev.errata.BodyFields.JOB_STATUS;
import static dev.errata.BodyFields.LOWER;
import static dev.errata.BodyFields.NESTED;
import static dev.errata.BodyFields.REQUEST_ID;
import static dev.errata.BodyFields.RESPONSE_ERROR;
import static dev.errata.BodyFields.SUB_JOB_CODE;
import static dev.errata.BodyFields.SUB_JOB_REASON;
import static dev.errata.BodyFields.SUB_JOB_STATUS;
import static dev.errata.BodyFields.TYPE;
import static dev.errata.BodyFields.code;
import static dev.errata.BodyFields.message;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import java.io.IOException;

/**
 * Streams through a JSON body once and records the scalars found at the locations of a
 * {@link FieldTree}. Subtrees the tree does not name are skipped without decoding their strings.
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

  /** Names a message may have next to an explicitly located code. */
  private static final String[] MESSAGE_NAMES = {
    "message", "msg", "error_msg", "error_message", "Message", "errorMessage", "errmsg", "fail_reason"
  };

  private static final JsonFactory JSON =
      JsonFactory.builder()
          // field names come from the network: never intern them
          .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
          .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
          // the fields looked for sit a few levels deep at most; deeper input ends the scan
          .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(256).build())
          .build();

  /**
   * The tree a reader looks through. An empty code pointer detects the code in the shapes
   * {@link ResponseReader} lists; an empty message pointer looks next to the code; an empty request
   * id pointer looks for the usual names.
   */
  static FieldTree tree(String codePointer, String messagePointer, String requestIdPointer) {
    boolean detectRequestId = requestIdPointer.isEmpty();
    FieldTree root;
    if (codePointer.isEmpty()) {
      root = autoDetect(detectRequestId);
    } else {
      root = new FieldTree();
      JsonPointer code = JsonPointer.compile(codePointer);
      root.add(code, code(EXPLICIT));
      if (messagePointer.isEmpty()) {
        for (String name : MESSAGE_NAMES) {
          root.add(code.head().appendProperty(name), message(EXPLICIT));
        }
      }
      if (detectRequestId) {
        requestIdNames(root);
      }
    }
    if (!messagePointer.isEmpty()) {
      root.add(JsonPointer.compile(messagePointer), CONFIGURED_MESSAGE);
    }
    if (!detectRequestId) {
      root.add(JsonPointer.compile(requestIdPointer), REQUEST_ID);
    }
    return root;
  }

  private static FieldTree autoDetect(boolean detectRequestId) {
    FieldTree root = new FieldTree();
    FieldTree response = root.child("Response");
    response.child("Error").child("Code").fill(code(RESPONSE_ERROR));
    response.child("Error").child("Message").fill(message(RESPONSE_ERROR));

    root.child("error_code").fill(code(FLAT));
    root.child("error_msg").fill(message(FLAT));
    root.child("error_message").fill(message(FLAT));
    root.child("fail_reason").fill(message(FLAT));

    FieldTree error = root.child("error");
    error.child("code").fill(code(NESTED));
    error.child("message").fill(message(NESTED));
    error.child("msg").fill(message(NESTED));
    error.add(JsonPointer.compile("/details/0/code"), code(DETAIL));
    error.add(JsonPointer.compile("/details/0/message"), message(DETAIL));

    FieldTree errorObject = root.child("Error");
    errorObject.child("Code").fill(code(ERROR_OBJECT));
    errorObject.child("Message").fill(message(ERROR_OBJECT));

    root.child("Code").fill(code(CAPITAL));
    root.child("Message").fill(message(CAPITAL)).fill(message(TYPE));
    root.child("__type").fill(code(TYPE));
    root.child("message").fill(message(TYPE)).fill(message(LOWER));
    root.child("code").fill(code(LOWER));
    root.child("msg").fill(message(LOWER));
    root.child("errcode").fill(code(ERRCODE));
    root.child("errmsg").fill(message(ERRCODE));

    root.child("status").fill(JOB_STATUS);
    for (String name : new String[] {"job_id", "job_type", "entities", "fail_reason"}) {
      root.child(name).markPresence(JOB_MARKER);
    }
    FieldTree subJob = root.child("entities").child("sub_jobs").anyElementAsSubJob();
    subJob.child("status").fill(SUB_JOB_STATUS);
    subJob.child("error_code").fill(SUB_JOB_CODE);
    subJob.child("fail_reason").fill(SUB_JOB_REASON);

    if (detectRequestId) {
      requestIdNames(root);
      response.child("RequestId").fill(REQUEST_ID);
      errorObject.child("RequestId").fill(REQUEST_ID);
      error.child("request_id").fill(REQUEST_ID);
    }
    return root;
  }

  private static void requestIdNames(FieldTree root) {
    for (String name : new String[] {"request_id", "RequestId", "requestId", "RequestID"}) {
      root.child(name).fill(REQUEST_ID);
    }
  }

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
    if (first != null) {
      new JsonBodyScanner(parser, inputLength, into).value(first, tree);
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
        return node.slots().length == 0 || into.record(node.slots(), parser.getText());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        if (node.slots().length == 0 || endsInput()) {
          return true; // a number the end of the input cut may be missing digits
        }
        return into.record(node.slots(), parser.getText());
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
      if (child != null && child.presenceSlot() >= 0) {
        into.markPresent(child.presenceSlot());
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
    for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
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
