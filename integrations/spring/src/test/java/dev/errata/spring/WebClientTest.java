package dev.errata.spring;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.ServiceException;
import dev.errata.integrations.testing.ProviderServer;
import dev.errata.integrations.testing.Reply;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.web.reactive.function.client.WebClient;

/** Through WebClient on Reactor Netty. */
class WebClientTest {
  private static final ProviderServer server = ProviderServer.start();
  private static final List<ServiceException> reported = new CopyOnWriteArrayList<>();

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @ParameterizedTest
  @EnumSource(Reply.class)
  void eachReply(Reply reply) {
    WebClient client =
        WebClient.builder()
            .filter(ErrataExchangeFilter.of(reply.decoder()).onError(reported::add))
            .build();
    // the body as the caller streams it, buffer by buffer, joined here to compare
    var fetch =
        client
            .get()
            .uri(server.uri(reply))
            .retrieve()
            .bodyToFlux(DataBuffer.class)
            .as(DataBufferUtils::join)
            .map(
                joined -> {
                  byte[] bytes = new byte[joined.readableByteCount()];
                  joined.read(bytes);
                  DataBufferUtils.release(joined);
                  return bytes;
                });
    if (reply.isError()) {
      ServiceException error =
          assertThrows(ServiceException.class, () -> fetch.block(Duration.ofSeconds(10)));
      reply.check(error);
      assertTrue(reported.contains(error), "the listener was told of " + error);
    } else {
      reply.checkSuccessBody(fetch.block(Duration.ofSeconds(10)));
    }
  }
}
