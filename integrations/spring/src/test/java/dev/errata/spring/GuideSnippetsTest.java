package dev.errata.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.errata.ServiceException;
import dev.errata.integrations.testing.GuideSnippets;
import dev.errata.integrations.testing.cbc.HuaweiCbcErrors;
import dev.errata.integrations.testing.ens.AlibabaEnsErrors;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;
import org.springframework.web.reactive.function.client.WebClient;

/** The guide's Spring snippets, compiled here; the test keeps the guide's copy in step. */
class GuideSnippetsTest {
  @Test
  void theGuideShowsTheseSnippets() {
    assertEquals(
        List.of("spring-interceptor", "spring-handler", "webclient", "spring-metrics"),
        GuideSnippets.check(getClass()));
  }

  void interceptor() {
    // guide:spring-interceptor-start
    RestClient client =
        RestClient.builder()
            .requestInterceptor(ErrataClientInterceptor.of(HuaweiCbcErrors.INSTANCE))
            .build();

    RestTemplate template = new RestTemplate();
    template.getInterceptors().add(ErrataClientInterceptor.of(HuaweiCbcErrors.INSTANCE));
    // guide:spring-interceptor-end
  }

  void handler() {
    // guide:spring-handler-start
    RestClient client =
        RestClient.builder()
            .defaultStatusHandler(ErrataResponseErrorHandler.of(AlibabaEnsErrors.INSTANCE))
            .build();

    RestTemplate template = new RestTemplate();
    template.setErrorHandler(ErrataResponseErrorHandler.of(AlibabaEnsErrors.INSTANCE));
    // guide:spring-handler-end
  }

  void webClient() {
    // guide:webclient-start
    WebClient client =
        WebClient.builder().filter(ErrataExchangeFilter.of(HuaweiCbcErrors.INSTANCE)).build();
    // guide:webclient-end
  }

  void metrics(Consumer<ServiceException> errors) {
    // guide:spring-metrics-start
    ErrataClientInterceptor.of(HuaweiCbcErrors.INSTANCE).onError(errors); // Spring
    // guide:spring-metrics-end
  }
}
