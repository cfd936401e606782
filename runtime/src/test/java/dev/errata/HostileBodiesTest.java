package dev.errata;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Input a server, a proxy or an attacker may send: nothing escapes, what can be read is read. */
class HostileBodiesTest {
  private static final ResponseReader READER =
      ResponseReader.builder().successCodes("CBC.0000").build();

  private static ErrorResponse read(int status, String body) {
    return READER.read(status, Map.of(), body.getBytes(UTF_8));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "\n\t",
        "null",
        "[]",
        "{}",
        "\"CBC.5003\"",
        "123",
        "true",
        "{",
        "[",
        "<",
        "<>",
        "}",
        "]]]",
        "{\"",
        "{\"error_code\"",
        "{\"error_code\":",
        "\u0000",
        "\uFEFF",
        "<?xml version=\"1.0\"?>",
        "<!-- only a comment -->",
        "{\"a\":1}{\"error_code\":\"E\"}",
        "text/plain error",
        "{'error_code':'E'}"
      })
  void noCodeReadsAsStatusSays(String body) {
    ErrorResponse failed = read(500, body);
    assertTrue(failed.isError());
    assertNull(failed.code());
    assertEquals(body, failed.body());
    ErrorResponse ok = read(200, body);
    assertFalse(ok.isError(), ok::toString);
    assertEquals(200, ok.status());
  }

  @Test
  void htmlGatewayPage() {
    String page =
        "<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head>"
            + "<body bgcolor=\"white\"><center><h1>502&nbsp;Bad Gateway</h1></center><hr><center>nginx</center>"
            + "<code>Ecs.0005</code></body></html>";
    ErrorResponse response = read(502, page);
    assertTrue(response.isError());
    assertNull(response.code(), "a <code> in a page is not an error code");
    assertEquals(page, response.body());
    assertFalse(read(200, page).isError());
  }

  @Test
  void truncatedJsonKeepsWhatCameBefore() {
    ErrorResponse response = read(200, "{\"error_code\":\"CBC.5003\",\"error_msg\":\"Insuffic");
    assertTrue(response.isError());
    assertEquals("CBC.5003", response.code());
    assertNull(response.message());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"error_code\":\"E\",\"x\":tru}",
        "{\"error_code\":\"E\" \"x\":1}",
        "{\"error_code\":\"E\",/* c */\"x\":1}",
        "{\"error_code\":\"E\",\"x\":NaN}",
        "{\"error_code\":\"E\",\"x\":\"a\nb\"}",
        "{\"error_code\":\"E\",\"x\":01}",
        "{\"error_code\":\"E\",\"x\":\"\\q\"}",
        "{\"error_code\":\"E\"}}}}garbage"
      })
  void invalidJsonAfterTheCode(String body) {
    ErrorResponse response = read(200, body);
    assertEquals("E", response.code());
    assertTrue(response.isError());
  }

  /** A message the parser cannot read to its end is not reported, whatever came before it. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "a\nb\"", // a raw line end inside the string
        "a\u0001b\"", // a raw control character
        "a\\qb\"", // an escape JSON does not have
        "a\\u12\"", // a cut unicode escape
        "abc" // no closing quote at all
      })
  void aMessageTheParserCannotReadIsNotReported(String message) {
    ErrorResponse next = read(400, "{\"error_code\":\"E\",\"error_msg\":\"" + message + "}");
    assertEquals("E", next.code());
    assertNull(next.message());
    ErrorResponse nested =
        read(400, "{\"message\":\"top\",\"error\":{\"code\":\"E\",\"message\":\"" + message + "}}");
    assertEquals("E", nested.code());
    assertEquals("top", nested.message(), "the top-level message stands in");
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"x\":1}", "[\"E\"]", "true", "false", "null", "\"\"", "\"   \""})
  void codeOfTheWrongTypeIsNoCode(String value) {
    for (String name : List.of("error_code", "code", "Code")) {
      String body =
          "{\"" + name + "\":" + value + ",\"msg\":\"m\",\"error_msg\":\"m\",\"Message\":\"m\"}";
      ErrorResponse failed = read(400, body);
      assertNull(failed.code(), body);
      assertTrue(failed.isError());
      assertFalse(read(200, body).isError(), body);
    }
  }

  @Test
  void wrongTypesElsewhereAreSkipped() {
    ErrorResponse response =
        read(
            400,
            "{\"error\":[1,2],\"Response\":\"x\",\"entities\":7,"
                + "\"status\":{\"a\":1},\"error_msg\":{\"text\":\"no\"},\"error_code\":\"E\"}");
    assertEquals("E", response.code());
    assertNull(response.message());
  }

  @Test
  void duplicateKeysFirstWins() {
    ErrorResponse response =
        read(
            400,
            "{\"error_code\":\"A\",\"error_msg\":\"first\",\"error_code\":\"B\",\"error_msg\":\"second\"}");
    assertEquals("A", response.code());
    assertEquals("first", response.message());
    assertEquals(
        "A", read(400, "{\"error_code\":null,\"error_code\":\"A\"}").code(), "null fills nothing");
  }

  @Test
  void deepNesting() {
    for (String open : List.of("[", "{\"a\":", "{\"error\":")) {
      String body = open.repeat(100_000);
      ErrorResponse response = read(400, body);
      assertTrue(response.isError());
      assertNull(response.code());
      assertEquals(ResponseReader.DEFAULT_MAX_BODY_BYTES, response.body().length());
    }
    String codeFirst =
        "{\"error_code\":\"E\",\"deep\":" + "[".repeat(100_000) + "]".repeat(100_000) + "}";
    assertEquals("E", read(200, codeFirst).code());
    String xml = "<Error>" + "<a>".repeat(100_000);
    assertNull(read(500, xml).code());
    String xmlCodeFirst =
        "<Error><Code>X</Code>" + "<a>".repeat(100_000) + "</a>".repeat(100_000) + "</Error>";
    assertEquals("X", read(500, xmlCodeFirst).code());
  }

  @Test
  void nestingUpToTheLimitIsRead() {
    String body =
        "{\"pad\":" + "[".repeat(200) + "]".repeat(200) + ",\"error_code\":\"AfterDeep\"}";
    assertEquals("AfterDeep", read(400, body).code());
  }

  @Test
  void fiftyMegabyteBody() {
    byte[] body = new byte[50 * 1024 * 1024];
    byte[] head = "{\"error_code\":\"CBC.5003\",\"pad\":\"".getBytes(UTF_8);
    Arrays.fill(body, (byte) 'x');
    System.arraycopy(head, 0, body, 0, head.length);
    ErrorResponse response = READER.read(200, Map.of(), body);
    assertEquals("CBC.5003", response.code());
    assertEquals(ResponseReader.DEFAULT_MAX_BODY_BYTES, response.body().length());
  }

  @Test
  void endlessStreamIsReadOnlyToTheLimit() {
    CountingStream endless =
        new CountingStream("{\"error_code\":\"E\",\"pad\":[".getBytes(UTF_8), (byte) '1');
    ErrorResponse response = READER.read(500, Map.of(), endless);
    assertEquals("E", response.code());
    assertEquals(ResponseReader.DEFAULT_MAX_BODY_BYTES, endless.served);
    assertFalse(endless.closed);
  }

  @Test
  void streamFailingPartWayKeepsWhatArrived() {
    InputStream failing =
        new InputStream() {
          private final byte[] part =
              "{\"error_code\":\"CBC.5003\",\"error_msg\":\"Insufficient".getBytes(UTF_8);
          private int next;

          @Override
          public int read() throws IOException {
            if (next == part.length) {
              throw new IOException("connection reset");
            }
            return part[next++];
          }
        };
    ErrorResponse response = READER.read(200, Map.of(), failing);
    assertEquals("CBC.5003", response.code());
    assertEquals("{\"error_code\":\"CBC.5003\",\"error_msg\":\"Insufficient", response.body());
    assertTrue(response.isError());
  }

  @Test
  void streamThrowingUncheckedOrGivingNothing() {
    InputStream unchecked =
        new InputStream() {
          @Override
          public int read() {
            throw new IllegalStateException("broken");
          }
        };
    assertEquals("", READER.read(503, Map.of(), unchecked).body());
    InputStream zeroes =
        new InputStream() {
          @Override
          public int read() {
            return -1;
          }

          @Override
          public int read(byte[] b, int off, int len) {
            return 0;
          }
        };
    for (InputStream empty : List.of(zeroes, InputStream.nullInputStream())) {
      ErrorResponse response = READER.read(503, Map.of(), empty);
      assertEquals(new ErrorResponse(503, null, null, null, "", true), response);
      assertEquals(
          new ErrorResponse(200, null, null, null, "", false), READER.read(200, Map.of(), empty));
    }
    assertEquals(
        new ErrorResponse(503, null, null, null, "", true),
        READER.read(503, Map.of(), (InputStream) null));
  }

  @Test
  void headersThatFailToIterate() {
    Map<String, List<String>> broken =
        new AbstractMap<>() {
          @Override
          public Set<Entry<String, List<String>>> entrySet() {
            throw new UnsupportedOperationException("no");
          }
        };
    ErrorResponse response =
        READER.read(400, broken, "{\"Code\":\"C\",\"RequestId\":\"r\"}".getBytes(UTF_8));
    assertEquals("C", response.code());
    assertEquals("r", response.requestId());
  }

  @Test
  void invalidUtf8IsReplacedNotFatal() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes("{\"error_code\":\"CBC.5003\",\"error_msg\":\"bad ".getBytes(UTF_8));
    body.writeBytes(
        new byte[] {(byte) 0xFF, (byte) 0xC3, (byte) 0x28, (byte) 0xED, (byte) 0xA0, (byte) 0x80});
    body.writeBytes(" end\",\"request_id\":\"r\"}".getBytes(UTF_8));
    ErrorResponse response = READER.read(200, Map.of(), body.toByteArray());
    assertEquals("CBC.5003", response.code());
    assertTrue(response.message().startsWith("bad \uFFFD"), response.message());
    assertTrue(response.message().endsWith(" end"));
    assertEquals("r", response.requestId());
  }

  @Test
  void randomBytes() {
    Random random = new Random(42);
    for (int i = 0; i < 500; i++) {
      byte[] body = new byte[random.nextInt(2000)];
      random.nextBytes(body);
      if (body.length > 0 && random.nextBoolean()) {
        body[0] = (byte) "{[<".charAt(random.nextInt(3));
      }
      ErrorResponse response = READER.read(400, Map.of(), body);
      assertTrue(response.isError());
      assertEquals(400, response.status());
      assertEquals(
          new String(body, UTF_8), response.body(), "the body is kept, malformed bytes replaced");
      assertNull(response.code(), response::toString);
      assertNull(response.message(), response::toString);
      assertNull(response.requestId(), response::toString);
      assertFalse(READER.read(200, Map.of(), body).isError(), "no code: a success below 400");
    }
  }

  @Test
  void byteOrderMarkAndLeadingSpace() {
    assertEquals("C", read(400, "\uFEFF  \r\n{\"Code\":\"C\"}").code());
    assertEquals("C", read(400, "\uFEFF<Error><Code>C</Code></Error>").code());
  }

  @Test
  void aNumberCutByTheEndOfInputIsNoCode() {
    assertNull(read(400, "{\"code\":2010").code(), "digits may be missing");
    assertEquals("2010", read(400, "{\"code\":2010 ").code(), "white space ended the number");
    ResponseReader small = ResponseReader.builder().maxBodyBytes(12).build();
    assertNull(small.read(200, Map.of(), "{\"code\":201042}".getBytes(UTF_8)).code());
  }

  @Test
  void readingStopsOnceCodeMessageAndRequestIdAreKnown() {
    assertEquals(
        "Low",
        read(400, "{\"code\":\"Low\",\"msg\":\"m\",\"request_id\":\"r\",\"error_code\":\"High\"}")
            .code());
    assertEquals(
        "High",
        read(400, "{\"code\":\"Low\",\"msg\":\"m\",\"error_code\":\"High\"}").code(),
        "without a request id the whole body is read and the higher-ranked shape wins");
  }

  @Test
  void hugeNumbersAndStrings() {
    assertEquals("1E+400", read(400, "{\"code\":1E+400}").code());
    assertNull(read(400, "{\"code\":" + "9".repeat(5000) + "}").code());
    String longCode = "C".repeat(30_000);
    assertEquals(longCode, read(400, "{\"code\":\"" + longCode + "\"}").code());
  }

  @Test
  void xmlExternalEntitiesAreNotResolved() {
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE Error [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
            + "<Error><Code>&xxe;</Code><Message>m</Message></Error>";
    ErrorResponse response = read(400, xxe);
    assertEquals(
        new ErrorResponse(400, null, null, null, xxe, true),
        response,
        "the undeclared entity ends the read: nothing of the file, nothing after it");
    assertFalse(read(200, xxe).isError());

    String external =
        "<?xml version=\"1.0\"?><!DOCTYPE Error SYSTEM \"http://127.0.0.1:9/evil.dtd\">"
            + "<Error><Code>C</Code><Message>m &amp; n</Message><RequestId>r</RequestId></Error>";
    assertEquals(
        new ErrorResponse(400, "C", "m & n", "r", external, true),
        read(400, external),
        "the external DTD is not fetched, the document is read");
    assertTrue(read(200, external).isError());

    String parameterEntity =
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>"
            + "<Error><Code>C</Code><Message>m</Message></Error>";
    assertEquals(
        new ErrorResponse(400, "C", "m", null, parameterEntity, true),
        read(400, parameterEntity),
        "the parameter entity is not expanded, the document is read");
  }

  @Test
  void xmlEntityExpansionIsNotPerformed() {
    StringBuilder laughs =
        new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">");
    for (int i = 1; i < 10; i++) {
      laughs
          .append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i - 1 == 0 ? "" : i - 1) + ";").repeat(10))
          .append("\">");
    }
    laughs.append("]><Error><Code>&lol9;</Code></Error>");
    ErrorResponse response = read(400, laughs.toString());
    assertEquals(
        new ErrorResponse(400, null, null, null, laughs.toString(), true),
        response,
        "no expansion");
  }

  @Test
  void xmlCodeWithChildElementsIsNoCode() {
    assertNull(read(400, "<Error><Code><b>C</b></Code></Error>").code());
    assertEquals("C", read(400, "<Error><Code><!-- x -->C</Code></Error>").code());
  }

  @Test
  void threadSafe() throws Exception {
    List<String> bodies =
        List.of(
            "{\"error_code\":\"CBC.5003\",\"error_msg\":\"m\"}",
            "{\"code\":201042,\"msg\":\"续费失败，余额不足\"}",
            "<Error><Code>InvalidParameter.X</Code><RequestId>r</RequestId></Error>",
            "{\"status\":\"FAIL\",\"entities\":{\"sub_jobs\":[{\"status\":\"FAIL\",\"error_code\":\"Ecs.0001\"}]}}",
            "{\"error\":{\"code\":\"Ecs.0005\",\"message\":\"m\"}}",
            "{\"error_code\":\"CBC.0000\"}");
    List<ErrorResponse> expected = new ArrayList<>();
    for (String body : bodies) {
      expected.add(read(200, body));
    }
    // more threads than the reader's pool has slots, so that threads share slots
    int threads = 8 * Runtime.getRuntime().availableProcessors();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Integer>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        results.add(
            pool.submit(
                () -> {
                  int checked = 0;
                  for (int i = 0; i < 2_000; i++) {
                    int which = (i + offset) % bodies.size();
                    assertEquals(expected.get(which), read(200, bodies.get(which)));
                    checked++;
                  }
                  return checked;
                }));
      }
      for (Future<Integer> result : results) {
        assertEquals(2_000, result.get());
      }
    } finally {
      pool.shutdown();
    }
  }

  /** Serves a head and then one byte for ever, counting what it served. */
  private static final class CountingStream extends InputStream {
    private final byte[] head;
    private final byte fill;
    long served;
    boolean closed;

    CountingStream(byte[] head, byte fill) {
      this.head = head;
      this.fill = fill;
    }

    @Override
    public int read() {
      byte next = served < head.length ? head[(int) served] : fill;
      served++;
      return next;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      for (int i = 0; i < len; i++) {
        b[off + i] = (byte) read();
      }
      return len;
    }

    @Override
    public void close() {
      closed = true;
    }
  }
}
