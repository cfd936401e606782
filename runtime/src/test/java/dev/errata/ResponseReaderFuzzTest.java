package dev.errata;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.junit.jupiter.api.Test;

/**
 * Generated bodies of every detected shape, with noise, in random layouts, read back exactly; then
 * the same bodies mutated, truncated, nested deep and replaced by random bytes, checked against the
 * invariants every response keeps. {@code -Derrata.fuzz.inputs=N} sets how many inputs ({@code
 * -Pfuzz} runs a million); {@code -Derrata.fuzz.seed=S} replays a run.
 */
class ResponseReaderFuzzTest {
  private static final int INPUTS = Integer.getInteger("errata.fuzz.inputs", 4_000);
  private static final long SEED = Long.getLong("errata.fuzz.seed", System.nanoTime());
  private static final String SUCCESS_CODE = "CBC.0000";
  private static final int[] STATUSES = {
    200, 201, 202, 204, 302, 400, 401, 403, 404, 409, 429, 500, 502, 503
  };

  private static final JsonFactory JSON = new JsonFactory();
  private static final XMLOutputFactory XML = XMLOutputFactory.newDefaultFactory();

  private final ResponseReader reader = ResponseReader.builder().successCodes(SUCCESS_CODE).build();
  private final ResponseReader smallReader =
      ResponseReader.builder().successCodes(SUCCESS_CODE).maxBodyBytes(96).build();

  /** A generated body and what reading it must give. */
  private record Sample(
      byte[] body,
      String code,
      String message,
      String requestId,
      Set<String> codesInBody,
      boolean failedJob,
      String successAbove,
      boolean inArray) {
    Sample(
        byte[] body,
        String code,
        String message,
        String requestId,
        Set<String> codesInBody,
        boolean failedJob) {
      this(body, code, message, requestId, codesInBody, failedJob, null, false);
    }
  }

  @Test
  void fuzz() {
    Random random = new Random(SEED);
    long started = System.nanoTime();
    int[] counts = new int[5];
    long[] nanos = new long[5];
    for (int i = 0; i < INPUTS; i++) {
      int status = STATUSES[random.nextInt(STATUSES.length)];
      Sample sample = generate(random);
      int kind = random.nextInt(10);
      int category = kind < 4 ? 0 : kind < 7 ? 1 : kind < 8 ? 2 : kind < 9 ? 3 : 4;
      long start = System.nanoTime();
      try {
        switch (category) {
          case 0 -> checkExact(status, sample, random);
          case 1 -> checkInvariants(reader, status, mutate(random, sample.body()), null);
          case 2 -> {
            byte[] body = sample.body();
            checkInvariants(
                reader, status, Arrays.copyOf(body, random.nextInt(body.length + 1)), sample);
            checkInvariants(smallReader, status, body, sample);
          }
          case 3 -> {
            byte[] noise = new byte[random.nextInt(300)];
            random.nextBytes(noise);
            checkInvariants(reader, status, noise, null);
          }
          default -> checkInvariants(reader, status, deep(random, sample.body()), null);
        }
      } catch (AssertionError | RuntimeException e) {
        fail(
            "input "
                + i
                + " of seed "
                + SEED
                + " (replay with -Derrata.fuzz.seed="
                + SEED
                + "): "
                + new String(sample.body(), UTF_8),
            e);
      }
      counts[category]++;
      nanos[category] += System.nanoTime() - start;
    }
    System.out.printf(
        Locale.ROOT,
        "errata fuzz: %d inputs, seed %d, %d ms; per category inputs/ms: exact %d/%d, mutated %d/%d,"
            + " truncated %d/%d, random %d/%d, deep %d/%d%n",
        INPUTS,
        SEED,
        (System.nanoTime() - started) / 1_000_000,
        counts[0],
        nanos[0] / 1_000_000,
        counts[1],
        nanos[1] / 1_000_000,
        counts[2],
        nanos[2] / 1_000_000,
        counts[3],
        nanos[3] / 1_000_000,
        counts[4],
        nanos[4] / 1_000_000);
  }

