package dev.errata;

import com.fasterxml.jackson.core.JsonPointer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a provider's HTTP responses: finds code, message and request id in a bounded prefix of the
 * body (JSON, or XML) and decides whether the response is an error. Immutable and thread-safe; one
 * instance per provider, built once by generated code. No method that reads a response throws, for
 * any input.
 *
 * <h2>Where the code is found</h2>
 *
 * With a {@linkplain Builder#codePointer code pointer} (RFC 6901), a JSON body's code is the scalar
 * there and nowhere else; its message is at the {@linkplain Builder#messagePointer message
 * pointer}, else next to the code ({@code message}, {@code msg}, {@code error_msg}, {@code
 * error_message}, {@code Message}, {@code errorMessage}, {@code errmsg}, {@code fail_reason}).
 * Without one, these shapes ({@link BodyShape#DETECTED}) are detected, ranked in this order when a
 * body has more than one:
 *
 * <ol>
 *   <li>Response.Error.Code / Response.Error.Message, request id Response.RequestId
 *   <li>error_code / error_msg, error_message or fail_reason
 *   <li>error.code / error.message or error.msg, request id error.request_id
 *   <li>error.details[0].code / error.details[0].message
 *   <li>Error.Code / Error.Message, request id Error.RequestId
 *   <li>Code / Message
 *   <li>__type / message or Message
 *   <li>code / msg or message
 *   <li>errcode / errmsg
 *   <li>the first failed element of an async job's entities.sub_jobs: error_code / fail_reason
 * </ol>
 *
 * <p>An AWS {@code __type} of the form {@code prefix#Name:suffix} gives {@code Name}. A code inside
 * an error object ({@code Response.Error}, {@code error}, {@code Error}) that is not a success code
 * outranks a success code ranked above it: {@code {"error":{"code":"X"},"error_code":"CBC.0000"}}
 * is the error {@code X}. A body that is a JSON array is read as its first element, when that is an
 * object; below 400 only when a message stands next to its code, since a list of resources may hold
 * codes too.
 *
 * <p>A code may be a string or a number (a number becomes its decimal text, {@code 201042} → {@code
 * "201042"}); an object, array, boolean, {@code null} or blank string is no code. Codes and request
 * ids are stripped of the white space, no-break spaces and zero-width characters around them. When
 * a key occurs twice, the first value counts. When the shape of the code has no message, a
 * top-level {@code message}, {@code msg} or {@code Message} is used. Reading stops as soon as a
 * code, its message and a request id are known.
 *
 * <p>An XML body (one that starts with {@code <}) is read with the JDK's StAX parser, DTDs and
 * external entities disabled: the code and message are the {@code <Code>} and {@code <Message>}
 * children of an {@code <Error>} element up to three levels deep or of the root element, in any
 * namespace; the request id is a {@code <RequestId>} up to four levels deep.
 *
 * <p>The request id comes from the body ({@code request_id}, {@code RequestId}, {@code requestId},
 * {@code RequestID} at the top level, or in the shapes above), else from the first of {@link
 * #DEFAULT_REQUEST_ID_HEADERS} present, matched in any case. Of a header's value only the first
 * {@link #MAX_HEADER_CHARS} characters are read, for the request id and for {@code Content-Type}.
 *
 * <h2>When a response is an error</h2>
 *
 * <ul>
 *   <li>Status 400 and above: always an error, with a {@code null} code when none was found.
 *   <li>Status 100 to 399: an error when the body carries a code that is not a success code, or is
 *       an async job whose top-level {@code status} is {@code FAIL}, {@code FAILED} or {@code
 *       ERROR}. A job whose status is {@code SUCCESS}, {@code RUNNING} or {@code INIT} is not an
 *       error, whatever codes it holds; a body without a code is not an error. A body is a job when
 *       it has a top-level {@code job_id}, {@code job_type}, {@code entities} or {@code
 *       fail_reason} (so a resource whose {@code status} is {@code ERROR} is not taken for a failed
 *       job).
 *   <li>Any other status (0 or negative for "not known", as from an SDK's exception): an error
 *       unless the code is a success code.
 * </ul>
 *
 * <p>Success codes are those given to {@link Builder#successCodes(String...)}, and unless {@link
 * Builder#conventionalSuccessCodes(boolean) switched off} the codes APIs that always answer 200 use
 * to say "no error": any run of zeros ({@code 0}, {@code "0000"}), {@code "200"}, {@code "OK"} and
 * {@code "Success"} in any case. They count only with a status below 400.
 *
 * <h2>Limits</h2>
 *
 * At most {@link #maxBodyBytes()} bytes (default 64 KiB) of a body are read, decoded (by the {@code
 * charset} of {@code Content-Type}, else UTF-8, malformed bytes replaced) and kept as {@link
 * ErrorResponse#body()}; a UTF-8 character cut by the limit is dropped. JSON is read with
 * jackson-core's streaming parser, nesting limited to 256 levels: a body that is truncated,
 * malformed or too deep yields what was found before the fault.
 */
public final class ResponseReader {
  /** How much of a body is read and kept, unless the builder says otherwise. */
  public static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;

  /**
   * The response headers a request id is taken from when the body has none, first match wins:
   * Huawei Cloud's {@code X-Request-Id}, OpenStack's {@code X-Openstack-Request-Id} and {@code
   * X-Compute-Request-Id}, Alibaba Cloud's {@code x-acs-request-id}, AWS's {@code x-amzn-RequestId}
   * and {@code x-amz-request-id}, Azure's {@code x-ms-request-id}.
   */
  public static final List<String> DEFAULT_REQUEST_ID_HEADERS =
      List.of(
          "X-Request-Id",
          "X-Openstack-Request-Id",
          "X-Compute-Request-Id",
          "x-acs-request-id",
          "x-amzn-RequestId",
          "x-amz-request-id",
          "x-ms-request-id");

  /** How many characters of a header's value are read at most. */
  public static final int MAX_HEADER_CHARS = 1024;

  private static final byte[] NO_BYTES = {};
  private static final int FIRST_BUFFER_BYTES = 8 * 1024;

  private final Set<String> successCodes;
  private final boolean conventionalSuccessCodes;
  private final String[] requestIdHeaders;
  private final int maxBodyBytes;
  private final List<BodyShape> shapes;

  /** The ranks of {@link BodyShape#FALLBACK_MESSAGE_SHAPES} among {@link #shapes}. */
  private final int[] fallbackMessageRanks;

  /** The JSON scanners of this reader, kept from read to read. */
  private final ScannerPool scanners;

  private ResponseReader(Builder builder) {
    this.successCodes = builder.successCodes;
    this.conventionalSuccessCodes = builder.conventionalSuccessCodes;
    this.requestIdHeaders = builder.requestIdHeaders.toArray(String[]::new);
    this.maxBodyBytes = builder.maxBodyBytes;
    this.shapes =
        builder.codePointer.isEmpty()
            ? BodyShape.DETECTED
            : List.of(configuredShape(builder.codePointer, builder.messagePointer.isEmpty()));
    this.fallbackMessageRanks =
        BodyShape.FALLBACK_MESSAGE_SHAPES.stream()
            .mapToInt(shapes::indexOf)
            .filter(rank -> rank >= 0)
            .toArray();
    FieldTree fields = FieldTree.of(shapes, builder.messagePointer, builder.requestIdPointer);
    List<BodyShape> scannedShapes = shapes;
    this.scanners = new ScannerPool(() -> new JsonBodyScanner(fields, scannedShapes));
  }

  /**
   * The code at the pointer; with no message pointer, a message next to it under the usual names.
   */
  private static BodyShape configuredShape(String codePointer, boolean messageNextToCode) {
    List<String> messages = new ArrayList<>();
    if (messageNextToCode) {
      JsonPointer parent = JsonPointer.compile(codePointer).head();
      for (String name : BodyShape.MESSAGE_NAMES_NEXT_TO_CODE) {
        messages.add(parent.appendProperty(name).toString());
      }
    }
    return BodyShape.configured(codePointer, messages);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * A reader that detects the common body shapes and knows no success codes but the conventional
   * ones.
   */
  public static ResponseReader autoDetect() {
    return builder().build();
  }

  /** How many bytes of a body are read and kept at most. */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /**
   * Reads a response; never throws. {@code headers} (any key case) and {@code body} may be {@code
   * null}; only the first {@link #maxBodyBytes()} bytes of the body are looked at.
   */
  public ErrorResponse read(int status, Map<String, List<String>> headers, byte[] body) {
    byte[] bytes = body == null ? NO_BYTES : body;
    int length = Math.min(bytes.length, maxBodyBytes);
    return decode(status, headers, bytes, length, bytes.length > maxBodyBytes);
  }

  /**
   * Reads at most {@link #maxBodyBytes()} of the stream; never throws, does not close it. When the
   * stream fails part way, what was read before is decoded.
   */
  public ErrorResponse read(int status, Map<String, List<String>> headers, InputStream body) {
    byte[] buffer = NO_BYTES;
    int length = 0;
    if (body != null && maxBodyBytes > 0) {
      buffer = new byte[Math.min(maxBodyBytes, FIRST_BUFFER_BYTES)];
      try {
        while (length < maxBodyBytes) {
          if (length == buffer.length) {
            int grown = buffer.length > maxBodyBytes / 2 ? maxBodyBytes : buffer.length * 2;
            buffer = Arrays.copyOf(buffer, grown);
          }
          int read = body.read(buffer, length, buffer.length - length);
          if (read <= 0) {
            break;
          }
          length += read;
        }
      } catch (IOException | RuntimeException failed) {
        // a connection lost part way: decode what arrived
      }
    }
    return decode(status, headers, buffer, length, length == maxBodyBytes);
  }

  /** For a code and message already parsed elsewhere, such as from an SDK's exception. */
  public ErrorResponse fromParsed(int status, String code, String message) {
    return fromParsed(status, code, message, null);
  }

  /** For a code, message and request id already parsed elsewhere. */
  public ErrorResponse fromParsed(int status, String code, String message, String requestId) {
    String strippedCode = Texts.stripped(code);
    return new ErrorResponse(
        status,
        strippedCode,
        Texts.nonBlank(message),
        Texts.stripped(requestId),
        "",
        isError(status, strippedCode, null));
  }

  private ErrorResponse decode(
      int status, Map<String, List<String>> headers, byte[] bytes, int length, boolean truncated) {
    Charset charset = StandardCharsets.UTF_8;
    String headerRequestId = null;
    if (headers != null) {
      try {
        String contentType = null;
        int bestRank = requestIdHeaders.length;
        for (Map.Entry<String, List<String>> header : headers.entrySet()) {
          String name = header.getKey();
          if (name == null) {
            continue;
          }
          if (contentType == null && name.equalsIgnoreCase("Content-Type")) {
            contentType = first(header.getValue());
            continue;
          }
          for (int rank = 0; rank < bestRank; rank++) {
            if (name.equalsIgnoreCase(requestIdHeaders[rank])) {
              String value = Texts.stripped(first(header.getValue()));
              if (value != null) {
                bestRank = rank;
                headerRequestId = value;
              }
              break;
            }
          }
        }
        charset = charsetOf(contentType);
      } catch (RuntimeException unreadableHeaders) {
        // a map that fails to iterate: decode the body without it
      }
    }
    boolean utf8 = charset.equals(StandardCharsets.UTF_8);
    int end = truncated && utf8 ? wholeUtf8Prefix(bytes, length) : length;
    String text = end == 0 ? "" : new String(bytes, 0, end, charset);
    JsonBodyScanner scanner = scanners.take();
    ErrorResponse response = respond(status, text, headerRequestId, scan(text, scanner));
    scanners.give(scanner);
    return response;
  }

  /** The response to report, from what a scan of its body text found. */
  private ErrorResponse respond(int status, String text, String headerRequestId, BodyFields found) {
    List<BodyShape> foundShapes = found.shapes();
    int rank = reportedRank(status, found);
    String code = rank < 0 ? null : found.code(rank);
    if (rank >= 0 && foundShapes.get(rank).form() == BodyShape.Form.TYPE_NAME) {
      code = typeName(code);
    }
    int messageStart = found.configuredMessageStart();
    String messageText = null;
    if (messageStart == BodyFields.NO_MESSAGE && rank >= 0) {
      messageStart = found.messageStart(rank);
      messageText = found.messageText(rank);
    }
    boolean messageNextToCode = messageStart != BodyFields.NO_MESSAGE || messageText != null;
    if (!messageNextToCode && foundShapes == shapes) {
      for (int i = 0; i < fallbackMessageRanks.length; i++) {
        if (found.hasMessage(fallbackMessageRanks[i])) {
          messageStart = found.messageStart(fallbackMessageRanks[i]);
          messageText = found.messageText(fallbackMessageRanks[i]);
          break;
        }
      }
    }
    if (found.isTopLevelArray() && !messageNextToCode && status < 400) {
      // a list of resources, some with a code, rather than of errors
      code = null;
      messageStart = BodyFields.NO_MESSAGE;
      messageText = null;
    }
    String requestId = found.requestId();
    if (requestId == null) {
      requestId = headerRequestId;
    }
    boolean error = isError(status, code, found.jobStatus());
    found.clear(); // a pooled scanner keeps no code or id of this body until its next read
    return messageText != null
        ? new ErrorResponse(status, code, messageText, requestId, text, error)
        : new ErrorResponse(status, code, messageStart, requestId, text, error);
  }

  /**
   * The rank of the shape whose code is reported: the first that holds one, unless that is a
   * success code below 400 and an error object further down holds a code that is not.
   */
  private int reportedRank(int status, BodyFields found) {
    int first = found.firstCodeRank();
    if (first < 0 || status >= 400 || !isSuccessCode(found.code(first))) {
      return first;
    }
    List<BodyShape> foundShapes = found.shapes();
    for (int rank = first + 1; rank < foundShapes.size(); rank++) {
      String code = found.code(rank);
      if (code != null
          && foundShapes.get(rank).form() == BodyShape.Form.ERROR_OBJECT
          && !isSuccessCode(code)) {
        return rank;
      }
    }
    return first;
  }

  /**
   * Scans the body as JSON or XML by its first character. It scans the decoded text, which the
   * response keeps anyway: jackson-core's parser over a String allocates 88 bytes less than its
   * parser over the UTF-8 bytes, and the text lets a message be decoded only when asked for.
   */
  private BodyFields scan(String text, JsonBodyScanner scanner) {
    int start = 0;
    while (start < text.length()
        && (Character.isWhitespace(text.charAt(start)) || text.charAt(start) == '\uFEFF')) {
      start++;
    }
    char first = start == text.length() ? 0 : text.charAt(start);
    if (first == '<') {
      BodyFields found = new BodyFields(XmlBodyScanner.SHAPES);
      XmlBodyScanner.scan(start == 0 ? text : text.substring(start), found);
      return found;
    }
    if (first == '{' || first == '[') {
      return scanner.scan(text, start);
    }
    return scanner.nothingFound();
  }

  private boolean isError(int status, String code, String jobStatus) {
    if (status >= 400) {
      return true;
    }
    if (status >= 100) {
      if (BodyFields.isFailedJob(jobStatus)) {
        return true;
      }
      if (BodyFields.isUnfailedJob(jobStatus)) {
        return false;
      }
      return code != null && !isSuccessCode(code);
    }
    return code == null || !isSuccessCode(code);
  }

  private boolean isSuccessCode(String code) {
    return successCodes.contains(code) || (conventionalSuccessCodes && isConventionalSuccess(code));
  }

  private static boolean isConventionalSuccess(String code) {
    if (code.equals("200") || code.equalsIgnoreCase("OK") || code.equalsIgnoreCase("Success")) {
      return true;
    }
    for (int i = 0; i < code.length(); i++) {
      if (code.charAt(i) != '0') {
        return false;
      }
    }
    return true; // the code is never empty
  }

  /**
   * {@code com.amazonaws.dynamodb.v20120810#ResourceNotFoundException} → {@code
   * ResourceNotFoundException}.
   */
  private static String typeName(String type) {
    String name = type.substring(type.lastIndexOf('#') + 1);
    int colon = name.indexOf(':');
    if (colon >= 0) {
      name = name.substring(0, colon);
    }
    name = Texts.stripped(name);
    return name == null ? type : name;
  }

  /** The length without a trailing UTF-8 sequence that the cut left incomplete. */
  private static int wholeUtf8Prefix(byte[] bytes, int length) {
    for (int i = length - 1; i >= 0 && i >= length - 4; i--) {
      int lead = bytes[i] & 0xFF;
      if ((lead & 0xC0) == 0x80) {
        continue; // a continuation byte: look further back for its lead
      }
      int size = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
      return i + size > length ? i : length;
    }
    return length;
  }

  private static Charset charsetOf(String contentType) {
    if (contentType == null) {
      return StandardCharsets.UTF_8;
    }
    int at = indexOfIgnoreCase(contentType, "charset=");
    if (at < 0) {
      return StandardCharsets.UTF_8;
    }
    int start = at + "charset=".length();
    int end = contentType.indexOf(';', start);
    String name = contentType.substring(start, end < 0 ? contentType.length() : end).strip();
    if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
      name = name.substring(1, name.length() - 1);
    }
    if (name.equalsIgnoreCase("utf-8")) {
      return StandardCharsets.UTF_8;
    }
    try {
      return Charset.forName(name);
    } catch (IllegalArgumentException unknownCharset) {
      return StandardCharsets.UTF_8;
    }
  }

  private static int indexOfIgnoreCase(String text, String part) {
    for (int i = 0; i + part.length() <= text.length(); i++) {
      if (text.regionMatches(true, i, part, 0, part.length())) {
        return i;
      }
    }
    return -1;
  }

  /**
   * The first value that is not blank in its first {@link #MAX_HEADER_CHARS} characters, cut there.
   */
  private static String first(List<String> values) {
    if (values == null) {
      return null;
    }
    for (String value : values) {
      if (value != null) {
        String read =
            value.length() > MAX_HEADER_CHARS ? value.substring(0, MAX_HEADER_CHARS) : value;
        if (!read.isBlank()) {
          return read;
        }
      }
    }
    return null;
  }

  /** Configures a {@link ResponseReader}. */
  public static final class Builder {
    private String codePointer = "";
    private String messagePointer = "";
    private String requestIdPointer = "";
    private Set<String> successCodes = Set.of();
    private boolean conventionalSuccessCodes = true;
    private List<String> requestIdHeaders = DEFAULT_REQUEST_ID_HEADERS;
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

    private Builder() {}

    /** RFC 6901 pointer to the code, such as {@code /error/code}; empty for auto-detection. */
    public Builder codePointer(String pointer) {
      this.codePointer = pointer == null ? "" : pointer;
      return this;
    }

    /** RFC 6901 pointer to the message; empty to look next to the code. */
    public Builder messagePointer(String pointer) {
      this.messagePointer = pointer == null ? "" : pointer;
      return this;
    }

    /** RFC 6901 pointer to the request id; empty to look for the usual names, then headers. */
    public Builder requestIdPointer(String pointer) {
      this.requestIdPointer = pointer == null ? "" : pointer;
      return this;
    }

    /** Codes that mean success even when a body carries them, such as {@code CBC.0000}. */
    public Builder successCodes(String... codes) {
      this.successCodes = Set.copyOf(Arrays.asList(codes));
      return this;
    }

    /**
     * Whether {@code 0} (any run of zeros), {@code 200}, {@code OK} and {@code Success} mean
     * success with a status below 400. Default {@code true}; switch it off for a provider whose
     * table uses one of them for an error.
     */
    public Builder conventionalSuccessCodes(boolean enabled) {
      this.conventionalSuccessCodes = enabled;
      return this;
    }

    /** The headers a request id is taken from, first match wins; replaces the defaults. */
    public Builder requestIdHeaders(String... names) {
      this.requestIdHeaders = List.of(names);
      return this;
    }

    /** How much of a body is read and kept; default {@link #DEFAULT_MAX_BODY_BYTES}. */
    public Builder maxBodyBytes(int bytes) {
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * @throws IllegalArgumentException when a pointer is not an RFC 6901 pointer or the byte limit
     *     is negative
     */
    public ResponseReader build() {
      if (maxBodyBytes < 0) {
        throw new IllegalArgumentException("maxBodyBytes must not be negative: " + maxBodyBytes);
      }
      for (String pointer : List.of(codePointer, messagePointer, requestIdPointer)) {
        if (!isJsonPointer(pointer)) {
          throw new IllegalArgumentException("not a JSON pointer (RFC 6901): '" + pointer + "'");
        }
      }
      return new ResponseReader(this);
    }

    /**
     * Empty, or segments each after a {@code /}, in which {@code ~} is only {@code ~0} or {@code
     * ~1}.
     */
    private static boolean isJsonPointer(String pointer) {
      if (pointer.isEmpty()) {
        return true;
      }
      if (!pointer.startsWith("/")) {
        return false;
      }
      for (int i = pointer.indexOf('~'); i >= 0; i = pointer.indexOf('~', i + 1)) {
        if (i + 1 == pointer.length()
            || (pointer.charAt(i + 1) != '0' && pointer.charAt(i + 1) != '1')) {
          return false;
        }
      }
      return true;
    }
  }
}
