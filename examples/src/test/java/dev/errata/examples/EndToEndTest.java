package dev.errata.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.Errata;
import dev.errata.ErrorCode;
import dev.errata.ErrorDecoder;
import dev.errata.ErrorKind;
import dev.errata.ServiceException;
import dev.errata.examples.ReplayServer.Recorded;
import dev.errata.examples.cbc.HuaweiCbcErrorCode;
import dev.errata.examples.cbc.HuaweiCbcErrors;
import dev.errata.examples.cbc.HuaweiCbcException;
import dev.errata.examples.ecs.HuaweiEcsErrorCode;
import dev.errata.examples.ecs.HuaweiEcsErrors;
import dev.errata.examples.ecs.HuaweiEcsException;
import dev.errata.examples.ens.AlibabaEnsErrorCode;
import dev.errata.examples.ens.AlibabaEnsErrors;
import dev.errata.examples.ens.AlibabaEnsException;
import dev.errata.examples.idc.IdcHostingErrorCode;
import dev.errata.examples.idc.IdcHostingErrors;
import dev.errata.examples.idc.IdcHostingException;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** The generated decoders against responses served by a real HTTP server on 127.0.0.1. */
class EndToEndTest {
  private static LocalServer local;

  @BeforeAll
  static void startServer() {
    local = new LocalServer();
  }

  @AfterAll
  static void stopServer() {
    local.close();
  }

  private static <E extends ServiceException> Optional<E> decode(
      ErrorDecoder<E> decoder, String path, Recorded recorded) {
    HttpResponse<byte[]> response = local.fetch(path, recorded);
    return decoder.decode(response.statusCode(), response.headers(), response.body());
  }

  private static <E extends ServiceException> E decodeError(
      ErrorDecoder<E> decoder, String path, Recorded recorded) {
    return decode(decoder, path, recorded)
        .orElseThrow(() -> new AssertionError("not an error: " + recorded));
  }

  // --- every code of each table, in the body shape its provider documents ---

  @ParameterizedTest
  @EnumSource(IdcHostingErrorCode.class)
  void everyIdcCodeDecodesToItsClass(IdcHostingErrorCode code) {
    String body = "{\"code\":" + code.code() + ",\"msg\":\"" + code.message() + "\"}";
    IdcHostingException e =
        decodeError(IdcHostingErrors.INSTANCE, "/idc/" + code.code(), Recorded.json(200, body));
    assertDecodedAs(code, code.code(), 200, e);
  }

  @ParameterizedTest
  @EnumSource(HuaweiCbcErrorCode.class)
  void everyCbcCodeDecodesToItsClassEvenInHttp200(HuaweiCbcErrorCode code) {
    String body =
        "{\"error_code\":\""
            + code.code()
            + "\",\"error_msg\":\""
            + jsonText(code.message())
            + "\"}";
    Optional<HuaweiCbcException> e =
        decode(
            HuaweiCbcErrors.INSTANCE,
            "/cbc/" + code.code(),
            Recorded.json(code.httpStatus(), body));
    if (code == HuaweiCbcErrorCode.CBC_0000) {
      assertTrue(e.isEmpty(), "CBC.0000 is the success code");
    } else {
      assertDecodedAs(code, code.code(), code.httpStatus(), e.orElseThrow());
    }
  }

  @ParameterizedTest
  @EnumSource(AlibabaEnsErrorCode.class)
  void everyEnsCodeDecodesToItsClass(AlibabaEnsErrorCode code) {
    String returned = code.code().replace("%s", "LoadBalancerSpec");
    String body =
        "{\"RequestId\":\"2C8F5E3A-7B0D\",\"HostId\":\"ens.aliyuncs.com\",\"Code\":\""
            + returned
            + "\",\"Message\":\""
            + jsonText(code.message())
            + "\",\"Recommend\":\"https://api.aliyun.com/troubleshoot\"}";
    AlibabaEnsException e =
        decodeError(
            AlibabaEnsErrors.INSTANCE,
            "/ens/" + code.name(),
            Recorded.json(code.httpStatus(), body));
    assertDecodedAs(code, returned, code.httpStatus(), e);
    assertEquals(Optional.of("2C8F5E3A-7B0D"), e.requestId());
  }

