package dev.errata.examples;

import dev.errata.Errata;
import dev.errata.ErrorDecoder;
import dev.errata.ServiceException;
import dev.errata.examples.ReplayServer.Recorded;
import dev.errata.okhttp.ErrataInterceptor;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The errata demo: a local HTTP server replays error responses as four providers send them, and
 * each is decoded into the provider's generated exception with {@link java.net.http.HttpClient},
 * and fetched again through OkHttp with errata's interceptor, which raises the same exception. No
 * network beyond 127.0.0.1.
 */
public final class Demo {
  private Demo() {}

  /** One response to replay: which provider's API it imitates, and what it is. */
  record Scenario(String providerId, String title, String path, Recorded response) {}

  static final List<Scenario> SCENARIOS =
      List.of(
          new Scenario(
              "idc-hosting",
              "renewal refused, numeric code",
              "/idc/renew",
              Recorded.json(200, "{\"code\":201042,\"msg\":\"续费失败，余额不足\"}")),
          new Scenario(
              "huawei-cbc",
              "error inside HTTP 200",
              "/cbc/orders/pay",
              Recorded.json(
                  200,
                  "{\"error_code\":\"CBC.3155\",\"error_msg\":"
                      + "\"Insufficient enterprise project fund quota, or invalid project.\"}")),
          new Scenario(
              "huawei-cbc",
              "success code CBC.0000",
              "/cbc/customers",
              Recorded.json(
                  200,
                  "{\"error_code\":\"CBC.0000\",\"error_msg\":\"success\","
                      + "\"customer_id\":\"cb7a2f0c1d\"}")),
          new Scenario(
              "huawei-cbc",
              "rate limited, request id in a header",
              "/cbc/coupons",
              Recorded.json(
                      429,
                      "{\"error_code\":\"CBC.0250\",\"error_msg\":\"Connection request control triggered.\"}")
                  .withHeader("X-Request-Id", "5f0c9d7e4b1a43e8")),
          new Scenario(
              "alibaba-ens",
              "pattern code, JSON",
              "/ens/CreateLoadBalancer",
              Recorded.json(
                  400,
                  "{\"RequestId\":\"2C8F5E3A-7B0D-4E55-9A11-35C2B2F1D0E4\","
                      + "\"HostId\":\"ens.aliyuncs.com\",\"Code\":\"InvalidParameter.LoadBalancerSpec\","
                      + "\"Message\":\"The specified field LoadBalancerSpec invalid. Please check it again.\","
                      + "\"Recommend\":\"https://api.aliyun.com/troubleshoot?q=InvalidParameter.LoadBalancerSpec&product=Ens\"}")),
          new Scenario(
              "alibaba-ens",
              "pattern code, XML (Format=XML)",
              "/ens/CreateLoadBalancer.xml",
              Recorded.xml(
                  400,
                  "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error>\n"
                      + "  <RequestId>9D1B7A62-3E0F-4C2B-8D55-0A6E4F2C7B19</RequestId>\n"
                      + "  <HostId>ens.aliyuncs.com</HostId>\n"
                      + "  <Code>InvalidParameter.LoadBalancerSpec</Code>\n"
                      + "  <Message>The specified field LoadBalancerSpec invalid. Please check it again.</Message>\n"
                      + "</Error>\n")),
          new Scenario(
              "huawei-ecs",
              "error object",
              "/ecs/v1/cloudservers",
              Recorded.json(
                      400,
                      "{\"error\":{\"code\":\"Ecs.0013\",\"message\":"
                          + "\"The current EIP quota limit has been reached. Apply to increase the quota.\"}}")
                  .withHeader("X-Request-Id", "0d6e1f9a2b7c4e83")),
          new Scenario(
              "huawei-ecs",
              "failed async job",
              "/ecs/v1/jobs/ff80808288d41e1b",
              Recorded.json(
                  200,
                  "{\"status\":\"FAIL\",\"entities\":{\"sub_jobs\":[{\"status\":\"FAIL\","
                      + "\"job_type\":\"createSingleServer\",\"error_code\":\"Ecs.0319\","
                      + "\"fail_reason\":\"Insufficient resources for this flavor. Try another flavor.\"}]},"
                      + "\"job_id\":\"ff80808288d41e1b\",\"job_type\":\"createServer\","
                      + "\"error_code\":\"Ecs.0319\","
                      + "\"fail_reason\":\"Insufficient resources for this flavor. Try another flavor.\"}")),
          new Scenario(
              "huawei-ecs",
              "API gateway error (not in the ECS table)",
              "/ecs/v1/servers",
              Recorded.json(
                  401,
                  "{\"error_msg\":\"Incorrect IAM authentication information: "
                      + "token expired\",\"error_code\":\"APIGW.0301\",\"request_id\":\"c8d4f1e2a9b03756\"}")),
          new Scenario(
              "huawei-cbc",
              "code the table does not list",
              "/cbc/invoices",
              Recorded.json(
                  400, "{\"error_code\":\"CBC.12345678\",\"error_msg\":\"Something new.\"}")),
          new Scenario(
              "alibaba-ens",
              "HTML page from a gateway",
              "/ens/DescribeInstances",
              Recorded.html(
                  502,
                  "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
                      + "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n</body>\r\n</html>\r\n")));

