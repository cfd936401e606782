package dev.errata;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.sample.SampleCloudErrors;
import dev.errata.sample.SampleCloudException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What an SDK bridge needs: the SDK's request id kept, the SDK's exception as the cause. */
class ParsedCauseTest {
  private final SampleCloudErrors errors = new SampleCloudErrors();

  @Test
  void decodeParsedKeepsTheRequestIdAndTheCauseIsSetOnce() {
    IllegalStateException sdkException = new IllegalStateException("the SDK's own exception");
    ServiceException error =
        errors.decodeParsed(200, "CBC.5003", "Insufficient balance.", " req-7 ").orElseThrow();

    assertNull(error.getCause());
    assertSame(error, error.initCause(sdkException));
    assertSame(sdkException, error.getCause());
    assertEquals(Optional.of("req-7"), error.requestId());
    assertTrue(error.getMessage().contains("[request req-7]"), error.getMessage());
    assertThrows(IllegalStateException.class, () -> error.initCause(new RuntimeException()));
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    assertTrue(
        trace
            .toString()
            .contains("Caused by: java.lang.IllegalStateException: the SDK's own exception"),
        trace.toString());
  }

  @Test
  void anExceptionIsNotItsOwnCause() {
    SampleCloudException error = errors.decodeParsed(400, "CBC.5003", null, null).orElseThrow();
    assertThrows(IllegalArgumentException.class, () -> error.initCause(error));
    assertNull(error.getCause());
  }

  @Test
  void aSuccessCodeIsNoErrorWithARequestIdEither() {
    assertEquals(Optional.empty(), errors.decodeParsed(200, "0", "ok", "req-8"));
  }
}
