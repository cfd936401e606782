package dev.errata.tencentcloud;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import dev.errata.Errata;
import dev.errata.integrations.testing.GuideSnippets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guide's Tencent Cloud snippet, compiled here; the test keeps the guide's copy in step. */
class GuideSnippetsTest {
  /** Stands for a service client of the SDK (CVM's), not a dependency here. */
  interface CvmClient {
    Object RunInstances(Object request) throws TencentCloudSDKException;
  }

  @Test
  void theGuideShowsTheseSnippets() {
    assertEquals(List.of("tencentcloud"), GuideSnippets.check(getClass()));
  }

  void call(CvmClient cvmClient, Object request) {
    // guide:tencentcloud-start
    // the decoder generated from your Tencent table, found by its provider id
    TencentCloudBridge<?> cvm = TencentCloudBridge.of(Errata.decoder("tencent-cvm"));
    try {
      cvmClient.RunInstances(request);
    } catch (TencentCloudSDKException e) {
      throw cvm.translate(e);
    }
    // guide:tencentcloud-end
  }
}
