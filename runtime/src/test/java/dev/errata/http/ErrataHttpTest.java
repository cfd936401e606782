package dev.errata.http;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import dev.errata.sample.SampleCloudErrors;
import dev.errata.sample.SampleCloudException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscribers;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletionException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Against a real HTTP server on localhost. */
class ErrataHttpTest {
  private static final SampleCloudErrors ERRORS = new SampleCloudErrors();
  private static final String CBC_ERROR =
      "{\"error_code\":\"CBC.5003\",\"error_msg\":\"Insufficient balance.\"}";
  private static final String ORDERS = "{\"orders\":[{\"id\":\"CS2307\",\"code\":\"x\"}]}";
  private static final String ENS_ERROR =
      "{\"HostId\":\"ens.aliyuncs.com\",\"Code\":\"InvalidParameter.LoadBalancerSpec\","
          + "\"Message\":\"The specified parameter LoadBalancerSpec is not valid.\"}";

  private static HttpServer server;
  private static HttpClient client;

  @BeforeAll
  static void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    respond("/cbc-error", 200, CBC_ERROR, "application/json", List.of());
    respond("/orders", 200, ORDERS, "application/json;charset=UTF-8", List.of());
    respond(
        "/ens-error", 400, ENS_ERROR, "application/json", List.of("X-Acs-Request-Id", "ens-req-1"));
    respond("/gbk", 200, "{\"message\":\"续费成功\"}", "application/json; charset=GBK", List.of());
    respond("/gateway", 502, "<html><body>Bad Gateway</body></html>", "text/html", List.of());
    server.start();
    client = HttpClient.newHttpClient();
  }

  private static void respond(
      String path, int status, String body, String contentType, List<String> header) {
    server.createContext(
        path,
        exchange -> {
          Charset charset = contentType.contains("GBK") ? Charset.forName("GBK") : UTF_8;
          byte[] bytes = body.getBytes(charset);
          exchange.getResponseHeaders().add("Content-Type", contentType);
          if (!header.isEmpty()) {
            exchange.getResponseHeaders().add(header.get(0), header.get(1));
          }
          exchange.sendResponseHeaders(status, bytes.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
          }
        });
  }

  @AfterAll
  static void stop() {
    server.stop(0);
  }

  private static HttpRequest get(String path) {
    return HttpRequest.newBuilder(
            URI.create("http://localhost:" + server.getAddress().getPort() + path))
        .build();
  }

  /** Why the handlers return a DecodedBody: the client wraps what a body handler throws. */
  @Test
  void httpClientWrapsWhatABodyHandlerThrows() throws InterruptedException {
    BodyHandler<byte[]> throwing =
        info ->
            BodySubscribers.mapping(
                BodySubscribers.ofByteArray(),
                bytes -> {
                  ERRORS.throwIfError(info.statusCode(), info.headers().map(), bytes);
                  return bytes;
                });
    try {
      client.send(get("/cbc-error"), throwing);
      fail("the error response should have failed");
    } catch (SampleCloudException e) {
      fail("HttpClient.send is not expected to let the typed exception through: " + e);
    } catch (IOException e) {
      Throwable cause = e.getCause();
      while (cause != null && !(cause instanceof SampleCloudException)) {
        cause = cause.getCause();
      }
      assertInstanceOf(SampleCloudException.Cbc5003.class, cause, "wrapped in " + e);
    }
  }

  @Test
  void sendThrowsTheTypedExceptionToTheCaller() throws Exception {
    try {
      ErrataHttp.send(client, get("/cbc-error"), ERRORS);
      fail("CBC.5003 with HTTP 200 is an error");
    } catch (SampleCloudException.Cbc5003 e) {
      assertEquals(200, e.httpStatus());
      assertEquals("Insufficient balance.", e.serverMessage());
      assertEquals(CBC_ERROR, e.rawBody());
      StackTraceElement top = e.getStackTrace()[0];
      assertEquals(
          DecodedBody.class.getName(),
          top.getClassName(),
          "the trace is refilled on the caller's thread");
      assertTrue(
          List.of(e.getStackTrace()).stream()
              .anyMatch(f -> f.getMethodName().equals("sendThrowsTheTypedExceptionToTheCaller")));
    }
    SampleCloudException.InvalidParameter ens =
        assertThrows(
            SampleCloudException.InvalidParameter.class,
            () -> ErrataHttp.send(client, get("/ens-error"), ERRORS));
    assertEquals(Optional.of("ens-req-1"), ens.requestId());
    assertEquals(List.of("LoadBalancerSpec"), ens.arguments());
    SampleCloudException.Unknown gateway =
        assertThrows(
            SampleCloudException.Unknown.class,
            () -> ErrataHttp.send(client, get("/gateway"), ERRORS));
    assertEquals(502, gateway.httpStatus());
  }

  @Test
  void sendReturnsTheResponseOnSuccess() throws Exception {
    HttpResponse<byte[]> response = ErrataHttp.send(client, get("/orders"), ERRORS);
    assertEquals(200, response.statusCode());
    assertArrayEquals(ORDERS.getBytes(UTF_8), response.body());
    assertEquals(
        Optional.of("application/json;charset=UTF-8"),
        response.headers().firstValue("content-type"));
    assertEquals("/orders", response.uri().getPath());
    HttpResponse<String> text =
        ErrataHttp.send(client, get("/gbk"), ErrataBodyHandlers.ofString(ERRORS));
    assertEquals("{\"message\":\"续费成功\"}", text.body());
  }

  @Test
  void handlersHandBackADecodedBody() throws Exception {
    HttpResponse<DecodedBody<byte[], SampleCloudException>> ok =
        client.send(get("/orders"), ErrataBodyHandlers.ofByteArray(ERRORS));
    assertFalse(ok.body().isError());
    assertArrayEquals(ORDERS.getBytes(UTF_8), ok.body().orThrow());
    HttpResponse<DecodedBody<String, SampleCloudException>> failed =
        client.send(get("/cbc-error"), ErrataBodyHandlers.ofString(ERRORS));
    assertTrue(failed.body().isError());
    assertEquals(Optional.empty(), failed.body().value());
    assertInstanceOf(SampleCloudException.Cbc5003.class, failed.body().error().orElseThrow());
    assertThrows(SampleCloudException.InsufficientFunds.class, () -> failed.body().orThrow());
  }

  @Test
  void mappingRunsOnlyOnSuccess() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    BodyHandler<DecodedBody<Integer, SampleCloudException>> length =
        ErrataBodyHandlers.mapping(
            ERRORS,
            bytes -> {
              calls.incrementAndGet();
              return bytes.length;
            });
    assertEquals(ORDERS.length(), ErrataHttp.send(client, get("/orders"), length).body());
    assertThrows(
        SampleCloudException.Cbc5003.class,
        () -> ErrataHttp.send(client, get("/cbc-error"), length));
    assertEquals(1, calls.get());
  }

  @Test
  void sendAsyncCompletesExceptionallyWithTheTypedException() {
    CompletionException failed =
        assertThrows(
            CompletionException.class,
            () ->
                ErrataHttp.sendAsync(client, get("/cbc-error"), ErrataBodyHandlers.ofString(ERRORS))
                    .join());
    assertInstanceOf(SampleCloudException.Cbc5003.class, failed.getCause());
    assertEquals(
        ORDERS,
        ErrataHttp.sendAsync(client, get("/orders"), ErrataBodyHandlers.ofString(ERRORS))
            .join()
            .body());
  }
}
