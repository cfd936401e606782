package dev.errata.huaweicloud;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.huaweicloud.sdk.core.exception.ServiceResponseException;
import dev.errata.ServiceException;
import dev.errata.integrations.testing.GuideSnippets;
import dev.errata.integrations.testing.cbc.HuaweiCbcErrors;
import dev.errata.integrations.testing.cbc.HuaweiCbcException;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** The guide's Huawei Cloud snippets, compiled here; the test keeps the guide's copy in step. */
class GuideSnippetsTest {
  /** Stands for a service client of the SDK (here BSS, which sells CBC), not a dependency here. */
  interface BssClient {
    Object payOrders(Object request);
  }

  @Test
  void theGuideShowsTheseSnippets() {
    assertEquals(List.of("huaweicloud", "huaweicloud-metrics"), GuideSnippets.check(getClass()));
  }

  void call(BssClient bssClient, Object request) {
    // guide:huaweicloud-start
    HuaweiCloudBridge<HuaweiCbcException> cbc = HuaweiCloudBridge.of(HuaweiCbcErrors.INSTANCE);
    try {
      bssClient.payOrders(request);
    } catch (ServiceResponseException e) { // also ClientRequestException, ServerResponseException
      throw cbc.translate(e);
    }
    // guide:huaweicloud-end
  }

  void metrics(Consumer<ServiceException> errors) {
    // guide:huaweicloud-metrics-start
    HuaweiCloudBridge.of(HuaweiCbcErrors.INSTANCE).onError(errors); // an SDK bridge
    // guide:huaweicloud-metrics-end
  }
}
