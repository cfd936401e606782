package dev.errata.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.errata.examples.ReplayServer.Recorded;
import dev.errata.examples.cbc.HuaweiCbcErrors;
import dev.errata.examples.cbc.HuaweiCbcException;
import dev.errata.examples.ecs.HuaweiEcsErrors;
import dev.errata.examples.ens.AlibabaEnsErrors;
import dev.errata.examples.idc.IdcHostingErrors;
import dev.errata.examples.idc.IdcHostingException;
import java.net.http.HttpRequest;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The recipes and the retry helper against a real local server. */
class RecipesTest {
  private static final Duration NO_WAIT = Duration.ofMillis(1);
  private static final String CBC_THROTTLED =
      "{\"error_code\":\"CBC.0250\",\"error_msg\":\"Connection request control triggered.\"}";
  private static LocalServer local;
  private static ProviderClient<HuaweiCbcException> cbc;
  private static ProviderClient<IdcHostingException> idc;

  @BeforeAll
  static void startServer() {
    local = new LocalServer();
    cbc = new ProviderClient<>(local.http, HuaweiCbcErrors.INSTANCE);
    idc = new ProviderClient<>(local.http, IdcHostingErrors.INSTANCE);
  }

  @AfterAll
  static void stopServer() {
    local.close();
  }

  private static HttpRequest replay(String path, Recorded first, Recorded... then) {
    return LocalServer.get(local.server.replay(path, first, then));
  }

  @Test
  void catchingOneCodeHandlesThatCodeOnly() {
    assertEquals(
        "renewal postponed: 续费失败，余额不足",
        Recipes.renewHosting(
            idc,
            replay("/idc/renew", Recorded.json(200, "{\"code\":201042,\"msg\":\"续费失败，余额不足\"}"))));
    HttpRequest missing =
        replay("/idc/renew-missing", Recorded.json(200, "{\"code\":201031,\"msg\":\"业务不存在\"}"));
    assertThrows(IdcHostingException.Code201031.class, () -> Recipes.renewHosting(idc, missing));
  }

  @Test
  void catchingAKindHandlesEveryCodeOfIt() {
    for (String code : new String[] {"CBC.5003", "CBC.99000046", "CBC.3155"}) {
      HttpRequest pay =
          replay(
              "/cbc/pay/" + code,
              Recorded.json(400, "{\"error_code\":\"" + code + "\",\"error_msg\":\"not enough\"}"));
      assertEquals("ask the customer to top up (" + code + ")", Recipes.payOrder(cbc, pay));
    }
    HttpRequest throttled = replay("/cbc/pay/throttled", Recorded.json(429, CBC_THROTTLED));
    assertThrows(HuaweiCbcException.Cbc0250.class, () -> Recipes.payOrder(cbc, throttled));
  }

  @Test
  void successBodyIsReturned() {
    String body = "{\"error_code\":\"CBC.0000\",\"error_msg\":\"success\",\"order_id\":\"CS2301\"}";
    assertEquals(body, Recipes.payOrder(cbc, replay("/cbc/pay/ok", Recorded.json(200, body))));
  }

  @Test
  void adviceWorksForAnyProvider() {
    var ens =
        AlibabaEnsErrors.INSTANCE
            .decode(502, "<html><title>502 Bad Gateway</title></html>")
            .orElseThrow();
    assertEquals("try again later", Recipes.advice(ens));
    var ecs =
        HuaweiEcsErrors.INSTANCE
            .decode(
                401,
                "{\"error_code\":\"APIGW.0301\",\"error_msg\":\"token expired\",\"request_id\":\"c8d4\"}")
            .orElseThrow();
    assertEquals("check credentials and permissions of the account", Recipes.advice(ecs));
    var unknown =
        HuaweiCbcErrors.INSTANCE.decode(400, "{\"error_code\":\"CBC.12345678\"}").orElseThrow();
    assertEquals("report it to huawei-cbc with request id (none)", Recipes.advice(unknown));
  }

  @Test
  void retryableErrorsAreRetriedUntilSuccess() {
    String ok = "{\"error_code\":\"CBC.0000\",\"customer_id\":\"cb7a\"}";
    HttpRequest request =
        replay(
            "/cbc/retry-ok",
            Recorded.json(429, CBC_THROTTLED),
            Recorded.json(503, ""),
            Recorded.json(200, ok));
    assertEquals(ok, Recipes.withRetries(cbc, request, NO_WAIT));
    assertEquals(3, local.server.hits("/cbc/retry-ok"));
  }

  @Test
  void retryGivesUpAfterItsAttempts() {
    HttpRequest request = replay("/cbc/retry-always", Recorded.json(429, CBC_THROTTLED));
    assertThrows(
        HuaweiCbcException.Cbc0250.class, () -> Recipes.withRetries(cbc, request, NO_WAIT));
    assertEquals(3, local.server.hits("/cbc/retry-always"));
  }

  @Test
  void errorsThatAreNotRetryableAreThrownAtOnce() {
    HttpRequest request =
        replay(
            "/cbc/retry-never",
            Recorded.json(
                400, "{\"error_code\":\"CBC.5003\",\"error_msg\":\"Insufficient balance.\"}"),
            Recorded.json(200, "{}"));
    assertThrows(
        HuaweiCbcException.Cbc5003.class, () -> Recipes.withRetries(cbc, request, NO_WAIT));
    assertEquals(1, local.server.hits("/cbc/retry-never"));
  }

  @Test
  void otherExceptionsAreNotRetried() {
    int[] calls = {0};
    assertThrows(
        IllegalStateException.class,
        () ->
            Retry.upTo(5, NO_WAIT)
                .call(
                    () -> {
                      calls[0]++;
                      throw new IllegalStateException("not from a provider");
                    }));
    assertEquals(1, calls[0]);
  }

  @Test
  void retryRejectsNonsense() {
    assertThrows(IllegalArgumentException.class, () -> Retry.upTo(0, NO_WAIT));
    assertThrows(IllegalArgumentException.class, () -> Retry.upTo(2, Duration.ofMillis(-1)));
  }
}
