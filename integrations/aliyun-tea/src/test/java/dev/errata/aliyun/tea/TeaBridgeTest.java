package dev.errata.aliyun.tea;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.aliyun.tea.TeaConverter;
import com.aliyun.tea.TeaException;
import com.aliyun.tea.TeaPair;
import dev.errata.ServiceException;
import dev.errata.integrations.testing.ens.AlibabaEnsErrors;
import dev.errata.integrations.testing.ens.AlibabaEnsException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TeaBridgeTest {
  private final List<ServiceException> reported = new ArrayList<>();
  private final TeaBridge<AlibabaEnsException> ens =
      TeaBridge.of(AlibabaEnsErrors.INSTANCE).onError(reported::add);

  /** As Tea's OpenAPI client builds it for a 4xx: the body as data, the status added to it. */
  private static TeaException asTheOpenApiClientThrowsIt(int status, Map<String, Object> body) {
    Map<String, Object> err = new HashMap<>(body);
    Object requestId = err.get("RequestId");
    err.put("statusCode", status);
    return new TeaException(
        TeaConverter.buildMap(
            new TeaPair("code", "" + err.get("Code")),
            new TeaPair(
                "message",
                "code: " + status + ", " + err.get("Message") + " request id: " + requestId),
            new TeaPair("data", err)));
  }

  @Test
  void aPatternCodeWithStatusRequestIdServerMessageAndCause() {
    TeaException sdk =
        asTheOpenApiClientThrowsIt(
            400,
            Map.of(
                "RequestId", "2C8F5E3A-7B0D-4E55-9A11-35C2B2F1D0E4",
                "HostId", "ens.aliyuncs.com",
                "Code", "InvalidParameter.LoadBalancerSpec",
                "Message", "The specified field LoadBalancerSpec invalid. Please check it again."));

    AlibabaEnsException.InvalidParameter error =
        assertInstanceOf(AlibabaEnsException.InvalidParameter.class, ens.translate(sdk));
    assertEquals(400, error.httpStatus());
    assertEquals("InvalidParameter.LoadBalancerSpec", error.code());
    assertEquals(List.of("LoadBalancerSpec"), error.arguments());
    assertEquals(
        "The specified field LoadBalancerSpec invalid. Please check it again.",
        error.serverMessage());
    assertEquals(Optional.of("2C8F5E3A-7B0D-4E55-9A11-35C2B2F1D0E4"), error.requestId());
    assertSame(sdk, error.getCause());
    assertEquals(List.of(error), reported);
  }

  @Test
  void withoutDataTheStatusIsNotKnownAndTheExceptionsMessageIsUsed() {
    TeaException sdk =
        new TeaException(
            TeaConverter.buildMap(
                new TeaPair("code", "InvalidParameter.NetworkId"),
                new TeaPair("message", "NetworkId invalid.")));
    AlibabaEnsException error = ens.decode(sdk).orElseThrow();
    assertInstanceOf(AlibabaEnsException.InvalidParameter.class, error);
    assertEquals(0, error.httpStatus());
    assertEquals("NetworkId invalid.", error.serverMessage());
    assertEquals(Optional.empty(), error.requestId());
  }

  @Test
  void aMissingCodeIsNoCodeNotTheWordNull() {
    TeaException sdk =
        new TeaException(TeaConverter.buildMap(new TeaPair("message", "socket closed")));
    AlibabaEnsException error =
        assertInstanceOf(AlibabaEnsException.Unknown.class, ens.translate(sdk));
    assertEquals("", error.code());
    assertSame(sdk, error.getCause());
  }
}
