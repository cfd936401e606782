package dev.errata.micrometer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errata.integrations.testing.cbc.HuaweiCbcErrors;
import dev.errata.integrations.testing.ens.AlibabaEnsErrors;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class ErrorCounterTest {
  private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
  private final ErrorCounter counter = ErrorCounter.of(registry);

  private double count(String provider, String kind, String code) {
    Counter found =
        registry
            .find(ErrorCounter.NAME)
            .tags("provider", provider, "kind", kind, "code", code)
            .counter();
    return found == null ? 0 : found.count();
  }

  @Test
  void countsByProviderKindAndTheTablesCode() {
    String throttled =
        "{\"error_code\":\"CBC.0250\",\"error_msg\":\"Connection request control triggered.\"}";
    HuaweiCbcErrors.INSTANCE.decode(429, throttled).ifPresent(counter);
    HuaweiCbcErrors.INSTANCE.decode(429, throttled).ifPresent(counter);
    HuaweiCbcErrors.INSTANCE
        .decode(200, "{\"error_code\":\"CBC.0000\",\"error_msg\":\"success\"}")
        .ifPresent(counter);

    assertEquals(2, count("huawei-cbc", "THROTTLED", "CBC.0250"));
    assertEquals(1, registry.find(ErrorCounter.NAME).counters().size());
  }

  @Test
  void patternCodesCountUnderTheirPatternSoServersCannotMultiplySeries() {
    for (String field : new String[] {"LoadBalancerSpec", "NetworkId", "VSwitchId"}) {
      AlibabaEnsErrors.INSTANCE
          .decode(400, "{\"Code\":\"InvalidParameter." + field + "\"}")
          .ifPresent(counter);
    }
    assertEquals(3, count("alibaba-ens", "INVALID_ARGUMENT", "InvalidParameter.%s"));
    assertEquals(1, registry.find(ErrorCounter.NAME).counters().size());
  }

  @Test
  void codesTheTableDoesNotListAndMissingCodesAreTaggedUnknown() {
    HuaweiCbcErrors.INSTANCE.decode(400, "{\"error_code\":\"CBC.12345678\"}").ifPresent(counter);
    HuaweiCbcErrors.INSTANCE.decode(400, "{\"error_code\":\"CBC.87654321\"}").ifPresent(counter);
    HuaweiCbcErrors.INSTANCE
        .decode(502, "<html><body>Bad Gateway</body></html>")
        .ifPresent(counter);

    assertEquals(2, count("huawei-cbc", "UNKNOWN", ErrorCounter.UNKNOWN_CODE));
    assertEquals(1, count("huawei-cbc", "UNAVAILABLE", ErrorCounter.UNKNOWN_CODE));
  }
}
