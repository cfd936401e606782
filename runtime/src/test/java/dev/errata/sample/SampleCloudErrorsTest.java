package dev.errata.sample;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.ErrorKind;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The decoder's default methods, through a provider shaped like generated code. */
class SampleCloudErrorsTest {
  private final SampleCloudErrors errors = new SampleCloudErrors();

  @Test
  void cbcErrorAnsweredWith200() {
    SampleCloudException e =
        errors.decode(200, "{\"error_code\":\"CBC.5003\",\"error_msg\":\"余额不足\"}").orElseThrow();
    SampleCloudException.Cbc5003 typed = assertInstanceOf(SampleCloudException.Cbc5003.class, e);
    assertEquals(ErrorKind.INSUFFICIENT_FUNDS, typed.kind());
    assertEquals("CBC.5003", typed.code());
    assertEquals(200, typed.httpStatus());
    assertEquals("余额不足", typed.serverMessage());
    assertEquals(Optional.of(SampleCloudErrorCode.CBC_5003), typed.errorCode());
    assertEquals(
        "CBC.5003 (HTTP 200, INSUFFICIENT_FUNDS): 余额不足 Solution: 余额不足。", typed.getMessage());
  }

  @Test
  void successCodeAndPlainSuccess() {
    assertEquals(
        Optional.empty(),
        errors.decode(200, "{\"error_code\":\"CBC.0000\",\"error_msg\":\"Success.\"}"));
    assertEquals(Optional.empty(), errors.decode(200, "{\"orders\":[]}"));
    assertEquals(Optional.empty(), errors.decode(204, (byte[]) null));
  }

  @Test
  void patternCodeGivesItsArguments() {
    String body =
        "{\"RequestId\":\"R-1\",\"HostId\":\"ens.aliyuncs.com\",\"Code\":\"InvalidParameter.LoadBalancerSpec\","
            + "\"Message\":\"The specified parameter LoadBalancerSpec is not valid.\",\"Recommend\":\"https://x\"}";
    SampleCloudException e = errors.decode(400, body).orElseThrow();
    assertInstanceOf(SampleCloudException.InvalidParameter.class, e);
    assertEquals("InvalidParameter.LoadBalancerSpec", e.code());
    assertEquals(List.of("LoadBalancerSpec"), e.arguments());
    assertEquals(Optional.of("R-1"), e.requestId());
  }

  @Test
  void numericCode() {
    SampleCloudException e =
        errors.decode(200, "{\"code\":201042,\"msg\":\"续费失败，余额不足\"}".getBytes(UTF_8)).orElseThrow();
    assertInstanceOf(SampleCloudException.Code201042.class, e);
  }

  @Test
  void unknownCodeAndNoCode() {
    SampleCloudException unknown =
        errors.decode(409, "{\"error\":{\"code\":\"Ecs.9999\",\"message\":\"new\"}}").orElseThrow();
    assertInstanceOf(SampleCloudException.Unknown.class, unknown);
    assertEquals(ErrorKind.CONFLICT, unknown.kind());
    assertEquals("Ecs.9999", unknown.code());
    SampleCloudException none = errors.decode(503, "<html>busy</html>").orElseThrow();
    assertInstanceOf(SampleCloudException.Unknown.class, none);
    assertEquals("", none.code());
    assertEquals("<html>busy</html>", none.rawBody());
    assertTrue(none.isRetryable());
  }

  @Test
  void headersStreamAndParsed() {
    Map<String, List<String>> headers = Map.of("X-Request-Id", List.of("hdr-1"));
    SampleCloudException fromStream =
        errors
            .decode(
                400,
                headers,
                new ByteArrayInputStream(
                    "{\"error\":{\"code\":\"Ecs.0005\",\"message\":\"m\"}}".getBytes(UTF_8)))
            .orElseThrow();
    assertInstanceOf(SampleCloudException.Ecs0005.class, fromStream);
    assertEquals(Optional.of("hdr-1"), fromStream.requestId());
    assertInstanceOf(
        SampleCloudException.Cbc5003.class,
        errors.decodeParsed(200, "CBC.5003", "m").orElseThrow());
    assertFalse(errors.decodeParsed(200, "CBC.0000", "ok").isPresent());
  }

