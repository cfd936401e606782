package dev.errata;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ResponseReaderTest {
  private static final ResponseReader CBC =
      ResponseReader.builder().successCodes("CBC.0000").build();
  private static final ResponseReader AUTO = ResponseReader.autoDetect();

  private static ErrorResponse read(ResponseReader reader, int status, String body) {
    return reader.read(status, Map.of(), body.getBytes(UTF_8));
  }

  private static void assertRead(
      ErrorResponse response, boolean error, String code, String message, String requestId) {
    assertEquals(error, response.isError(), () -> "error? " + response);
    assertEquals(code, response.code(), "code");
    assertEquals(message, response.message(), "message");
    assertEquals(requestId, response.requestId(), "request id");
  }

  @Nested
  class ProviderBodies {
    @Test
    void idcNumericCodeWithHttp200() {
      String body = "{\"code\":201042,\"msg\":\"续费失败，余额不足\"}";
      ErrorResponse response = read(AUTO, 200, body);
      assertRead(response, true, "201042", "续费失败，余额不足", null);
      assertEquals(200, response.status());
      assertEquals(body, response.body());
    }

    @Test
    void idcSuccessEnvelope() {
      assertRead(
          read(AUTO, 200, "{\"code\":0,\"msg\":\"ok\",\"data\":{\"code\":5}}"),
          false,
          "0",
          "ok",
          null);
    }

    @Test
    void cbcErrorWithHttp200() {
      String body = "{\"error_code\": \"CBC.5003\", \"error_msg\": \"Insufficient balance.\"}";
      assertRead(read(CBC, 200, body), true, "CBC.5003", "Insufficient balance.", null);
    }

    @Test
    void cbcSuccessCodeIsNotAnError() {
      String body = "{\"error_code\": \"CBC.0000\", \"error_msg\": \"Success.\"}";
      assertRead(read(CBC, 200, body), false, "CBC.0000", "Success.", null);
      assertTrue(read(AUTO, 200, body).isError(), "CBC.0000 is success only when configured");
    }

    @Test
    void cbcErrorWithHttp403() {
      String body = "{\"error_code\":\"CBC.0156\",\"error_msg\":\"Access denied.\"}";
      assertRead(read(CBC, 403, body), true, "CBC.0156", "Access denied.", null);
    }

    @Test
    void ensJson() {
      String body =
          "{\"RequestId\":\"1ECC937A-AE0E-4626-BE51-DED1D6D1C888\",\"HostId\":\"ens.aliyuncs.com\","
              + "\"Code\":\"InvalidParameter.LoadBalancerSpec\",\"Message\":\"The specified parameter"
              + " LoadBalancerSpec is not valid.\",\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=x\"}";
      assertRead(
          read(AUTO, 400, body),
          true,
          "InvalidParameter.LoadBalancerSpec",
          "The specified parameter LoadBalancerSpec is not valid.",
          "1ECC937A-AE0E-4626-BE51-DED1D6D1C888");
    }

    @Test
    void ensXml() {
      String body =
          "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n"
              + "  <RequestId>1ECC937A-AE0E-4626-BE51-DED1D6D1C888</RequestId>\n"
              + "  <HostId>ens.aliyuncs.com</HostId>\n"
              + "  <Code>InvalidParameter.LoadBalancerSpec</Code>\n"
              + "  <Message>The specified parameter &quot;LoadBalancerSpec&quot; is not valid &amp; ignored.</Message>\n"
              + "  <Recommend><![CDATA[https://api.aliyun.com/troubleshoot?q=InvalidParameter&product=Ens]]></Recommend>\n"
              + "</Error>";
      assertRead(
          read(AUTO, 400, body),
          true,
          "InvalidParameter.LoadBalancerSpec",
          "The specified parameter \"LoadBalancerSpec\" is not valid & ignored.",
          "1ECC937A-AE0E-4626-BE51-DED1D6D1C888");
    }

    @Test
    void xmlWithNamespaceAndWrapper() {
      String body =
          "<ErrorResponse xmlns=\"http://ens.aliyuncs.com/doc/2017-11-10/\">"
              + "<Error><Type>Sender</Type><Code>Throttling.User</Code><Message>Request was denied.</Message></Error>"
              + "<RequestId>req-9</RequestId></ErrorResponse>";
      assertRead(read(AUTO, 503, body), true, "Throttling.User", "Request was denied.", "req-9");
    }

    @Test
    void xmlErrorsListUnderResponse() {
      String body =
          "<Response><Errors><Error><Code>InvalidInstanceID.Malformed</Code>"
              + "<Message>Invalid id</Message></Error></Errors><RequestID>ea966190</RequestID></Response>";
      assertRead(
          read(AUTO, 400, body), true, "InvalidInstanceID.Malformed", "Invalid id", "ea966190");
    }

    @Test
    void xmlRootCarryingCodeWithPrefixedNamespace() {
      String body =
          "<ns:Result xmlns:ns=\"urn:x\"><ns:Code>Forbidden.RAM</ns:Code><ns:Message>no</ns:Message></ns:Result>";
      assertRead(read(AUTO, 200, body), true, "Forbidden.RAM", "no", null);
    }

    @Test
    void xmlSuccessWithoutCode() {
      String body =
          "<CreateLoadBalancerResponse><RequestId>r1</RequestId>"
              + "<LoadBalancerId>lb-5q73cv04zeyh4</LoadBalancerId></CreateLoadBalancerResponse>";
      assertRead(read(AUTO, 200, body), false, null, null, "r1");
    }

    @Test
    void ecsNestedError() {
      String body =
          "{\"error\": {\"code\": \"Ecs.0005\", \"message\": \"Invalid parameter values.\"}}";
      assertRead(read(AUTO, 400, body), true, "Ecs.0005", "Invalid parameter values.", null);
    }

    @Test
    void ecsNestedErrorDetailsOnlyWhenTheTopHasNoCode() {
      String details =
          "{\"error\":{\"message\":\"Batch operation failed.\",\"details\":"
              + "[{\"code\":\"Ecs.0005\",\"message\":\"bad flavor\"},{\"code\":\"Ecs.0001\",\"message\":\"quota\"}]}}";
      assertRead(read(AUTO, 400, details), true, "Ecs.0005", "bad flavor", null);
      String both =
          "{\"error\":{\"code\":\"Ecs.0611\",\"message\":\"Batch operation failed.\",\"details\":"
              + "[{\"code\":\"Ecs.0005\",\"message\":\"bad flavor\"}]}}";
      assertRead(read(AUTO, 400, both), true, "Ecs.0611", "Batch operation failed.", null);
    }

    @Test
    void ecsFailedJob() {
      String body =
          "{\"status\":\"FAIL\",\"entities\":{\"sub_jobs_total\":1,\"sub_jobs\":[]},"
              + "\"job_id\":\"ff80808288d41e1b018990260955686a\",\"job_type\":\"createServer\","
              + "\"begin_time\":\"2023-07-18T11:34:29.844Z\",\"end_time\":\"2023-07-18T11:34:49.844Z\","
              + "\"error_code\":\"Ecs.0005\",\"fail_reason\":\"Invalid parameter values.\"}";
      assertRead(read(AUTO, 200, body), true, "Ecs.0005", "Invalid parameter values.", null);
    }

    @Test
    void ecsFailedJobCarriesTheCodeOfItsFirstFailedSubJob() {
      String body =
          "{\"status\":\"FAIL\",\"job_id\":\"j1\",\"entities\":{\"sub_jobs\":["
              + "{\"status\":\"SUCCESS\",\"job_id\":\"s1\",\"error_code\":null,\"fail_reason\":null},"
              + "{\"job_id\":\"s2\",\"error_code\":\"Ecs.0001\",\"fail_reason\":\"quota\",\"status\":\"FAIL\","
              + "\"entities\":{\"server_id\":\"x\"}},"
              + "{\"status\":\"FAIL\",\"error_code\":\"Ecs.0002\",\"fail_reason\":\"later\"}]},"
              + "\"error_code\":null,\"fail_reason\":null}";
      assertRead(read(AUTO, 200, body), true, "Ecs.0001", "quota", null);
    }

    @ParameterizedTest
    @ValueSource(strings = {"SUCCESS", "RUNNING", "INIT", "success"})
    void unfinishedOrSuccessfulJobsAreNotErrors(String status) {
      String body =
          "{\"status\":\""
              + status
              + "\",\"job_id\":\"j1\",\"entities\":{\"sub_jobs\":["
              + "{\"status\":\"FAIL\",\"error_code\":\"Ecs.0001\",\"fail_reason\":\"quota\"}]},"
              + "\"error_code\":\"Ecs.0005\",\"fail_reason\":\"x\"}";
      assertFalse(read(AUTO, 200, body).isError());
      assertTrue(read(AUTO, 400, body).isError(), "a status of 400 or more is always an error");
    }

    @Test
    void failedJobWithoutAnyCodeIsAnErrorWithoutCode() {
      assertRead(read(AUTO, 200, "{\"status\":\"FAIL\",\"job_id\":\"j\"}"), true, null, null, null);
      assertRead(
          read(AUTO, 200, "{\"entities\":{},\"status\":\"FAILED\"}"), true, null, null, null);
    }

    @Test
    void aStatusWithoutJobPropertiesIsAResourceState() {
      assertRead(
          read(AUTO, 200, "{\"id\":\"vol-1\",\"status\":\"ERROR\"}"), false, null, null, null);
      assertRead(read(AUTO, 200, "{\"status\":\"FAIL\"}"), false, null, null, null);
      assertTrue(read(AUTO, 200, "{\"status\":\"SUCCESS\",\"code\":\"E1\"}").isError());
    }

    @Test
    void apiGateway() {
      String body =
          "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"Incorrect IAM authentication information.\","
              + "\"request_id\":\"c4b0b4cd5a01e1e0b0e0c8e8f5d1f7b1\"}";
      assertRead(
          read(AUTO, 401, body),
          true,
          "APIGW.0301",
          "Incorrect IAM authentication information.",
          "c4b0b4cd5a01e1e0b0e0c8e8f5d1f7b1");
    }

    @Test
    void responseErrorCode() {
      String body =
          "{\"Response\":{\"Error\":{\"Code\":\"AuthFailure.SignatureFailure\","
              + "\"Message\":\"The provided credentials could not be validated.\"},\"RequestId\":\"ed93f3cb\"}}";
      assertRead(
          read(AUTO, 200, body),
          true,
          "AuthFailure.SignatureFailure",
          "The provided credentials could not be validated.",
          "ed93f3cb");
    }

    @Test
    void typeWithNamespacePrefix() {
      String body =
          "{\"__type\":\"com.amazonaws.dynamodb.v20120810#ResourceNotFoundException\","
              + "\"message\":\"Requested resource not found\"}";
      assertRead(
          read(AUTO, 400, body),
          true,
          "ResourceNotFoundException",
          "Requested resource not found",
          null);
      assertEquals(
          "ValidationException",
          read(AUTO, 400, "{\"__type\":\"ValidationException:http://internal.amazon.com/coral/\"}")
              .code());
    }

    @Test
    void errorObjectInJson() {
      String body =
          "{\"Error\":{\"Code\":\"NoSuchKey\",\"Message\":\"The key does not exist.\",\"RequestId\":\"r7\"}}";
      assertRead(read(AUTO, 404, body), true, "NoSuchKey", "The key does not exist.", "r7");
    }

    @Test
    void stringCodeWithMessage() {
      assertRead(
          read(AUTO, 200, "{\"code\":\"E1001\",\"message\":\"bad\"}"), true, "E1001", "bad", null);
    }

    @Test
    void errcodeErrmsg() {
      assertRead(
          read(AUTO, 200, "{\"errcode\":40013,\"errmsg\":\"invalid appid\"}"),
          true,
          "40013",
          "invalid appid",
          null);
      assertFalse(read(AUTO, 200, "{\"errcode\":0,\"errmsg\":\"ok\"}").isError());
    }
  }

  @Nested
  class SuccessRules {
    @ParameterizedTest
    @ValueSource(
        strings = {
          "0",
          "\"0\"",
          "\"0000\"",
          "200",
          "\"200\"",
          "\"OK\"",
          "\"ok\"",
          "\"Success\"",
          "\"SUCCESS\""
        })
    void conventionalSuccessCodesWith2xx(String code) {
      ErrorResponse response = read(AUTO, 200, "{\"code\":" + code + ",\"msg\":\"done\"}");
      assertFalse(response.isError(), response::toString);
      assertEquals("done", response.message());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {"1", "\"-1\"", "\"201\"", "\"Succeeded.Partially\"", "\"0.1\"", "\"OK1\""})
    void otherCodesWith2xxAreErrors(String code) {
      assertTrue(read(AUTO, 200, "{\"code\":" + code + "}").isError());
    }

    @Test
    void conventionalSuccessCodesAreErrorsWith4xx() {
      assertRead(read(AUTO, 500, "{\"code\":0,\"msg\":\"ok\"}"), true, "0", "ok", null);
    }

    @Test
    void conventionalSuccessCodesCanBeSwitchedOff() {
      ResponseReader strict = ResponseReader.builder().conventionalSuccessCodes(false).build();
      assertTrue(read(strict, 200, "{\"code\":0}").isError());
      assertTrue(read(strict, 200, "{\"Code\":\"OK\"}").isError());
    }

    @Test
    void twoHundredWithoutCodeIsSuccess() {
      assertRead(
          read(AUTO, 200, "{\"servers\":[{\"id\":\"1\",\"code\":\"inner\"}]}"),
          false,
          null,
          null,
          null);
      assertFalse(read(AUTO, 204, "").isError());
      assertFalse(read(AUTO, 304, "").isError());
    }

    @Test
    void fourHundredWithoutCodeIsAnErrorWithoutCode() {
      assertRead(read(AUTO, 502, "<html><body>Bad Gateway</body></html>"), true, null, null, null);
      assertRead(read(AUTO, 404, ""), true, null, null, null);
      assertRead(
          read(AUTO, 500, "{\"message\":\"Internal server error\"}"),
          true,
          null,
          "Internal server error",
          null);
    }

    @Test
    void statusesAbove599AreErrors() {
      assertTrue(read(AUTO, 600, "{\"code\":0}").isError());
    }

    @Test
    void fromParsed() {
      assertRead(
          CBC.fromParsed(200, "CBC.5003", "Insufficient balance."),
          true,
          "CBC.5003",
          "Insufficient balance.",
          null);
      assertRead(CBC.fromParsed(200, "CBC.0000", "Success."), false, "CBC.0000", "Success.", null);
      assertRead(CBC.fromParsed(200, " ", ""), false, null, null, null);
      assertRead(CBC.fromParsed(400, null, null), true, null, null, null);
      assertRead(CBC.fromParsed(0, "CBC.0000", null), false, "CBC.0000", null, null);
      assertRead(CBC.fromParsed(0, null, null), true, null, null, null);
      assertRead(CBC.fromParsed(-1, " Ecs.0005 ", "m", " r1 "), true, "Ecs.0005", "m", "r1");
      assertEquals("", CBC.fromParsed(400, "X", "y").body());
    }
  }

  @Nested
  class Pointers {
    @Test
    void explicitPointersOnly() {
      ResponseReader reader =
          ResponseReader.builder()
              .codePointer("/result/err/no")
              .messagePointer("/result/err/text")
              .requestIdPointer("/meta/trace")
              .build();
      String body =
          "{\"code\":\"ignored\",\"meta\":{\"trace\":\"t-1\"},\"result\":{\"err\":{\"no\":17,\"text\":\"broken\"}}}";
      assertRead(read(reader, 200, body), true, "17", "broken", "t-1");
      assertRead(
          read(reader, 200, "{\"code\":\"E1\",\"error_code\":\"E2\"}"), false, null, null, null);
    }

    @Test
    void messageNextToTheCode() {
      ResponseReader reader = ResponseReader.builder().codePointer("/data/error/id").build();
      assertRead(
          read(
              reader,
              400,
              "{\"data\":{\"error\":{\"msg\":\"m\",\"id\":\"X\"}},\"request_id\":\"r\"}"),
          true,
          "X",
          "m",
          "r");
    }

    @Test
    void arrayIndexAndEscapedSegments() {
      ResponseReader reader =
          ResponseReader.builder()
              .codePointer("/errors/1/a~1b")
              .messagePointer("/errors/1/m~0n")
              .build();
      String body =
          "{\"errors\":[{\"a/b\":\"first\"},{\"m~n\":\"second message\",\"a/b\":\"SECOND\"}]}";
      assertRead(read(reader, 400, body), true, "SECOND", "second message", null);
    }

    @Test
    void numericSegmentAlsoMatchesAPropertyName() {
      ResponseReader reader = ResponseReader.builder().codePointer("/r/0").build();
      assertEquals("P", read(reader, 400, "{\"r\":{\"0\":\"P\"}}").code());
      assertEquals("E", read(reader, 400, "{\"r\":[\"E\"]}").code());
    }

    @Test
    void configuredMessageWithDetectedCode() {
      ResponseReader reader = ResponseReader.builder().messagePointer("/detail").build();
      assertRead(
          read(reader, 400, "{\"error_msg\":\"short\",\"error_code\":\"E\",\"detail\":\"long\"}"),
          true,
          "E",
          "long",
          null);
    }

    @Test
    void configuredRequestIdPointerReplacesDetection() {
      ResponseReader reader = ResponseReader.builder().requestIdPointer("/trace").build();
      assertEquals(
          "t",
          read(reader, 400, "{\"request_id\":\"no\",\"trace\":\"t\",\"error_code\":\"E\"}")
              .requestId());
    }

    @Test
    void badPointersFailAtBuildTime() {
      assertThrows(
          IllegalArgumentException.class,
          () -> ResponseReader.builder().codePointer("error/code").build());
      assertThrows(
          IllegalArgumentException.class, () -> ResponseReader.builder().maxBodyBytes(-1).build());
      for (String bad : List.of("/a~2", "/a~", "/~x/b")) {
        assertThrows(
            IllegalArgumentException.class,
            () -> ResponseReader.builder().messagePointer(bad).build(),
            bad);
      }
    }

    @Test
    void escapedPointerSegmentsFindTheirFields() {
      ResponseReader reader = ResponseReader.builder().codePointer("/a~1b/c~0d").build();
      assertEquals("E", read(reader, 400, "{\"a/b\":{\"c~d\":\"E\"}}").code());
    }
  }

  @Nested
  class Headers {
    @Test
    void requestIdFromHeadersInAnyCase() {
      ErrorResponse response =
          AUTO.read(400, Map.of("x-request-id", List.of("abc")), "{}".getBytes(UTF_8));
      assertEquals("abc", response.requestId());
      response = AUTO.read(400, Map.of("X-ACS-REQUEST-ID", List.of("", "ali")), new byte[0]);
      assertEquals("ali", response.requestId());
      response = AUTO.read(400, Map.of("X-Amzn-Requestid", List.of("aws")), new byte[0]);
      assertEquals("aws", response.requestId());
    }

    @Test
    void bodyRequestIdWinsOverHeaders() {
      ErrorResponse response =
          AUTO.read(
              400,
              Map.of("X-Request-Id", List.of("header")),
              "{\"error_code\":\"E\",\"request_id\":\"body\"}".getBytes(UTF_8));
      assertEquals("body", response.requestId());
    }

    @Test
    void headerRankDecidesAmongSeveral() {
      Map<String, List<String>> headers = new TreeMap<>();
      headers.put("x-ms-request-id", List.of("azure"));
      headers.put("X-Openstack-Request-Id", List.of("openstack"));
      headers.put("X-Request-Id", List.of("huawei"));
      assertEquals("huawei", AUTO.read(500, headers, new byte[0]).requestId());
      headers.remove("X-Request-Id");
      assertEquals("openstack", AUTO.read(500, headers, new byte[0]).requestId());
      ResponseReader custom = ResponseReader.builder().requestIdHeaders("x-ms-request-id").build();
      assertEquals("azure", custom.read(500, headers, new byte[0]).requestId());
    }

    @Test
    void nullKeysValuesAndMaps() {
      Map<String, List<String>> headers = new java.util.HashMap<>();
      headers.put(null, List.of("HTTP/1.1 400 Bad Request"));
      headers.put("X-Request-Id", null);
      headers.put("Content-Type", java.util.Arrays.asList((String) null));
      assertRead(
          AUTO.read(400, headers, "{\"Code\":\"C\"}".getBytes(UTF_8)), true, "C", null, null);
      assertRead(AUTO.read(400, null, (byte[]) null), true, null, null, null);
    }

    @Test
    void charsetFromContentType() {
      Charset gbk = Charset.forName("GBK");
      byte[] body = "{\"code\":201042,\"msg\":\"续费失败，余额不足\"}".getBytes(gbk);
      ErrorResponse response =
          AUTO.read(
              200, Map.of("Content-Type", List.of("application/json; charset=\"GBK\"")), body);
      assertEquals("续费失败，余额不足", response.message());
      ErrorResponse unknown =
          AUTO.read(200, Map.of("Content-Type", List.of("application/json; charset=nope!")), body);
      assertEquals("201042", unknown.code(), "an unknown charset falls back to UTF-8");
    }
  }

  @Nested
  class Limits {
    @Test
    void readsAndKeepsAtMostTheLimit() {
      ResponseReader small = ResponseReader.builder().maxBodyBytes(40).build();
      String body = "{\"error_code\":\"E1\",\"error_msg\":\"" + "x".repeat(100) + "\"}";
      ErrorResponse response = read(small, 400, body);
      assertEquals(body.substring(0, 40), response.body());
      assertEquals("E1", response.code());
      assertNull(response.message(), "the message is cut off: not reported half");
    }

    @Test
    void aMessageCutOffGivesWayToTheTopLevelMessage() {
      String body =
          "{\"message\":\"top\",\"error\":{\"code\":\"E\",\"message\":\"" + "x".repeat(99);
      ResponseReader small = ResponseReader.builder().maxBodyBytes(body.length() - 50).build();
      assertRead(read(small, 400, body + "\"}}"), true, "E", "top", null);
      assertRead(read(AUTO, 400, body + "\"}}"), true, "E", "x".repeat(99), null);
      assertRead(read(AUTO, 400, body + "\""), true, "E", "x".repeat(99), null);
      assertRead(read(AUTO, 400, body + "\"]"), true, "E", "x".repeat(99), null);
    }

    @Test
    void aMessageCutOffAfterEverythingElseIsKnownIsNotReported() {
      String body = "{\"request_id\":\"r\",\"error_code\":\"E\",\"error_msg\":\"" + "x".repeat(99);
      ResponseReader small = ResponseReader.builder().maxBodyBytes(body.length() - 50).build();
      assertRead(read(small, 400, body + "\"}"), true, "E", null, "r");
      assertRead(read(small, 400, body), true, "E", null, "r");
      assertRead(read(AUTO, 400, body), true, "E", null, "r");
      assertRead(read(AUTO, 400, body + "\""), true, "E", "x".repeat(99), "r");
    }

    @Test
    void messagesThatOpenWithSpaceOrAnEscapeAreReadWhole() {
      assertRead(read(AUTO, 400, "{\"code\":\"E\",\"msg\":\"  \\t \"}"), true, "E", null, null);
      assertRead(read(AUTO, 400, "{\"code\":\"E\",\"msg\":\" a\"}"), true, "E", " a", null);
      assertRead(read(AUTO, 400, "{\"code\":\"E\",\"msg\":\"\\u0020\"}"), true, "E", null, null);
      assertRead(
          read(AUTO, 400, "{\"code\":\"E\",\"msg\":\"\\\"q\\\"\"}"), true, "E", "\"q\"", null);
      assertRead(read(AUTO, 400, "{\"code\":\"E\",\"msg\":\"\u3000\"}"), true, "E", null, null);
      assertRead(read(AUTO, 400, "{\"code\":\"E\",\"msg\":\"\"}"), true, "E", null, null);
    }

    @Test
    void aCharacterCutByTheLimitIsDropped() {
      ResponseReader small = ResponseReader.builder().maxBodyBytes(10).build();
      ErrorResponse response = read(small, 400, "{\"m\":\"余额不足\"}");
      assertEquals(
          "{\"m\":\"余", response.body()); // 9 bytes: the second character would need 3 more
    }

    @Test
    void streamIsReadUpToTheLimitAndLeftOpen() {
      ResponseReader reader = ResponseReader.builder().maxBodyBytes(1000).build();
      byte[] body =
          ("{\"error_code\":\"E\"," + "\"pad\":\"" + "p".repeat(5000) + "\"}").getBytes(UTF_8);
      ByteArrayInputStream in = new ByteArrayInputStream(body);
      ErrorResponse response = reader.read(400, Map.of(), in);
      assertEquals("E", response.code());
      assertEquals(1000, response.body().length());
      assertEquals(body.length - 1000, in.available(), "not one byte past the limit");
    }

    @Test
    void zeroLimitReadsNothing() {
      ResponseReader none = ResponseReader.builder().maxBodyBytes(0).build();
      assertRead(read(none, 200, "{\"code\":5}"), false, null, null, null);
      assertRead(
          none.read(500, Map.of(), new ByteArrayInputStream(new byte[10])), true, null, null, null);
    }
  }

  @Nested
  class Semantics {
    @Test
    void topLevelArrayOfErrorObjectsIsAnErrorAt200() {
      String body =
          "[{\"error_code\":\"CBC.5003\",\"error_msg\":\"Insufficient balance.\"},{\"error_code\":\"X\"}]";
      ErrorResponse response = read(CBC, 200, body);
      assertRead(response, true, "CBC.5003", "Insufficient balance.", null);
      assertEquals(body, response.body());
      assertRead(read(AUTO, 400, "[{\"code\":\"Ecs.0005\"}]"), true, "Ecs.0005", null, null);
      assertRead(
          read(AUTO, 200, "[{\"error\":{\"code\":\"E\",\"message\":\"m\"}}]"),
          true,
          "E",
          "m",
          null);
    }

    @Test
    void topLevelArrayOfResourcesIsNoErrorAt200() {
      assertRead(
          read(AUTO, 200, "[{\"code\":\"cn-north-1\",\"name\":\"Beijing\"}]"),
          false,
          null,
          null,
          null);
      assertRead(
          read(AUTO, 400, "[{\"code\":\"cn-north-1\",\"name\":\"Beijing\"}]"),
          true,
          "cn-north-1",
          null,
          null);
      assertRead(read(AUTO, 200, "[]"), false, null, null, null);
      assertRead(
          read(AUTO, 200, "[1,2,{\"code\":\"E\",\"message\":\"m\"}]"), false, null, null, null);
    }

    @Test
    void anErrorObjectOutranksAFlatSuccessCode() {
      assertRead(
          read(CBC, 200, "{\"error\":{\"code\":\"X\"},\"error_code\":\"CBC.0000\"}"),
          true,
          "X",
          null,
          null);
      assertRead(
          read(
              CBC,
              200,
              "{\"error_code\":\"CBC.0000\",\"Error\":{\"Code\":\"Y\",\"Message\":\"m\"}}"),
          true,
          "Y",
          "m",
          null);
      assertRead(
          read(AUTO, 200, "{\"code\":0,\"Response\":{\"Error\":{\"Code\":\"Z\"}}}"),
          true,
          "Z",
          null,
          null);
      assertRead(
          read(
              CBC,
              200,
              "{\"error_code\":\"CBC.0000\",\"error_msg\":\"ok\",\"error\":{\"code\":\"0\"}}"),
          false,
          "CBC.0000",
          "ok",
          null);
      assertRead(
          read(CBC, 200, "{\"error_code\":\"CBC.5003\",\"error\":{\"code\":\"X\"}}"),
          true,
          "CBC.5003",
          null,
          null);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "\u00a0",
          "\u200b",
          "\u200c",
          "\u200d",
          "\u2060",
          "\ufeff",
          "\u202f",
          "\u2007",
          " \u00a0\u3000"
        })
    void invisibleCharactersAroundACodeAreStripped(String invisible) {
      String body =
          "{\"error_code\":\""
              + invisible
              + "CBC.5003"
              + invisible
              + "\",\"request_id\":\""
              + invisible
              + "r-1"
              + invisible
              + "\"}";
      assertRead(read(CBC, 200, body), true, "CBC.5003", null, "r-1");
      assertRead(
          read(CBC, 200, "{\"error_code\":\"CBC.0000" + invisible + "\"}"),
          false,
          "CBC.0000",
          null,
          null);
      assertRead(read(AUTO, 200, "{\"code\":\"" + invisible + "\"}"), false, null, null, null);
      assertEquals("E", CBC.fromParsed(400, invisible + "E" + invisible, "m").code());
    }

    @Test
    void invisibleCharactersInsideACodeStay() {
      assertEquals("CBC.\u200b5003", read(CBC, 400, "{\"error_code\":\"CBC.\u200b5003\"}").code());
    }
  }

  @Nested
  class HeaderLimits {
    @Test
    void aHugeRequestIdHeaderIsCutAtTheHeaderLimit() {
      String huge = "r".repeat(50 * 1024 * 1024);
      ErrorResponse response =
          AUTO.read(400, Map.of("X-Request-Id", List.of(huge)), "{}".getBytes(UTF_8));
      assertEquals("r".repeat(ResponseReader.MAX_HEADER_CHARS), response.requestId());
    }

    @Test
    void aBlankHeaderLongerThanTheLimitGivesNoRequestId() {
      String blank = " ".repeat(ResponseReader.MAX_HEADER_CHARS) + "late";
      ErrorResponse response =
          AUTO.read(400, Map.of("X-Request-Id", List.of(blank)), "{}".getBytes(UTF_8));
      assertNull(
          response.requestId(),
          "only the first " + ResponseReader.MAX_HEADER_CHARS + " characters are read");
    }

    @Test
    void onlyTheStartOfAHugeContentTypeIsRead() {
      byte[] body = "{\"code\":201042,\"msg\":\"余额不足\"}".getBytes(Charset.forName("GBK"));
      String padding = ";x=" + "y".repeat(10 * 1024 * 1024);
      ErrorResponse early =
          AUTO.read(
              200,
              Map.of("Content-Type", List.of("application/json; charset=GBK" + padding)),
              body);
      assertEquals("余额不足", early.message());
      ErrorResponse late =
          AUTO.read(
              200,
              Map.of("Content-Type", List.of("application/json" + padding + "; charset=GBK")),
              body);
      assertEquals("201042", late.code());
      assertFalse(
          "余额不足".equals(late.message()), "a charset past the header limit is not read: UTF-8");
    }
  }

  @Nested
  class MessagesDecodedWhenAskedFor {
    @Test
    void escapesAreDecoded() {
      ErrorResponse response =
          read(AUTO, 400, "{\"code\":\"X\",\"message\":\"a \\\"quoted\\\" \\u00e9\\nword\"}");
      assertRead(response, true, "X", "a \"quoted\" \u00e9\nword", null);
    }

    @Test
    void aNumberIsAMessageToo() {
      assertRead(read(AUTO, 400, "{\"code\":\"X\",\"message\":404}"), true, "X", "404", null);
      assertRead(
          read(AUTO, 400, "{\"code\":\"X\",\"message\":-1.5e3,\"request_id\":\"r\"}"),
          true,
          "X",
          "-1.5e3",
          "r");
    }

    @Test
    void aBlankMessageWrittenWithEscapesGivesWayToTheNext() {
      assertRead(
          read(AUTO, 400, "{\"code\":\"X\",\"message\":\"\\u0020\\n\\t\",\"msg\":\"real\"}"),
          true,
          "X",
          "real",
          null);
    }

    @Test
    void aMessageAfterAByteOrderMarkAndWhiteSpace() {
      assertRead(
          read(AUTO, 400, "\uFEFF \n {\"code\":\"X\",\"message\":\"m\"}"), true, "X", "m", null);
    }

    @Test
    void aMessageTheLimitCutsIsNotRead() {
      ResponseReader small = ResponseReader.builder().maxBodyBytes(30).build();
      ErrorResponse response =
          read(small, 400, "{\"code\":\"X\",\"message\":\"too long to keep\"}");
      assertRead(response, true, "X", null, null);
    }

    @Test
    void readsOnOneThreadDoNotShareWhatTheyFound() {
      assertRead(
          read(AUTO, 400, "{\"Code\":\"A\",\"Message\":\"first\",\"RequestId\":\"r1\"}"),
          true,
          "A",
          "first",
          "r1");
      assertRead(read(AUTO, 400, "{\"code\":\"B\"}"), true, "B", null, null);
      assertRead(read(AUTO, 200, "{\"items\":[]}"), false, null, null, null);
      assertRead(
          read(AUTO, 400, "<Error><Code>C</Code><Message>xml</Message></Error>"),
          true,
          "C",
          "xml",
          null);
      assertRead(read(AUTO, 400, "{\"error\":{\"code\":\"D\"}}"), true, "D", null, null);
    }

    @Test
    void equalToTheSameResponseBuiltWithTheMessage() {
      String body = "{\"code\":\"X\",\"message\":\"m \\u00e9\"}";
      ErrorResponse read = read(AUTO, 400, body);
      ErrorResponse built = new ErrorResponse(400, "X", "m \u00e9", null, body, true);
      assertEquals(built.hashCode(), read.hashCode());
      assertEquals(built, read);
      assertEquals(built.toString(), read.toString());
    }

    @Test
    void serializedWithItsMessage() throws Exception {
      ErrorResponse read = read(AUTO, 400, "{\"code\":\"X\",\"message\":\"m \\\"q\\\"\"}");
      java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
      try (java.io.ObjectOutputStream out = new java.io.ObjectOutputStream(bytes)) {
        out.writeObject(read);
      }
      try (java.io.ObjectInputStream in =
          new java.io.ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
        ErrorResponse back = (ErrorResponse) in.readObject();
        assertEquals("m \"q\"", back.message());
        assertEquals(read, back);
      }
    }
  }
}
