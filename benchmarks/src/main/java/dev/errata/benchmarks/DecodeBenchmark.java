package dev.errata.benchmarks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.errata.Classification;
import dev.errata.ErrorCode;
import dev.errata.ErrorResponse;
import dev.errata.ServiceException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One error body per provider shape, decoded three ways: errata's generated decoder; the way it is
 * written by hand with Jackson databind (tree, code field, a map built once, a plain exception);
 * and the floor, a jackson-core token scan that finds the code string and does nothing else.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class DecodeBenchmark {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory JSON = new JsonFactory();

  @Param({"CBC", "ENS", "IDC", "ECS"})
  public ProviderBody provider;

  private final Map<String, String> tableMessages = new HashMap<>();
  private final Map<String, ErrorCode> tableCodes = new HashMap<>();
  private ErrorResponse read;

  @Setup
  public void setUp() {
    for (ErrorCode code : provider.codes) {
      tableMessages.put(code.code(), code.message());
      tableCodes.put(code.code(), code);
    }
    read = provider.decoder.reader().read(provider.status, Map.of(), provider.body);
    if (provider.decoder.decode(provider.status, provider.body).isEmpty()
        || !databind().code().equals(read.code())
        || !bareScan().equals(read.code())
        || !bareScanToEnd().equals(read.code())
        || errataClassify().errorCode() != databindClassify() && provider != ProviderBody.ENS) {
      throw new IllegalStateException("the three ways disagree on " + provider + ": " + read);
    }
  }

  @Benchmark
  public Optional<? extends ServiceException> errata() {
    return provider.decoder.decode(provider.status, provider.body);
  }

  /** The reading half of {@link #errata()}: bytes to code, message, request id and body text. */
  @Benchmark
  public ErrorResponse errataReadOnly() {
    return provider.decoder.reader().read(provider.status, Map.of(), provider.body);
  }

  /** The other half: table lookup and the typed exception, from a response already read. */
  @Benchmark
  public ServiceException errataToExceptionOnly() {
    return provider.decoder.toException(read);
  }

  @Benchmark
  public ApiException databind() {
    try {
      JsonNode tree = MAPPER.readTree(provider.body);
      JsonNode codeNode = tree.at(provider.codePointer);
      String code = codeNode.isValueNode() ? codeNode.asText() : null;
      JsonNode messageNode = tree.at(provider.messagePointer);
      String message = messageNode.isValueNode() ? messageNode.asText() : tableMessages.get(code);
      if (code != null && !tableMessages.containsKey(code)) {
        message = "unknown code: " + message;
      }
      return new ApiException(code, message);
    } catch (IOException unreadable) {
      return new ApiException(null, unreadable.getMessage());
    }
  }

  /** The reading half of {@link #databind()}: code and message, no map and no exception. */
  @Benchmark
  public String[] databindReadOnly() {
    try {
      JsonNode tree = MAPPER.readTree(provider.body);
      JsonNode codeNode = tree.at(provider.codePointer);
      JsonNode messageNode = tree.at(provider.messagePointer);
      return new String[] {
        codeNode.isValueNode() ? codeNode.asText() : null,
        messageNode.isValueNode() ? messageNode.asText() : null
      };
    } catch (IOException unreadable) {
      return new String[0];
    }
  }

  /** Read and table lookup, no exception: what callers that route or count errors use. */
  @Benchmark
  public Classification errataClassify() {
    return provider.decoder.classify(provider.status, Map.of(), provider.body);
  }

  /**
   * The databind way without its exception, for callers that route or count errors: the tree, the
   * code, and the table's entry for it (a plain map, so no pattern codes).
   */
  @Benchmark
  public ErrorCode databindClassify() {
    try {
      JsonNode codeNode = MAPPER.readTree(provider.body).at(provider.codePointer);
      return codeNode.isValueNode() ? tableCodes.get(codeNode.asText()) : null;
    } catch (IOException unreadable) {
      return null;
    }
  }

  @Benchmark
  public String bareScan() {
    try (JsonParser parser = JSON.createParser(provider.body)) {
      return codeOf(parser);
    } catch (IOException unreadable) {
      return null;
    }
  }

  /**
   * The floor for a reader that also wants the message and request id: {@link #bareScan()}, then
   * every further token to the end of the body, skipped. The body cannot tell a reader that no
   * request id or higher-ranked code follows without being read to its end.
   */
  @Benchmark
  public String bareScanToEnd() {
    try (JsonParser parser = JSON.createParser(provider.body)) {
      String code = codeOf(parser);
      while (parser.nextToken() != null) {
        // skipped: strings are not decoded
      }
      return code;
    } catch (IOException unreadable) {
      return null;
    }
  }

  /**
   * The floor taken the way errata's reader takes it: the bytes decoded to a String first, then a
   * character parser over it. The gap to {@link #bareScan()} is what that detour costs.
   */
  @Benchmark
  public String bareScanOfText() {
    try (JsonParser parser = JSON.createParser(new String(provider.body, StandardCharsets.UTF_8))) {
      return codeOf(parser);
    } catch (IOException unreadable) {
      return null;
    }
  }

  /** Follows the code pointer's property names down the objects; skips everything else. */
  private String codeOf(JsonParser parser) throws IOException {
    JsonPointer path = provider.codePointer;
    if (parser.nextToken() != JsonToken.START_OBJECT) {
      return null;
    }
    while (parser.nextToken() == JsonToken.FIELD_NAME) {
      boolean onPath = path.getMatchingProperty().equals(parser.currentName());
      JsonToken value = parser.nextToken();
      if (onPath && path.tail().matches()) {
        return value.isScalarValue() ? parser.getText() : null;
      }
      if (onPath && value == JsonToken.START_OBJECT) {
        path = path.tail();
      } else {
        parser.skipChildren();
      }
    }
    return null;
  }
}