  @Test
  void throwIfErrorLetsCallersCatchTheType() {
    assertThrows(
        SampleCloudException.InsufficientFunds.class,
        () -> errors.throwIfError(200, "{\"error_code\":\"CBC.5003\"}"));
    errors.throwIfError(200, "{\"error_code\":\"CBC.0000\"}");
  }

  @Test
  void codeInAnotherCaseFindsItsEntryAndIsKeptAsReceived() {
    SampleCloudException e = errors.decode(400, "{\"error_code\":\"cbc.5003\"}").orElseThrow();
    assertInstanceOf(SampleCloudException.Cbc5003.class, e);
    assertEquals("cbc.5003", e.code());
    assertEquals(Optional.of(SampleCloudErrorCode.CBC_5003), e.errorCode());
    SampleCloudException pattern =
        errors.decode(400, "{\"Code\":\"invalidparameter.Spec\"}").orElseThrow();
    assertInstanceOf(SampleCloudException.InvalidParameter.class, pattern);
    assertEquals("invalidparameter.Spec", pattern.code());
  }

  @Test
  void classifyReturnsTheConstantAndWhatWasRead() {
    byte[] body = "{\"error_code\":\"CBC.5003\",\"error_msg\":\"余额不足\"}".getBytes(UTF_8);
    dev.errata.Classification error =
        errors.classify(200, Map.of("X-Request-Id", List.of("r-9")), body);
    assertTrue(error.isError());
    assertEquals(SampleCloudErrorCode.CBC_5003, error.errorCode());
    assertEquals(ErrorKind.INSUFFICIENT_FUNDS, error.kind());
    assertEquals("CBC.5003", error.response().code());
    assertEquals("余额不足", error.response().message());
    assertEquals("r-9", error.response().requestId());
    assertFalse(error.isRetryable());
  }

  @Test
  void classifyAnUnknownCodeAndASuccess() {
    dev.errata.Classification unknown =
        errors.classify(503, Map.of(), "{\"error_code\":\"CBC.9\"}".getBytes(UTF_8));
    assertTrue(unknown.isError());
    assertEquals(null, unknown.errorCode());
    assertEquals(
        ErrorKind.UNAVAILABLE, unknown.kind(), "the status's kind, as for the Unknown exception");
    assertTrue(unknown.isRetryable());
    dev.errata.Classification success =
        errors.classify(200, Map.of(), "{\"error_code\":\"CBC.0000\"}".getBytes(UTF_8));
    assertFalse(success.isError());
    assertEquals(null, success.errorCode());
    assertEquals(null, success.kind());
    assertFalse(success.isRetryable());
  }

  @Test
  void classifyAgreesWithDecode() {
    for (String body :
        List.of(
            "{\"Code\":\"Ecs.0005\"}",
            "{\"code\":201042}",
            "{\"Code\":\"InvalidParameter.X\"}",
            "<html>")) {
      SampleCloudException decoded = errors.decode(400, body).orElseThrow();
      dev.errata.Classification classified = errors.classify(400, Map.of(), body.getBytes(UTF_8));
      assertEquals(decoded.errorCode().orElse(null), classified.errorCode(), body);
      assertEquals(decoded.kind(), classified.kind(), body);
      assertEquals(decoded.response(), classified.response(), body);
    }
  }

  @Test
  void throwIfErrorAndDecodeKeepTheirStackTraces() {
    SampleCloudException thrown =
        assertThrows(
            SampleCloudException.class,
            () -> errors.throwIfError(400, "{\"error_code\":\"CBC.5003\"}"));
    assertTrue(thrown.getStackTrace().length > 0);
    assertEquals(
        "SampleCloudErrorsTest.java",
        java.util.Arrays.stream(thrown.getStackTrace())
            .filter(frame -> frame.getClassName().endsWith("SampleCloudErrorsTest"))
            .findFirst()
            .orElseThrow()
            .getFileName());
    assertTrue(errors.decode(400, "{}").orElseThrow().getStackTrace().length > 0);
  }
}
