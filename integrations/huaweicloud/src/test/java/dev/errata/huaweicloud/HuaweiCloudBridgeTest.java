package dev.errata.huaweicloud;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.exception.SdkErrorMessage;
import com.huaweicloud.sdk.core.exception.ServerResponseException;
import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import dev.errata.ErrorKind;
import dev.errata.ServiceException;
import dev.errata.integrations.testing.cbc.HuaweiCbcErrors;
import dev.errata.integrations.testing.cbc.HuaweiCbcException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The SDK's exceptions made as its DefaultExceptionHandler makes them, through mapException. */
class HuaweiCloudBridgeTest {
  private final List<ServiceException> reported = new ArrayList<>();
  private final HuaweiCloudBridge<HuaweiCbcException> cbc =
      HuaweiCloudBridge.of(HuaweiCbcErrors.INSTANCE).onError(reported::add);

  @Test
  void aClientErrorBecomesTheTablesClassWithStatusRequestIdAndCause() {
    ServiceResponseException sdk =
        ServiceResponseException.mapException(
            429,
            new SdkErrorMessage(
                "CBC.0250", "Connection request control triggered.", "5f0c9d7e4b1a43e8"));
    assertInstanceOf(ClientRequestException.class, sdk);

    HuaweiCbcException.Cbc0250 error =
        assertInstanceOf(HuaweiCbcException.Cbc0250.class, cbc.translate(sdk));
    assertEquals(429, error.httpStatus());
    assertEquals("CBC.0250", error.code());
    assertEquals("Connection request control triggered.", error.serverMessage());
    assertEquals(Optional.of("5f0c9d7e4b1a43e8"), error.requestId());
    assertEquals(ErrorKind.THROTTLED, error.kind());
    assertSame(sdk, error.getCause());
    assertEquals(List.of(error), reported);
  }

  @Test
  void aCodeTheTableDoesNotListIsUnknownWithTheCodeKept() {
    ServiceResponseException sdk =
        ServiceResponseException.mapException(400, "CBC.12345678", "Something new.", "r-1");
    HuaweiCbcException.Unknown error =
        assertInstanceOf(HuaweiCbcException.Unknown.class, cbc.translate(sdk));
    assertEquals("CBC.12345678", error.code());
    assertEquals(Optional.empty(), error.errorCode());
    assertSame(sdk, error.getCause());
  }

  @Test
  void aServerErrorWithoutCodeTakesItsKindFromTheStatus() {
    ServiceResponseException sdk =
        ServiceResponseException.mapException(502, new SdkErrorMessage(502));
    assertInstanceOf(ServerResponseException.class, sdk);
    HuaweiCbcException error =
        assertInstanceOf(HuaweiCbcException.Unknown.class, cbc.translate(sdk));
    assertEquals(502, error.httpStatus());
    assertEquals(ErrorKind.UNAVAILABLE, error.kind());
    assertTrue(error.getMessage().startsWith("(no code) (HTTP 502"), error.getMessage());
  }

  @Test
  void theSuccessCodeIsNoErrorAndTheSdksExceptionIsHandedBack() {
    ServiceResponseException sdk = new ServiceResponseException(200, "CBC.0000", "success", "r-2");
    assertEquals(Optional.empty(), cbc.decode(sdk));
    assertSame(sdk, cbc.translate(sdk));
    assertEquals(List.of(), reported);
  }
}
