package dev.errata.spring;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.ServiceException;
import dev.errata.integrations.testing.ProviderServer;
import dev.errata.integrations.testing.Reply;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestTemplate;

class RestClientAndTemplateTest {
  private static final ProviderServer server = ProviderServer.start();
  private static final List<ServiceException> reported = new CopyOnWriteArrayList<>();

  @AfterAll
  static void stopServer() {
    server.close();
  }

  private static void expect(Reply reply, Fetch fetch) throws Exception {
    if (reply.isError()) {
      ServiceException error = assertThrows(ServiceException.class, fetch::body);
      reply.check(error);
      assertTrue(reported.contains(error), "the listener was told of " + error);
    } else {
      reply.checkSuccessBody(fetch.body());
    }
  }

  interface Fetch {
    byte[] body() throws Exception;
  }

  @ParameterizedTest
  @EnumSource(Reply.class)
  void restClientWithTheInterceptor(Reply reply) throws Exception {
    RestClient client =
        RestClient.builder()
            .requestInterceptor(ErrataClientInterceptor.of(reply.decoder()).onError(reported::add))
            .build();
    expect(reply, () -> client.get().uri(server.uri(reply)).retrieve().body(byte[].class));
  }

  @ParameterizedTest
  @EnumSource(Reply.class)
  void restTemplateWithTheInterceptorAndTheHandler(Reply reply) throws Exception {
    RestTemplate template = new RestTemplate();
    template
        .getInterceptors()
        .add(ErrataClientInterceptor.of(reply.decoder()).onError(reported::add));
    template.setErrorHandler(ErrataResponseErrorHandler.of(reply.decoder()).onError(reported::add));
    expect(reply, () -> template.getForObject(server.uri(reply), byte[].class));
  }

  /**
   * Without the interceptor the handler sees 4xx and 5xx only: an error in a 200 reaches the
   * caller.
   */
  @ParameterizedTest
  @EnumSource(Reply.class)
  void restClientWithTheHandlerAlone(Reply reply) throws Exception {
    RestClient client =
        RestClient.builder()
            .defaultStatusHandler(
                ErrataResponseErrorHandler.of(reply.decoder()).onError(reported::add))
            .build();
    Fetch fetch = () -> client.get().uri(server.uri(reply)).retrieve().body(byte[].class);
    if (reply.status() < 400) {
      assertArrayEquals(reply.body(), fetch.body());
    } else {
      expect(reply, fetch);
    }
  }

  @ParameterizedTest
  @EnumSource(Reply.class)
  void restTemplateWithTheHandlerAlone(Reply reply) throws Exception {
    RestTemplate template = new RestTemplate();
    template.setErrorHandler(ErrataResponseErrorHandler.of(reply.decoder()).onError(reported::add));
    Fetch fetch = () -> template.getForObject(server.uri(reply), byte[].class);
    if (reply.status() < 400) {
      assertArrayEquals(reply.body(), fetch.body());
    } else {
      expect(reply, fetch);
    }
  }
}
