package dev.errata.aliyun.tea;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.aliyun.tea.TeaException;
import dev.errata.integrations.testing.GuideSnippets;
import dev.errata.integrations.testing.ens.AlibabaEnsErrors;
import dev.errata.integrations.testing.ens.AlibabaEnsException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guide's Tea snippet, compiled here; the test keeps the guide's copy in step. */
class GuideSnippetsTest {
  /**
   * Stands for a Tea-based service client (ENS's), not a dependency here; theirs throw Exception.
   */
  interface EnsClient {
    Object createLoadBalancer(Object request) throws Exception;
  }

  @Test
  void theGuideShowsTheseSnippets() {
    assertEquals(List.of("aliyun-tea"), GuideSnippets.check(getClass()));
  }

  void call(EnsClient ensClient, Object request) throws Exception {
    // guide:aliyun-tea-start
    TeaBridge<AlibabaEnsException> ens = TeaBridge.of(AlibabaEnsErrors.INSTANCE);
    try {
      ensClient.createLoadBalancer(request);
    } catch (TeaException e) {
      throw ens.translate(e);
    }
    // guide:aliyun-tea-end
  }
}
