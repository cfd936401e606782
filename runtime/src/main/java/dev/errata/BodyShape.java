package dev.errata;

import java.util.List;

/**
 * A JSON shape in which APIs return an error: where its code is, and where its message and request
 * id may be, as RFC 6901 pointers from the top of the body. A {@link ResponseReader} without a code
 * pointer looks for all of {@link #DETECTED} in one pass over the body.
 *
 * @param name what the shape is called in documentation
 * @param code the pointer to the code; empty for {@link Form#FAILED_SUB_JOB}, found by other means
 * @param messages pointers to the message, any of them; the first found in the body counts
 * @param requestIds pointers to a request id of this shape, besides the top-level names every body
 *     may use
 * @param form how the code is read and ranked
 */
public record BodyShape(
    String name, String code, List<String> messages, List<String> requestIds, Form form) {

  /** How a shape's code is read and ranked. */
  public enum Form {
    /** The code is the scalar at the pointer. */
    PLAIN,
    /**
     * The code sits in an object that names an error ({@code error}, {@code Error}): it outranks a
     * success code of a shape ranked above it, since a body that carries an error object failed.
     */
    ERROR_OBJECT,
    /** The code is an AWS {@code __type}: {@code prefix#Name:suffix} gives {@code Name}. */
    TYPE_NAME,
    /**
     * The code and message of the first failed element of an async job's {@code entities.sub_jobs}.
     */
    FAILED_SUB_JOB
  }

  public BodyShape {
    messages = List.copyOf(messages);
    requestIds = List.copyOf(requestIds);
  }

  static final BodyShape CAPITALISED =
      new BodyShape("capitalised", "/Code", List.of("/Message"), List.of(), Form.PLAIN);
  static final BodyShape LOWER_CASE =
      new BodyShape("lower case", "/code", List.of("/msg", "/message"), List.of(), Form.PLAIN);

  /**
   * The shapes a reader without a code pointer detects, ranked: when a body holds codes in several,
   * the first here that holds one is reported (but see {@link Form#ERROR_OBJECT}).
   */
  public static final List<BodyShape> DETECTED =
      List.of(
          new BodyShape(
              "Tencent Cloud",
              "/Response/Error/Code",
              List.of("/Response/Error/Message"),
              List.of("/Response/RequestId"),
              Form.ERROR_OBJECT),
          new BodyShape(
              "flat error_code",
              "/error_code",
              List.of("/error_msg", "/error_message", "/fail_reason"),
              List.of(),
              Form.PLAIN),
          new BodyShape(
              "nested error",
              "/error/code",
              List.of("/error/message", "/error/msg"),
              List.of("/error/request_id"),
              Form.ERROR_OBJECT),
          new BodyShape(
              "error details",
              "/error/details/0/code",
              List.of("/error/details/0/message"),
              List.of(),
              Form.ERROR_OBJECT),
          new BodyShape(
              "Error object",
              "/Error/Code",
              List.of("/Error/Message"),
              List.of("/Error/RequestId"),
              Form.ERROR_OBJECT),
          CAPITALISED,
          new BodyShape(
              "AWS JSON", "/__type", List.of("/message", "/Message"), List.of(), Form.TYPE_NAME),
          LOWER_CASE,
          new BodyShape("WeChat", "/errcode", List.of("/errmsg"), List.of(), Form.PLAIN),
          new BodyShape("async job", "", List.of(), List.of(), Form.FAILED_SUB_JOB));

  /**
   * Whose message is used, in this order, when the shape of the code has none: the top-level {@code
   * msg} or {@code message}, then {@code Message}.
   */
  static final List<BodyShape> FALLBACK_MESSAGE_SHAPES = List.of(LOWER_CASE, CAPITALISED);

  /** The request id's names at the top of any body. */
  static final List<String> TOP_LEVEL_REQUEST_IDS =
      List.of("/request_id", "/RequestId", "/requestId", "/RequestID");

  /** Names a message may have next to a configured code pointer. */
  static final List<String> MESSAGE_NAMES_NEXT_TO_CODE =
      List.of(
          "message",
          "msg",
          "error_msg",
          "error_message",
          "Message",
          "errorMessage",
          "errmsg",
          "fail_reason");

  /** The shape of a reader's {@linkplain ResponseReader.Builder#codePointer code pointer}. */
  static BodyShape configured(String codePointer, List<String> messagePointers) {
    return new BodyShape("configured", codePointer, messagePointers, List.of(), Form.PLAIN);
  }

  /**
   * One line of documentation: {@code error_code} / {@code error_msg}, {@code error_message} or
   * {@code fail_reason}, written with dots for pointers.
   */
  String describe() {
    if (form == Form.FAILED_SUB_JOB) {
      return "the first failed element of an async job's entities.sub_jobs: error_code / fail_reason";
    }
    StringBuilder text = new StringBuilder(dotted(code)).append(" / ");
    for (int i = 0; i < messages.size(); i++) {
      text.append(i == 0 ? "" : i + 1 == messages.size() ? " or " : ", ")
          .append(dotted(messages.get(i)));
    }
    if (!requestIds.isEmpty()) {
      text.append(", request id ").append(dotted(requestIds.get(0)));
    }
    return text.toString();
  }

  private static String dotted(String pointer) {
    return pointer.substring(1).replace("/0/", "[0].").replace('/', '.');
  }
}
