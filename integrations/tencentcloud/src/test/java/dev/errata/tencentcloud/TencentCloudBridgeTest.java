package dev.errata.tencentcloud;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import com.tencentcloudapi.common.AbstractModel;
import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
import dev.errata.ServiceException;
import dev.errata.integrations.testing.ens.AlibabaEnsErrors;
import dev.errata.integrations.testing.ens.AlibabaEnsException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The SDK's exception as its own client throws it, from a Tencent-shaped error body served on
 * localhost. No Tencent table ships with errata, so the decoder is ENS's, whose pattern code {@code
 * InvalidParameter.%s} Tencent's codes share the shape of: the bridge is the same for any.
 */
class TencentCloudBridgeTest {
  private static final String BODY =
      "{\"Response\":{\"Error\":{\"Code\":\"InvalidParameter.LoadBalancerSpec\","
          + "\"Message\":\"The specified field LoadBalancerSpec invalid. Please check it again.\"},"
          + "\"RequestId\":\"6a1c5b2e-93f0-4d7e-8b44-0c2d9e7f1a35\"}}";

  private final List<ServiceException> reported = new ArrayList<>();
  private final TencentCloudBridge<AlibabaEnsException> bridge =
      TencentCloudBridge.of(AlibabaEnsErrors.INSTANCE).onError(reported::add);

  /** A request without parameters. */
  static final class NoParameters extends AbstractModel {
    @Override
    protected void toMap(HashMap<String, String> map, String prefix) {}
  }

  private static TencentCloudSDKException thrownBySdk() throws IOException {
    HttpServer server =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/",
        exchange -> {
          try (exchange) {
            exchange.getRequestBody().readAllBytes();
            byte[] body = BODY.getBytes(UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
              out.write(body);
            }
          }
        });
    server.start();
    try {
      HttpProfile http = new HttpProfile();
      http.setEndpoint("127.0.0.1:" + server.getAddress().getPort());
      http.setProtocol("http://");
      CommonClient client =
          new CommonClient(
              "cvm",
              "2017-03-12",
              new Credential("AKIDEXAMPLE", "local-test-secret"),
              "ap-guangzhou",
              new ClientProfile(ClientProfile.SIGN_TC3_256, http));
      return assertThrows(
          TencentCloudSDKException.class,
          () -> client.commonRequest(new NoParameters(), "DescribeInstances"));
    } finally {
      server.stop(0);
    }
  }

  @Test
  void theSdksExceptionBecomesTheTypedOneWithRequestIdAndCause() throws IOException {
    TencentCloudSDKException sdk = thrownBySdk();
    assertEquals("InvalidParameter.LoadBalancerSpec", sdk.getErrorCode());

    AlibabaEnsException.InvalidParameter error =
        assertInstanceOf(AlibabaEnsException.InvalidParameter.class, bridge.translate(sdk));
    assertEquals("InvalidParameter.LoadBalancerSpec", error.code());
    assertEquals(List.of("LoadBalancerSpec"), error.arguments());
    assertEquals(
        "The specified field LoadBalancerSpec invalid. Please check it again.",
        error.serverMessage());
    assertEquals(Optional.of("6a1c5b2e-93f0-4d7e-8b44-0c2d9e7f1a35"), error.requestId());
    assertEquals(0, error.httpStatus());
    assertSame(sdk, error.getCause());
    assertEquals(List.of(error), reported);
  }

  @Test
  void aSuccessCodeIsNoErrorAndTranslateWrapsTheCheckedException() {
    TencentCloudSDKException sdk = new TencentCloudSDKException("ok", "r-1", "0");
    assertEquals(Optional.empty(), bridge.decode(sdk));
    IllegalStateException wrapped =
        assertInstanceOf(IllegalStateException.class, bridge.translate(sdk));
    assertSame(sdk, wrapped.getCause());
  }
}