  /**
   * Random tables of exact and multi-placeholder pattern codes, and codes up to thousands of
   * characters long built from their parts, looked up in {@link CodeIndex} and checked against an
   * independent oracle: a dynamic programme over the pattern, quadratic but never exponential.
   */
  @Test
  void patternCodes() {
    Random random = new Random(SEED);
    long started = System.nanoTime();
    int lookups = 0;
    int found = 0;
    for (int t = 0; t < Math.max(1, INPUTS / 100); t++) {
      FuzzCode[] table = new FuzzCode[1 + random.nextInt(6)];
      for (int i = 0; i < table.length; i++) {
        table[i] = new FuzzCode(randomTemplate(random));
      }
      CodeIndex<FuzzCode> index = CodeIndex.of(table);
      for (int j = 0; j < 40; j++) {
        String code = randomCode(random, table[random.nextInt(table.length)].code());
        FuzzCode expected = oracle(table, code);
        try {
          assertEquals(expected, index.find(code));
        } catch (AssertionError e) {
          fail("seed " + SEED + ": table " + Arrays.toString(table) + ", code " + code, e);
        }
        lookups++;
        found += expected == null ? 0 : 1;
      }
    }
    System.out.printf(
        Locale.ROOT,
        "errata pattern fuzz: %d lookups (%d found), seed %d, %d ms%n",
        lookups,
        found,
        SEED,
        (System.nanoTime() - started) / 1_000_000);
  }

  private record FuzzCode(String code) implements CodeOnly {}

  private static final String[] PLACEHOLDER_FORMS = {"%s", "%d", "{name}", "%(key)s", "%1$s"};
  private static final String LITERAL_CHARS = "aA.b-BS%";

  private static String randomTemplate(Random random) {
    StringBuilder template = new StringBuilder();
    for (int parts = 1 + random.nextInt(random.nextInt(10) == 0 ? 26 : 5); parts > 0; parts--) {
      if (random.nextBoolean()) {
        template.append(PLACEHOLDER_FORMS[random.nextInt(PLACEHOLDER_FORMS.length)]);
      } else {
        for (int i = 1 + random.nextInt(3); i > 0; i--) {
          template.append(LITERAL_CHARS.charAt(random.nextInt(LITERAL_CHARS.length())));
        }
      }
    }
    return template.toString();
  }

  /** The template filled in, changed in case, cut, or long runs of a literal's characters. */
  private static String randomCode(Random random, String template) {
    StringBuilder code = new StringBuilder();
    int longRun = random.nextInt(5) == 0 ? 1 + random.nextInt(2000) : 3;
    for (String literal : Placeholders.literals(template)) {
      if (code.length() > 0 || !literal.isEmpty() || random.nextBoolean()) {
        code.append(literal);
      }
      char fill = LITERAL_CHARS.charAt(random.nextInt(LITERAL_CHARS.length()));
      code.append(
          String.valueOf(fill).repeat(random.nextInt(longRun) + (random.nextInt(4) == 0 ? 0 : 1)));
    }
    String filled = code.toString();
    return switch (random.nextInt(5)) {
      case 0 -> filled.toUpperCase(Locale.ROOT);
      case 1 -> filled.isEmpty() ? filled : filled.substring(0, random.nextInt(filled.length()));
      case 2 -> template;
      default -> filled;
    };
  }