  public static void main(String[] args) throws IOException, InterruptedException {
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    OkHttpClient okHttp = new OkHttpClient();
    try (ReplayServer server = ReplayServer.start()) {
      out.println("errata demo: replaying provider responses from " + server.uri("/"));
      int number = 0;
      for (Scenario scenario : SCENARIOS) {
        number++;
        out.println();
        out.printf("%2d. %s: %s%n", number, scenario.providerId(), scenario.title());
        Optional<ErrorDecoder<?>> decoder = Errata.find(scenario.providerId());
        if (decoder.isEmpty()) {
          out.println("    (no decoder for " + scenario.providerId() + " in this build)");
          continue;
        }
        URI uri = server.replay(scenario.path(), scenario.response());
        HttpResponse<byte[]> response =
            http.send(
                HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).build(),
                BodyHandlers.ofByteArray());
        out.println(
            row("response", "HTTP " + response.statusCode() + "  " + oneLine(response.body())));
        Optional<? extends ServiceException> error =
            decoder.get().decode(response.statusCode(), response.headers(), response.body());
        if (error.isEmpty()) {
          out.println(row("result", "success, no exception"));
        } else {
          describe(error.get(), out);
        }
        out.println(row("okhttp", throughOkHttp(okHttp, decoder.get(), uri)));
      }
    }
  }

  /**
   * The same request through OkHttp, where {@link ErrataInterceptor} raises the typed exception.
   */
  private static String throughOkHttp(OkHttpClient okHttp, ErrorDecoder<?> decoder, URI uri)
      throws IOException {
    OkHttpClient checked =
        okHttp.newBuilder().addInterceptor(ErrataInterceptor.of(decoder)).build();
    try (Response response =
        checked.newCall(new Request.Builder().url(uri.toString()).build()).execute()) {
      return "HTTP " + response.code() + ", no exception; the body is the caller's to read";
    } catch (ServiceException e) {
      return "the interceptor raised " + typeName(e.getClass());
    }
  }

  private static void describe(ServiceException e, PrintStream out) {
    out.println(
        row(
            "exception",
            typeName(e.getClass()) + "  (extends " + typeName(e.getClass().getSuperclass()) + ")"));
    out.println(row("code", e.code().isEmpty() ? "(none)" : e.code()));
    out.println(row("kind", e.kind() + (e.isRetryable() ? ", retryable" : ", not retryable")));
    if (!e.arguments().isEmpty()) {
      out.println(row("arguments", String.join(", ", e.arguments())));
    }
    out.println(row("message", e.serverMessage().isEmpty() ? "(none)" : e.serverMessage()));
    e.errorCode()
        .filter(code -> !code.description().isEmpty())
        .ifPresent(code -> out.println(row("table says", code.description())));
    e.solution().ifPresent(solution -> out.println(row("solution", solution)));
    e.requestId().ifPresent(id -> out.println(row("request id", id)));
  }

  private static String row(String label, String value) {
    return String.format("    %-11s %s", label, value);
  }

  /** {@code HuaweiCbcException.Cbc3155} rather than the binary name with its {@code $}. */
  private static String typeName(Class<?> type) {
    String name = type.getName();
    return name.substring(name.lastIndexOf('.') + 1).replace('$', '.');
  }

  private static String oneLine(byte[] body) {
    String text =
        new String(body, StandardCharsets.UTF_8).replaceAll("\\s*[\r\n]\\s*", " ").strip();
    return text.length() <= 90 ? text : text.substring(0, 87) + "...";
  }
}
