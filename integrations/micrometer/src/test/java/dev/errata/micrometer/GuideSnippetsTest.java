package dev.errata.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errata.integrations.testing.GuideSnippets;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guide's Micrometer snippet, compiled here; the test keeps the guide's copy in step. */
class GuideSnippetsTest {
  @Test
  void theGuideShowsTheseSnippets() {
    assertEquals(List.of("micrometer"), GuideSnippets.check(getClass()));
  }

  ErrorCounter counter(MeterRegistry meterRegistry) {
    // guide:micrometer-start
    ErrorCounter errors = ErrorCounter.of(meterRegistry);
    // guide:micrometer-end
    return errors;
  }
}