  /**
   * Exact codes, then patterns by literal length (table order among equals), then both in lower
   * case.
   */
  private static FuzzCode oracle(FuzzCode[] table, String code) {
    for (boolean ignoreCase : new boolean[] {false, true}) {
      if (ignoreCase && code.length() > CodeIndex.MAX_PATTERN_CODE_LENGTH) {
        return null;
      }
      String wanted = ignoreCase ? CodeIndex.lowerCase(code) : code;
      for (FuzzCode entry : table) {
        String own = ignoreCase ? CodeIndex.lowerCase(entry.code()) : entry.code();
        if (!entry.isPattern() && own.equals(wanted)) {
          return entry;
        }
      }
      if (code.length() > CodeIndex.MAX_PATTERN_CODE_LENGTH) {
        return null;
      }
      FuzzCode best = null;
      int bestLiterals = -1;
      for (FuzzCode entry : table) {
        java.util.List<String> own =
            Placeholders.literals(entry.code()).stream()
                .map(literal -> ignoreCase ? CodeIndex.lowerCase(literal) : literal)
                .toList();
        int literals = String.join("", Placeholders.literals(entry.code())).length();
        if (entry.isPattern() && literals > bestLiterals && matchesByTable(own, wanted)) {
          best = entry;
          bestLiterals = literals;
        }
      }
      if (best != null) {
        return best;
      }
    }
    return null;
  }

  /** Whether {@code code} is the literals with one character or more between each two. */
  private static boolean matchesByTable(java.util.List<String> literals, String code) {
    // reachable[i]: the literals so far can end at position i of the code
    boolean[] reachable = new boolean[code.length() + 1];
    if (!code.startsWith(literals.get(0))) {
      return false;
    }
    reachable[literals.get(0).length()] = true;
    for (String literal : literals.subList(1, literals.size())) {
      boolean[] next = new boolean[code.length() + 1];
      int earliest = Integer.MAX_VALUE;
      for (int i = 0; i <= code.length(); i++) {
        if (reachable[i]) {
          earliest = Math.min(earliest, i);
        }
        // a placeholder from some reachable position before i, at least one character long
        if (earliest < i && code.startsWith(literal, i)) {
          next[i + literal.length()] = true;
        }
      }
      reachable = next;
    }
    return reachable[code.length()];
  }

  private void checkExact(int status, Sample sample, Random random) {
    String headerRequestId = null;
    Map<String, java.util.List<String>> headers = Map.of();
    if (random.nextInt(8) == 0) {
      String id = "hdr-" + "h".repeat(random.nextInt(3) == 0 ? random.nextInt(3000) : 8);
      headers =
          Map.of("x-request-id", java.util.List.of(invisible(random) + id + invisible(random)));
      String read =
          Texts.stripped(
              headers
                  .get("x-request-id")
                  .get(0)
                  .substring(
                      0,
                      Math.min(
                          ResponseReader.MAX_HEADER_CHARS,
                          headers.get("x-request-id").get(0).length())));
      headerRequestId = read;
    }
    ErrorResponse response = reader.read(status, headers, sample.body());
    checkInvariants(reader, status, sample.body(), sample);
    String code = sample.code();
    String message = sample.message();
    if (sample.successAbove() != null && (status >= 400 || code == null || isSuccess(code))) {
      code = sample.successAbove();
      message = null;
    }
    if (sample.inArray() && status < 400 && (code == null || message == null)) {
      code = null;
      message = null;
    }
    assertEquals(code, response.code(), "code");
    assertEquals(message, response.message(), "message");
    assertEquals(
        sample.requestId() != null ? sample.requestId() : headerRequestId,
        response.requestId(),
        "request id");
    boolean success = !sample.failedJob() && (code == null || isSuccess(code));
    assertEquals(status >= 400 || !success, response.isError(), "error");
    assertEquals(new String(sample.body(), UTF_8), response.body());
  }

