package dev.errata.integrations.testing;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.errata.ErrorDecoder;
import dev.errata.ErrorKind;
import dev.errata.ResponseReader;
import dev.errata.ServiceException;
import dev.errata.integrations.testing.cbc.HuaweiCbcErrors;
import dev.errata.integrations.testing.cbc.HuaweiCbcException;
import dev.errata.integrations.testing.ens.AlibabaEnsErrors;
import dev.errata.integrations.testing.ens.AlibabaEnsException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The responses every integration is tested with, as Huawei CBC and Alibaba ENS send them, and what
 * the integration must make of each: {@link #check(ServiceException)} for an error, {@link
 * #checkSuccessBody(byte[])} for a success.
 */
public enum Reply {
  /** An error with a 4xx status, request id in a header. */
  ERROR_IN_4XX(
      "/cbc/coupons",
      429,
      "application/json;charset=UTF-8",
      "{\"error_code\":\"CBC.0250\",\"error_msg\":\"Connection request control triggered.\"}",
      Map.of("X-Request-Id", "5f0c9d7e4b1a43e8"),
      HuaweiCbcException.Cbc0250.class,
      "CBC.0250"),
  /** An error sent with HTTP 200, as CBC does. */
  ERROR_IN_200(
      "/cbc/orders/pay",
      200,
      "application/json;charset=UTF-8",
      "{\"error_code\":\"CBC.3155\",\"error_msg\":\"Insufficient enterprise project fund quota, or invalid project.\"}",
      Map.of(),
      HuaweiCbcException.Cbc3155.class,
      "CBC.3155"),
  /** A success: CBC's success code in a 200 body, which the caller must still be able to read. */
  SUCCESS(
      "/cbc/customers",
      200,
      "application/json;charset=UTF-8",
      "{\"error_code\":\"CBC.0000\",\"error_msg\":\"success\",\"customer_id\":\"cb7a2f0c1d\"}",
      Map.of(),
      null,
      null),
  /** A gateway's HTML page: no code, so the provider's Unknown with status and body kept. */
  HTML_502(
      "/gateway",
      502,
      "text/html",
      "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1>"
          + "</center>\r\n</body>\r\n</html>\r\n",
      Map.of(),
      HuaweiCbcException.Unknown.class,
      ""),
  /** An error whose body is four times the reader's limit: decoded from the first part only. */
  LARGE_ERROR(
      "/cbc/large-error",
      400,
      "application/json;charset=UTF-8",
      "{\"error_code\":\"CBC.18000016\",\"error_msg\":\"Insufficient permissions. Contact your associated partner.\","
          + "\"detail\":\""
          + "x".repeat(4 * ResponseReader.DEFAULT_MAX_BODY_BYTES)
          + "\"}",
      Map.of(),
      HuaweiCbcException.Cbc18000016.class,
      "CBC.18000016"),
  /** A success four times the reader's limit: the caller reads all of it. */
  LARGE_SUCCESS(
      "/cbc/large-success",
      200,
      "application/json;charset=UTF-8",
      "{\"error_code\":\"CBC.0000\",\"error_msg\":\"success\",\"bills\":\""
          + "0123456789".repeat(ResponseReader.DEFAULT_MAX_BODY_BYTES * 4 / 10)
          + "\"}",
      Map.of(),
      null,
      null),
  /** A pattern code of ENS's table ({@code InvalidParameter.%s}), request id in the body. */
  PATTERN_CODE(
      "/ens/CreateLoadBalancer",
      400,
      "application/json;charset=UTF-8",
      "{\"RequestId\":\"2C8F5E3A-7B0D-4E55-9A11-35C2B2F1D0E4\",\"HostId\":\"ens.aliyuncs.com\","
          + "\"Code\":\"InvalidParameter.LoadBalancerSpec\","
          + "\"Message\":\"The specified field LoadBalancerSpec invalid. Please check it again.\"}",
      Map.of(),
      AlibabaEnsException.InvalidParameter.class,
      "InvalidParameter.LoadBalancerSpec");

  private final String path;
  private final int status;
  private final String contentType;
  private final byte[] body;
  private final Map<String, String> headers;
  private final Class<? extends ServiceException> expected;
  private final String expectedCode;

  Reply(
      String path,
      int status,
      String contentType,
      String body,
      Map<String, String> headers,
      Class<? extends ServiceException> expected,
      String expectedCode) {
    this.path = path;
    this.status = status;
    this.contentType = contentType;
    this.body = body.getBytes(UTF_8);
    this.headers = headers;
    this.expected = expected;
    this.expectedCode = expectedCode;
  }

  /** The replies with an error, each checked by {@link #check(ServiceException)}. */
  public static List<Reply> errors() {
    return List.of(ERROR_IN_4XX, ERROR_IN_200, HTML_502, LARGE_ERROR, PATTERN_CODE);
  }

  static Reply at(String path) {
    for (Reply reply : values()) {
      if (reply.path.equals(path)) {
        return reply;
      }
    }
    return null;
  }

  public String path() {
    return path;
  }

  public int status() {
    return status;
  }

  public String contentType() {
    return contentType;
  }

  public Map<String, String> headers() {
    return headers;
  }

  /** A copy of the body as sent. */
  public byte[] body() {
    return body.clone();
  }

  /** The decoder of the provider this reply imitates. */
  public ErrorDecoder<?> decoder() {
    return this == PATTERN_CODE ? AlibabaEnsErrors.INSTANCE : HuaweiCbcErrors.INSTANCE;
  }

  public boolean isError() {
    return expected != null;
  }

  /** Fails unless {@code body} is the whole body as sent, for a success. */
  public void checkSuccessBody(byte[] received) {
    require(!isError(), this + " is an error, not a success");
    require(
        Arrays.equals(body, received),
        this
            + ": the caller got "
            + (received == null ? "no body" : received.length + " bytes")
            + " instead of the "
            + body.length
            + " sent");
  }

  /**
   * Fails unless {@code error} is what this reply decodes to: the table's class for its code, the
   * status as sent, the request id and the placeholder argument where there is one, and the body
   * kept as received up to the reader's limit.
   */
  public void check(ServiceException error) {
    require(isError(), this + " is a success, yet " + error + " was raised");
    require(error != null, this + ": no exception raised");
    require(
        expected.isInstance(error),
        this
            + ": expected "
            + expected.getName()
            + ", got "
            + error.getClass().getName()
            + " ("
            + error.getMessage()
            + ")");
    require(
        error.httpStatus() == status,
        this + ": status " + error.httpStatus() + " instead of " + status);
    require(
        error.code().equals(expectedCode),
        this + ": code '" + error.code() + "' instead of '" + expectedCode + "'");
    String text = new String(body, UTF_8);
    int limit = ResponseReader.DEFAULT_MAX_BODY_BYTES;
    String kept = body.length > limit ? text.substring(0, limit) : text;
    require(
        error.rawBody().equals(kept),
        this
            + ": kept a body of "
            + error.rawBody().length()
            + " chars instead of "
            + kept.length());
    switch (this) {
      case ERROR_IN_4XX -> {
        require(
            error.requestId().equals(Optional.of("5f0c9d7e4b1a43e8")),
            this + ": request id " + error.requestId());
        require(
            error.kind() == ErrorKind.THROTTLED && error.isRetryable(), this + ": " + error.kind());
      }
      case HTML_502 ->
          require(error.kind() == ErrorKind.UNAVAILABLE, this + ": kind " + error.kind());
      case PATTERN_CODE -> {
        require(
            error.arguments().equals(List.of("LoadBalancerSpec")),
            this + ": arguments " + error.arguments());
        require(
            error.requestId().equals(Optional.of("2C8F5E3A-7B0D-4E55-9A11-35C2B2F1D0E4")),
            this + ": request id " + error.requestId());
      }
      default -> {}
    }
  }

  private static void require(boolean condition, String failure) {
    if (!condition) {
      throw new AssertionError(Objects.requireNonNull(failure));
    }
  }
}