  @ParameterizedTest
  @EnumSource(HuaweiEcsErrorCode.class)
  void everyEcsCodeDecodesToItsClass(HuaweiEcsErrorCode code) {
    String body =
        "{\"error\":{\"code\":\""
            + code.code()
            + "\",\"message\":\""
            + jsonText(code.message())
            + "\"}}";
    HuaweiEcsException e =
        decodeError(
            HuaweiEcsErrors.INSTANCE,
            "/ecs/" + code.code(),
            Recorded.json(code.httpStatus(), body).withHeader("X-Request-Id", "0d6e1f9a"));
    assertDecodedAs(code, code.code(), code.httpStatus(), e);
    assertEquals(Optional.of("0d6e1f9a"), e.requestId());
  }

  /**
   * Rows copied by hand from the table files (code, HTTP status, message) with the kind group a
   * reader of the row expects: what the decoder yields is checked against the tables, not against
   * the generated enum. The test first checks that the table still has the row.
   */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "huawei-cbc.md   | CBC.3155            | 200 | Insufficient enterprise project fund quota, or invalid project. | InsufficientFunds",
        "huawei-cbc.md   | CBC.0250            | 429 | Connection request control triggered.                           | Throttled",
        "huawei-ecs.md   | Ecs.0001            | 400 | Insufficient ECS quota. Contact customer service to increase quota. | QuotaExceeded",
        "huawei-ecs.md   | Ecs.0067            | 403 | Insufficient account balance.                                   | InsufficientFunds",
        "alibaba-ens.md  | InvalidParameter.%s | 400 | The specified field %s invalid. Please check it again.         | InvalidArgument",
        "idc-hosting.tsv | 201020              | 0   | 设备不存在                                                      | NotFound",
        "idc-hosting.tsv | 201042              | 0   | 续费失败，余额不足                                              | InsufficientFunds",
      })
  void sampleOfTableRowsDecodesAsTheTableSays(
      String table, String code, int status, String message, String group) throws Exception {
    String text;
    try (var in = EndToEndTest.class.getResourceAsStream("/errata/tables/" + table)) {
      text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    }
    assertTrue(
        text.lines()
            .anyMatch(
                line ->
                    line.contains(code)
                        && line.contains(message)
                        && (status == 0 || line.contains(String.valueOf(status)))),
        table + " has no row " + code + " / " + message);

    String returned = code.replace("%s", "LoadBalancerSpec");
    String returnedMessage = message.replace("%s", "LoadBalancerSpec");
    int served = status == 0 ? 200 : status;
    ServiceException e =
        switch (table) {
          case "huawei-cbc.md" ->
              decodeError(
                  HuaweiCbcErrors.INSTANCE,
                  "/pinned/cbc",
                  Recorded.json(
                      served,
                      "{\"error_code\":\""
                          + returned
                          + "\",\"error_msg\":\""
                          + jsonText(returnedMessage)
                          + "\"}"));
          case "huawei-ecs.md" ->
              decodeError(
                  HuaweiEcsErrors.INSTANCE,
                  "/pinned/ecs",
                  Recorded.json(
                      served,
                      "{\"error\":{\"code\":\""
                          + returned
                          + "\",\"message\":\""
                          + jsonText(returnedMessage)
                          + "\"}}"));
          case "alibaba-ens.md" ->
              decodeError(
                  AlibabaEnsErrors.INSTANCE,
                  "/pinned/ens",
                  Recorded.json(
                      served,
                      "{\"RequestId\":\"7A1E\",\"Code\":\""
                          + returned
                          + "\",\"Message\":\""
                          + jsonText(returnedMessage)
                          + "\"}"));
          case "idc-hosting.tsv" ->
              decodeError(
                  IdcHostingErrors.INSTANCE,
                  "/pinned/idc",
                  Recorded.json(
                      served,
                      "{\"code\":" + returned + ",\"msg\":\"" + jsonText(returnedMessage) + "\"}"));
          default -> throw new AssertionError(table);
        };
    assertEquals(returned, e.code());
    assertEquals(served, e.httpStatus());
    assertEquals(returnedMessage, e.serverMessage());
    ErrorCode entry =
        e.errorCode().orElseThrow(() -> new AssertionError(code + " not in the enum"));
    assertEquals(code, entry.code());
    assertEquals(status, entry.httpStatus());
    assertEquals(message, entry.message());
    assertEquals(
        group,
        e.getClass().getSuperclass().getSimpleName(),
        code + " is " + e.getClass().getName());
  }

  /**
   * The exception carries the table's entry, is that code's own class, and sits in its kind's
   * group.
   */
  private static void assertDecodedAs(
      ErrorCode expected, String code, int status, ServiceException e) {
    assertEquals(Optional.of(expected), e.errorCode());
    assertEquals(code, e.code());
    assertEquals(status, e.httpStatus());
    assertEquals(expected.kind(), e.kind());
    assertEquals(expected.retryable(), e.isRetryable());
    Class<?> group = e.getClass().getSuperclass();
    assertEquals(groupName(expected.kind()), group.getSimpleName(), "group of " + e.getClass());
    assertTrue(group.isSealed() && group.getEnclosingClass() == group.getSuperclass());
    assertTrue(!e.getClass().getSimpleName().equals("Unknown"), e.getClass().getName());
  }

  private static String groupName(ErrorKind kind) {
    if (kind == ErrorKind.UNKNOWN) {
      return "Unclassified";
    }
    return Stream.of(kind.name().split("_"))
        .map(word -> word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT))
        .collect(Collectors.joining());
  }

  private static String jsonText(String text) {
    return text.replace("\\", "\\\\").replace("\"", "\\\"");
  }

  // --- the providers' real bodies ---

  @Test
  void idcNumericCodeAndChineseMessage() {
    IdcHostingException e =
        decodeError(
            IdcHostingErrors.INSTANCE,
            "/idc/renew",
            Recorded.json(200, "{\"code\":201042,\"msg\":\"续费失败，余额不足\"}"));
    IdcHostingException.Code201042 renewal =
        assertInstanceOf(IdcHostingException.Code201042.class, e);
    assertInstanceOf(IdcHostingException.InsufficientFunds.class, renewal);
    assertEquals("201042", e.code());
    assertEquals("续费失败，余额不足", e.serverMessage());
    assertEquals(Optional.of("余额不足"), e.solution());
  }

  @Test
  void idcZeroCodeIsSuccess() {
    assertTrue(
        decode(
                IdcHostingErrors.INSTANCE,
                "/idc/ok",
                Recorded.json(200, "{\"code\":0,\"msg\":\"success\",\"data\":{\"id\":7}}"))
            .isEmpty());
  }

  @Test
  void cbcErrorInsideHttp200IsAnError() {
    HuaweiCbcException e =
        decodeError(
            HuaweiCbcErrors.INSTANCE,
            "/cbc/pay",
            Recorded.json(
                200,
                "{\"error_code\":\"CBC.3155\",\"error_msg\":\"Insufficient enterprise project fund quota, or invalid project.\"}"));
    assertInstanceOf(HuaweiCbcException.Cbc3155.class, e);
    assertInstanceOf(HuaweiCbcException.InsufficientFunds.class, e);
    assertEquals(200, e.httpStatus());
  }

  @Test
  void cbcSuccessCodeIsNotAnError() {
    assertTrue(
        decode(
                HuaweiCbcErrors.INSTANCE,
                "/cbc/customers",
                Recorded.json(
                    200,
                    "{\"error_code\":\"CBC.0000\",\"error_msg\":\"success\",\"customer_id\":\"cb7a\"}"))
            .isEmpty());
    assertTrue(
        decode(
                HuaweiCbcErrors.INSTANCE,
                "/cbc/plain",
                Recorded.json(200, "{\"customer_id\":\"cb7a\"}"))
            .isEmpty());
  }

  @Test
  void cbcRequestIdFromHeader() {
    HuaweiCbcException e =
        decodeError(
            HuaweiCbcErrors.INSTANCE,
            "/cbc/coupons",
            Recorded.json(
                    429,
                    "{\"error_code\":\"CBC.0250\",\"error_msg\":\"Connection request control triggered.\"}")
                .withHeader("X-Request-Id", "5f0c9d7e"));
    assertInstanceOf(HuaweiCbcException.Throttled.class, e);
    assertTrue(e.isRetryable());
    assertEquals(Optional.of("5f0c9d7e"), e.requestId());
  }

  private static final String ENS_SPEC_MESSAGE =
      "The specified field LoadBalancerSpec invalid. Please check it again.";

  @Test
  void ensPatternCodeInJsonYieldsItsArgument() {
    AlibabaEnsException e =
        decodeError(
            AlibabaEnsErrors.INSTANCE,
            "/ens/json",
            Recorded.json(
                400,
                "{\"RequestId\":\"2C8F5E3A\",\"HostId\":\"ens.aliyuncs.com\","
                    + "\"Code\":\"InvalidParameter.LoadBalancerSpec\",\"Message\":\""
                    + ENS_SPEC_MESSAGE
                    + "\","
                    + "\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=InvalidParameter.LoadBalancerSpec\"}"));
    assertEnsLoadBalancerSpec(e, "2C8F5E3A");
  }

  @Test
  void ensPatternCodeInXmlYieldsItsArgument() {
    AlibabaEnsException e =
        decodeError(
            AlibabaEnsErrors.INSTANCE,
            "/ens/xml",
            Recorded.xml(
                400,
                "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n  <RequestId>9D1B7A62</RequestId>\n"
                    + "  <HostId>ens.aliyuncs.com</HostId>\n  <Code>InvalidParameter.LoadBalancerSpec</Code>\n"
                    + "  <Message>"
                    + ENS_SPEC_MESSAGE
                    + "</Message>\n</Error>\n"));
    assertEnsLoadBalancerSpec(e, "9D1B7A62");
  }

  private static void assertEnsLoadBalancerSpec(AlibabaEnsException e, String requestId) {
    assertInstanceOf(AlibabaEnsException.InvalidParameter.class, e);
    assertEquals("InvalidParameter.LoadBalancerSpec", e.code());
    assertEquals(Optional.of(AlibabaEnsErrorCode.INVALID_PARAMETER), e.errorCode());
    assertEquals("LoadBalancerSpec", e.arguments().get(0));
    assertEquals(ENS_SPEC_MESSAGE, e.serverMessage());
    assertEquals(Optional.of(requestId), e.requestId());
    assertEquals(
        Optional.of(AlibabaEnsErrorCode.INVALID_PARAMETER), AlibabaEnsErrorCode.fromCode(e.code()));
  }

  @Test
  void ecsFailedAsyncJobIsAnErrorEvenWithHttp200() {
    String reason = "Insufficient resources for this flavor. Try another flavor.";
    HuaweiEcsException e =
        decodeError(
            HuaweiEcsErrors.INSTANCE,
            "/ecs/jobs/ff80",
            Recorded.json(
                200,
                "{\"status\":\"FAIL\",\"entities\":{\"sub_jobs\":[{\"status\":\"FAIL\","
                    + "\"job_type\":\"createSingleServer\",\"error_code\":\"Ecs.0319\",\"fail_reason\":\""
                    + reason
                    + "\"}]},"
                    + "\"job_id\":\"ff80\",\"job_type\":\"createServer\",\"error_code\":\"Ecs.0319\",\"fail_reason\":\""
                    + reason
                    + "\"}"));
    assertInstanceOf(HuaweiEcsException.Ecs0319.class, e);
    assertEquals(reason, e.serverMessage());
    assertEquals(200, e.httpStatus());
  }

  @Test
  void ecsFailedSubJobAloneNamesTheCode() {
    HuaweiEcsException e =
        decodeError(
            HuaweiEcsErrors.INSTANCE,
            "/ecs/jobs/ff81",
            Recorded.json(
                200,
                "{\"status\":\"FAIL\",\"job_id\":\"ff81\",\"entities\":{\"sub_jobs\":["
                    + "{\"status\":\"SUCCESS\",\"job_type\":\"createSingleServer\"},"
                    + "{\"status\":\"FAIL\",\"job_type\":\"createSingleServer\",\"error_code\":\"Ecs.0013\","
                    + "\"fail_reason\":\"EIP quota\"}]}}"));
    assertInstanceOf(HuaweiEcsException.Ecs0013.class, e);
  }

  @Test
  void ecsJobStillRunningIsNotAnError() {
    assertTrue(
        decode(
                HuaweiEcsErrors.INSTANCE,
                "/ecs/jobs/ff82",
                Recorded.json(200, "{\"status\":\"RUNNING\",\"job_id\":\"ff82\",\"entities\":{}}"))
            .isEmpty());
  }

  @Test
  void apiGatewayErrorIsUnknownToTheEcsTableWithEverythingKept() {
    String body =
        "{\"error_msg\":\"Incorrect IAM authentication information: token expired\","
            + "\"error_code\":\"APIGW.0301\",\"request_id\":\"c8d4f1e2\"}";
    HuaweiEcsException e =
        decodeError(HuaweiEcsErrors.INSTANCE, "/ecs/servers", Recorded.json(401, body));
    assertUnknown(e, "APIGW.0301", 401, body);
    assertEquals(ErrorKind.UNAUTHENTICATED, e.kind());
    assertEquals("Incorrect IAM authentication information: token expired", e.serverMessage());
    assertEquals(Optional.of("c8d4f1e2"), e.requestId());
  }

  // --- what the tables do not list ---

  @Test
  void unknownCodeKeepsCodeStatusAndBody() {
    String body = "{\"error_code\":\"CBC.12345678\",\"error_msg\":\"Something new.\"}";
    HuaweiCbcException e =
        decodeError(HuaweiCbcErrors.INSTANCE, "/cbc/new", Recorded.json(409, body));
    assertUnknown(e, "CBC.12345678", 409, body);
    assertEquals(ErrorKind.CONFLICT, e.kind());
    assertEquals("Something new.", e.serverMessage());
  }

  @Test
  void unknownCodeInHttp200IsStillAnError() {
    String body = "{\"code\":209999,\"msg\":\"新的错误\"}";
    assertUnknown(
        decodeError(IdcHostingErrors.INSTANCE, "/idc/new", Recorded.json(200, body)),
        "209999",
        200,
        body);
  }

  @Test
  void htmlGatewayPageIsUnknownAndRetryable() {
    String body =
        "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body><h1>502 Bad Gateway</h1></body>\r\n</html>\r\n";
    AlibabaEnsException e =
        decodeError(AlibabaEnsErrors.INSTANCE, "/ens/gateway", Recorded.html(502, body));
    assertUnknown(e, "", 502, body);
    assertEquals(ErrorKind.UNAVAILABLE, e.kind());
    assertTrue(e.isRetryable());
  }

  @Test
  void invalidJsonIsUnknownWithBodyKept() {
    String body = "{\"error_code\" CBC.5003, oops";
    assertUnknown(
        decodeError(HuaweiCbcErrors.INSTANCE, "/cbc/broken", Recorded.json(500, body)),
        "",
        500,
        body);
  }

  @Test
  void truncatedJsonKeepsWhatWasReadBeforeTheCut() {
    HuaweiCbcException e =
        decodeError(
            HuaweiCbcErrors.INSTANCE,
            "/cbc/cut",
            Recorded.json(400, "{\"error_code\":\"CBC.5003\",\"error_msg\":\"Insuff"));
    assertInstanceOf(HuaweiCbcException.Cbc5003.class, e);
  }

  @Test
  void emptyBodyWithErrorStatusIsUnknown() {
    assertUnknown(
        decodeError(IdcHostingErrors.INSTANCE, "/idc/empty", Recorded.json(503, "")), "", 503, "");
  }

  private static void assertUnknown(ServiceException e, String code, int status, String body) {
    assertEquals("Unknown", e.getClass().getSimpleName());
    assertEquals(Optional.empty(), e.errorCode());
    assertEquals(code, e.code());
    assertEquals(status, e.httpStatus());
    assertEquals(body, e.rawBody());
    assertEquals(ErrorKind.fromHttpStatus(status), e.kind());
  }

  // --- the generated types themselves ---

  @Test
  void decodersAreFoundByProviderId() {
    assertSame(HuaweiCbcErrors.class, Errata.decoder("huawei-cbc").getClass());
    assertSame(IdcHostingErrors.class, Errata.decoder("idc-hosting").getClass());
    assertSame(AlibabaEnsErrors.class, Errata.decoder("alibaba-ens").getClass());
    assertSame(HuaweiEcsErrors.class, Errata.decoder("huawei-ecs").getClass());
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> Errata.decoder("huawei-cbcx"));
    assertTrue(missing.getMessage().contains("huawei-cbc"), missing.getMessage());
  }

  @Test
  void decoderFoundByIdDecodesLikeTheInstance() {
    String body = "{\"error_code\":\"CBC.5003\",\"error_msg\":\"Insufficient balance.\"}";
    HttpResponse<byte[]> response = local.fetch("/cbc/balance", Recorded.json(400, body));
    ServiceException e =
        Errata.decoder("huawei-cbc").decode(response.statusCode(), response.body()).orElseThrow();
    assertInstanceOf(HuaweiCbcException.Cbc5003.class, e);
  }

  static Stream<Object[]> tableSizes() {
    return Stream.of(
        new Object[] {IdcHostingErrorCode.values(), 73},
        new Object[] {HuaweiCbcErrorCode.values(), 285},
        new Object[] {AlibabaEnsErrorCode.values(), 106},
        new Object[] {HuaweiEcsErrorCode.values(), 201});
  }

  @ParameterizedTest
  @MethodSource("tableSizes")
  void enumHasOneConstantPerDistinctCode(ErrorCode[] codes, int distinct) {
    assertEquals(distinct, codes.length);
    assertEquals(distinct, Stream.of(codes).map(ErrorCode::code).distinct().count());
  }

  @Test
  void fromCodeFindsEveryConstant() {
    for (IdcHostingErrorCode code : IdcHostingErrorCode.values()) {
      assertEquals(Optional.of(code), IdcHostingErrorCode.fromCode(code.code()));
    }
    for (HuaweiCbcErrorCode code : HuaweiCbcErrorCode.values()) {
      assertEquals(Optional.of(code), HuaweiCbcErrorCode.fromCode(code.code()));
    }
    for (AlibabaEnsErrorCode code : AlibabaEnsErrorCode.values()) {
      assertEquals(Optional.of(code), AlibabaEnsErrorCode.fromCode(code.code()));
    }
    for (HuaweiEcsErrorCode code : HuaweiEcsErrorCode.values()) {
      assertEquals(Optional.of(code), HuaweiEcsErrorCode.fromCode(code.code()));
    }
  }
}