  /** What holds for any input; with a sample, found values must be ones the body holds. */
  private ErrorResponse checkInvariants(
      ResponseReader reader, int status, byte[] body, Sample sample) {
    ErrorResponse response = reader.read(status, Map.of(), body);
    assertEquals(
        response, reader.read(status, Map.of(), new ByteArrayInputStream(body)), "stream = array");
    assertEquals(status, response.status());
    assertBodyPrefix(body, reader.maxBodyBytes(), response.body());
    String code = response.code();
    if (code != null) {
      assertFalse(code.isBlank());
      assertEquals(code.strip(), code);
    }
    assertTrue(response.message() == null || !response.message().isBlank());
    if (status >= 400) {
      assertTrue(response.isError(), "4xx and 5xx are errors");
    } else if (!response.isError()) {
      assertTrue(code == null || isSuccess(code), "a non-success code is an error");
    } else if (code == null || isSuccess(code)) {
      String upper = response.body().toUpperCase(Locale.ROOT);
      assertTrue(
          upper.contains("FAIL") || upper.contains("ERROR"),
          "only a failed job is an error without a code");
    }
    if (sample != null) {
      assertTrue(
          code == null || sample.codesInBody().contains(code),
          () -> "code " + code + " not in " + sample.codesInBody());
      assertTrue(
          response.message() == null || response.message().equals(sample.message()), "message");
      assertTrue(
          response.requestId() == null || response.requestId().equals(sample.requestId()),
          "request id");
    }
    return response;
  }

  private static void assertBodyPrefix(byte[] body, int max, String text) {
    int length = Math.min(body.length, max);
    for (int cut = length; cut >= Math.max(0, length - 3); cut--) {
      if (new String(body, 0, cut, UTF_8).equals(text)) {
        return;
      }
    }
    fail("body text is not the decoded prefix: " + text);
  }

  private static boolean isSuccess(String code) {
    return code.equals(SUCCESS_CODE)
        || code.equals("200")
        || code.equalsIgnoreCase("OK")
        || code.equalsIgnoreCase("Success")
        || code.chars().allMatch(c -> c == '0');
  }

  // generation

  private enum Shape {
    FLAT,
    NESTED,
    DETAILS,
    CAPITAL,
    LOWER,
    RESPONSE_ERROR,
    ERROR_OBJECT,
    TYPE,
    ERRCODE,
    JOB,
    SUB_JOB,
    XML,
    NONE
  }

