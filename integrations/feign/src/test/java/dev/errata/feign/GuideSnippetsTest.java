package dev.errata.feign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errata.ServiceException;
import dev.errata.integrations.testing.GuideSnippets;
import dev.errata.integrations.testing.cbc.HuaweiCbcErrors;
import feign.Feign;
import feign.RequestLine;
import feign.codec.Decoder;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The guide's Feign snippets, compiled here; the test keeps the guide's copy in step. */
class GuideSnippetsTest {
  interface CbcApi {
    @RequestLine("GET /v2/customers")
    String customers();
  }

  @Test
  void theGuideShowsTheseSnippets() {
    assertEquals(
        List.of("feign", "feign-by-hand", "feign-metrics"), GuideSnippets.check(getClass()));
  }

  CbcApi capability(Decoder jsonDecoder) {
    // guide:feign-start
    CbcApi api =
        Feign.builder()
            .decoder(jsonDecoder) // yours (Jackson, Gson ...), still used for every success
            .addCapability(ErrataCapability.of(HuaweiCbcErrors.INSTANCE))
            .target(CbcApi.class, "https://bss.myhuaweicloud.com");
    // guide:feign-end
    return api;
  }

  CbcApi byHand(Decoder jsonDecoder) {
    // guide:feign-by-hand-start
    CbcApi api =
        Feign.builder()
            .errorDecoder(ErrataErrorDecoder.of(HuaweiCbcErrors.INSTANCE))
            .decoder(ErrataDecoder.wrapping(jsonDecoder, HuaweiCbcErrors.INSTANCE))
            .target(CbcApi.class, "https://bss.myhuaweicloud.com");
    // guide:feign-by-hand-end
    return api;
  }

  void metrics(Consumer<ServiceException> errors) {
    // guide:feign-metrics-start
    ErrataCapability.of(HuaweiCbcErrors.INSTANCE).onError(errors); // Feign
    // guide:feign-metrics-end
  }
}