  private static Sample generate(Random random) {
    Shape shape = Shape.values()[random.nextInt(Shape.values().length)];
    boolean numeric = random.nextInt(4) == 0 && shape != Shape.TYPE && shape != Shape.XML;
    long number = random.nextInt(5) == 0 ? 0 : random.nextInt(1_000_000) + 1L;
    String code = shape == Shape.NONE ? null : numeric ? Long.toString(number) : code(random);
    String message = random.nextInt(6) == 0 ? null : text(random);
    boolean withRequestId =
        random.nextBoolean()
            && (shape == Shape.FLAT
                || shape == Shape.CAPITAL
                || shape == Shape.RESPONSE_ERROR
                || shape == Shape.XML
                || shape == Shape.NONE
                || shape == Shape.ERROR_OBJECT);
    String requestId = withRequestId ? "req-" + Long.toHexString(random.nextLong()) : null;
    Set<String> codes = new LinkedHashSet<>();
    if (code != null) {
      codes.add(code);
    }
    try {
      if (shape == Shape.XML) {
        return new Sample(
            xml(random, code, message, requestId), code, message, requestId, codes, false);
      }
      String successAbove = null;
      if (shape == Shape.NESTED && random.nextInt(3) == 0) {
        successAbove = SUCCESS_CODE;
        codes.add(SUCCESS_CODE);
      }
      String padded =
          code == null || numeric || random.nextInt(4) != 0
              ? code
              : invisible(random) + code + invisible(random);
      byte[] body =
          json(
              random,
              shape,
              padded,
              numeric ? number : null,
              message,
              requestId,
              codes,
              successAbove);
      boolean inArray = random.nextInt(8) == 0;
      if (inArray) {
        String other =
            random.nextBoolean() ? "" : ",{\"error_code\":\"Second.Element\",\"error_msg\":\"m\"}";
        body = ("[" + new String(body, UTF_8) + other + "]").getBytes(UTF_8);
      }
      return new Sample(
          body,
          code,
          message,
          requestId,
          codes,
          shape == Shape.JOB || shape == Shape.SUB_JOB,
          successAbove,
          inArray);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] json(
      Random random,
      Shape shape,
      String code,
      Long number,
      String message,
      String requestId,
      Set<String> codes,
      String successAbove)
      throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = JSON.createGenerator(out)) {
      if (random.nextBoolean()) {
        json.useDefaultPrettyPrinter();
      }
      if (random.nextInt(4) == 0) {
        json.enable(JsonGenerator.Feature.ESCAPE_NON_ASCII);
      }
      json.writeStartObject();
      noise(random, json);
      if (successAbove != null) {
        json.writeStringField("error_code", successAbove);
      }
      switch (shape) {
        case FLAT -> {
          codeField(json, "error_code", code, number);
          messageField(random, json, "error_msg", message);
          noise(random, json);
          if (requestId != null) {
            json.writeStringField("request_id", requestId);
          }
        }
        case NESTED -> {
          json.writeObjectFieldStart("error");
          noise(random, json);
          messageField(random, json, "message", message);
          codeField(json, "code", code, number);
          json.writeEndObject();
        }
        case DETAILS -> {
          json.writeObjectFieldStart("error");
          json.writeArrayFieldStart("details");
          json.writeStartObject();
          codeField(json, "code", code, number);
          messageField(random, json, "message", message);
          json.writeEndObject();
          json.writeStartObject();
          json.writeStringField("code", "Second.Detail");
          json.writeEndObject();
          json.writeEndArray();
          json.writeEndObject();
        }
        case CAPITAL -> {
          if (requestId != null) {
            json.writeStringField("RequestId", requestId);
          }
          json.writeStringField("HostId", "ens.aliyuncs.com");
          codeField(json, "Code", code, number);
          messageField(random, json, "Message", message);
          json.writeStringField("Recommend", "https://api.aliyun.com/troubleshoot?q=" + code);
        }
        case LOWER -> {
          codeField(json, "code", code, number);
          noise(random, json);
          messageField(random, json, random.nextBoolean() ? "msg" : "message", message);
        }
        case RESPONSE_ERROR -> {
          json.writeObjectFieldStart("Response");
          json.writeObjectFieldStart("Error");
          codeField(json, "Code", code, number);
          messageField(random, json, "Message", message);
          json.writeEndObject();
          if (requestId != null) {
            json.writeStringField("RequestId", requestId);
          }
          json.writeEndObject();
        }
        case ERROR_OBJECT -> {
          json.writeObjectFieldStart("Error");
          codeField(json, "Code", code, number);
          messageField(random, json, "Message", message);
          if (requestId != null) {
            json.writeStringField("RequestId", requestId);
          }
          json.writeEndObject();
        }
        case TYPE -> {
          json.writeStringField("__type", "com.example.v1#" + code);
          messageField(random, json, random.nextBoolean() ? "message" : "Message", message);
        }
        case ERRCODE -> {
          codeField(json, "errcode", code, number);
          messageField(random, json, "errmsg", message);
        }
        case JOB -> {
          json.writeStringField("status", "FAIL");
          json.writeObjectFieldStart("entities");
          json.writeArrayFieldStart("sub_jobs");
          json.writeEndArray();
          json.writeEndObject();
          json.writeStringField("job_id", Long.toHexString(random.nextLong()));
          codeField(json, "error_code", code, number);
          messageField(random, json, "fail_reason", message);
        }
        case SUB_JOB -> {
          json.writeStringField("status", "FAIL");
          json.writeObjectFieldStart("entities");
          json.writeArrayFieldStart("sub_jobs");
          json.writeStartObject();
          json.writeStringField("status", "SUCCESS");
          json.writeNullField("error_code");
          json.writeEndObject();
          json.writeStartObject();
          json.writeStringField("status", "FAIL");
          codeField(json, "error_code", code, number);
          messageField(random, json, "fail_reason", message);
          json.writeEndObject();
          json.writeStartObject();
          json.writeStringField("status", "FAIL");
          json.writeStringField("error_code", "Later.Sub.Job");
          codes.add("Later.Sub.Job");
          json.writeEndObject();
          json.writeEndArray();
          json.writeEndObject();
          json.writeNullField("error_code");
        }
        case NONE -> {
          messageField(random, json, "message", message);
          if (requestId != null) {
            json.writeStringField("requestId", requestId);
          }
        }
        default -> throw new IllegalStateException(shape.name());
      }
      noise(random, json);
      json.writeEndObject();
    }
    return out.toString().getBytes(UTF_8);
  }

  private static void codeField(JsonGenerator json, String name, String code, Long number)
      throws IOException {
    if (number != null) {
      json.writeNumberField(name, number);
    } else {
      json.writeStringField(name, code);
    }
  }

  private static void messageField(Random random, JsonGenerator json, String name, String message)
      throws IOException {
    if (message != null) {
      json.writeStringField(name, message);
    } else if (random.nextBoolean()) {
      json.writeNullField(name);
    }
  }

  /** Fields no shape knows, holding any JSON value. */
  private static void noise(Random random, JsonGenerator json) throws IOException {
    for (int i = random.nextInt(3); i > 0; i--) {
      json.writeFieldName("x_" + random.nextInt(1000));
      noiseValue(random, json, 0);
    }
  }

  private static void noiseValue(Random random, JsonGenerator json, int depth) throws IOException {
    switch (depth > 4 ? random.nextInt(4) : random.nextInt(6)) {
      case 0 -> json.writeString(text(random));
      case 1 -> json.writeNumber(random.nextInt(2) == 0 ? random.nextLong() : random.nextDouble());
      case 2 -> json.writeBoolean(random.nextBoolean());
      case 3 -> json.writeNull();
      case 4 -> {
        json.writeStartArray();
        for (int i = random.nextInt(4); i > 0; i--) {
          noiseValue(random, json, depth + 1);
        }
        json.writeEndArray();
      }
      default -> {
        json.writeStartObject();
        for (int i = random.nextInt(4); i > 0; i--) {
          // names shapes look for, but nested where no shape looks
          json.writeFieldName(random.nextBoolean() ? "code" : "error_code");
          noiseValue(random, json, depth + 1);
        }
        json.writeEndObject();
      }
    }
  }

  private static byte[] xml(Random random, String code, String message, String requestId)
      throws XMLStreamException {
    StringWriter out = new StringWriter();
    XMLStreamWriter xml = XML.createXMLStreamWriter(out);
    xml.writeStartDocument("UTF-8", "1.0");
    boolean wrapped = random.nextBoolean();
    if (wrapped) {
      xml.writeStartElement("ErrorResponse");
      xml.writeDefaultNamespace("http://example.com/doc/2017-11-10/");
    }
    xml.writeStartElement("Error");
    if (requestId != null && !wrapped) {
      element(xml, "RequestId", requestId);
    }
    element(xml, "HostId", "ens.aliyuncs.com");
    element(xml, "Code", code);
    if (message != null) {
      element(xml, "Message", message);
    }
    xml.writeEndElement();
    if (wrapped) {
      if (requestId != null) {
        element(xml, "RequestId", requestId);
      }
      xml.writeEndElement();
    }
    xml.writeEndDocument();
    xml.close();
    return out.toString().getBytes(UTF_8);
  }

  private static void element(XMLStreamWriter xml, String name, String text)
      throws XMLStreamException {
    xml.writeStartElement(name);
    xml.writeCharacters(text);
    xml.writeEndElement();
  }

  private static final String[] INVISIBLE = {
    "", " ", "\u00a0", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u202f", "\u3000"
  };

  /** What may stand around a code unseen: spaces of several kinds, zero-width characters. */
  private static String invisible(Random random) {
    return INVISIBLE[random.nextInt(INVISIBLE.length)]
        + INVISIBLE[random.nextInt(INVISIBLE.length)];
  }

  private static final String CODE_CHARS =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789._-";

  private static String code(Random random) {
    switch (random.nextInt(12)) {
      case 0:
        return SUCCESS_CODE;
      case 1:
        return "OK";
      case 2:
        return "余额不足.Code";
      default:
        StringBuilder code = new StringBuilder();
        code.append((char) ('A' + random.nextInt(26)));
        for (int i = random.nextInt(20); i > 0; i--) {
          code.append(CODE_CHARS.charAt(random.nextInt(CODE_CHARS.length())));
        }
        return code.toString();
    }
  }

  private static final String[] TEXT_PARTS = {
    "Insufficient balance.",
    "余额不足",
    "\"quoted\"",
    "back\\slash",
    "line\nbreak",
    "tab\t",
    "<tag>",
    "&amp;",
    "emoji \uD83D\uDE00",
    "é",
    " ",
    "%s",
    "{name}",
    "]]>",
    "\u2028",
    "null",
    "}",
    "{\"error_code\":\"Fake\"}"
  };

  private static String text(Random random) {
    StringBuilder text = new StringBuilder("m");
    for (int i = random.nextInt(5); i > 0; i--) {
      text.append(TEXT_PARTS[random.nextInt(TEXT_PARTS.length)]);
    }
    return text.toString();
  }

  // mutation

  private static final String SYNTAX = "{}[]\":,\\ 0-e.<>/!&";

  private static byte[] mutate(Random random, byte[] body) {
    byte[] bytes = body;
    for (int m = 1 + random.nextInt(4); m > 0; m--) {
      int at = bytes.length == 0 ? 0 : random.nextInt(bytes.length);
      switch (random.nextInt(7)) {
        case 0 -> {
          if (bytes.length > 0) {
            bytes = bytes.clone();
            bytes[at] = (byte) random.nextInt(256);
          }
        }
        case 1 ->
            bytes =
                splice(bytes, at, Math.min(bytes.length, at + random.nextInt(8) + 1), new byte[0]);
        case 2 ->
            bytes =
                splice(
                    bytes,
                    at,
                    at,
                    new byte[] {(byte) SYNTAX.charAt(random.nextInt(SYNTAX.length()))});
        case 3 ->
            bytes =
                splice(
                    bytes,
                    at,
                    at,
                    Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + random.nextInt(16))));
        case 4 -> bytes = Arrays.copyOf(bytes, at);
        case 5 -> {
          byte[] brackets = new byte[random.nextInt(40)];
          Arrays.fill(brackets, (byte) (random.nextBoolean() ? '[' : '{'));
          bytes = splice(bytes, at, at, brackets);
        }
        default -> {
          if (bytes.length > 1) {
            bytes = bytes.clone();
            int other = random.nextInt(bytes.length);
            byte swap = bytes[at];
            bytes[at] = bytes[other];
            bytes[other] = swap;
          }
        }
      }
    }
    return bytes;
  }

  /** {@code bytes} with {@code [from, to)} replaced by {@code insert}. */
  private static byte[] splice(byte[] bytes, int from, int to, byte[] insert) {
    byte[] spliced = new byte[bytes.length - (to - from) + insert.length];
    System.arraycopy(bytes, 0, spliced, 0, from);
    System.arraycopy(insert, 0, spliced, from, insert.length);
    System.arraycopy(bytes, to, spliced, from + insert.length, bytes.length - to);
    return spliced;
  }

  /** The body wrapped in, or preceded by, thousands of open brackets. */
  private static byte[] deep(Random random, byte[] body) {
    String open =
        switch (random.nextInt(4)) {
          case 0 -> "[";
          case 1 -> "{\"a\":";
          case 2 -> "{\"error\":";
          default -> "<a>";
        };
    int depth = random.nextInt(100) == 0 ? 100_000 : random.nextInt(3_000);
    String prefix = random.nextBoolean() ? open.repeat(depth) : "";
    return (prefix + new String(body, UTF_8) + open.repeat(random.nextInt(1000))).getBytes(UTF_8);
  }
}
