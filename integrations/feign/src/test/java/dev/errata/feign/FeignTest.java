package dev.errata.feign;

import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.errata.ServiceException;
import dev.errata.integrations.testing.ProviderServer;
import dev.errata.integrations.testing.Reply;
import feign.Feign;
import feign.RequestLine;
import feign.codec.DecodeException;
import feign.codec.Decoder;
import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Through Feign's default client (HttpURLConnection). */
class FeignTest {
  private static final ProviderServer server = ProviderServer.start();
  private static final List<ServiceException> reported = new CopyOnWriteArrayList<>();

  /** A Feign interface; the URI argument is where the call goes. */
  interface ProviderApi {
    @RequestLine("GET")
    byte[] get(URI uri);
  }

  @AfterAll
  static void stopServer() {
    server.close();
  }

  @ParameterizedTest
  @EnumSource(Reply.class)
  void eachReplyWithTheCapability(Reply reply) {
    ProviderApi api =
        Feign.builder()
            .addCapability(ErrataCapability.of(reply.decoder()).onError(reported::add))
            .target(ProviderApi.class, server.baseUrl());
    if (reply.isError()) {
      ServiceException error =
          assertThrows(ServiceException.class, () -> api.get(server.uri(reply)));
      reply.check(error);
      assertTrue(reported.contains(error), "the listener was told of " + error);
    } else {
      reply.checkSuccessBody(api.get(server.uri(reply)));
    }
  }

  @ParameterizedTest
  @EnumSource(Reply.class)
  void errorDecoderAndDecoderSetByHand(Reply reply) {
    ProviderApi api =
        Feign.builder()
            .errorDecoder(ErrataErrorDecoder.of(reply.decoder()))
            .decoder(ErrataDecoder.wrapping(new Decoder.Default(), reply.decoder()))
            .target(ProviderApi.class, server.baseUrl());
    if (!reply.isError()) {
      reply.checkSuccessBody(api.get(server.uri(reply)));
    } else if (reply.status() >= 300) {
      reply.check(assertThrows(ServiceException.class, () -> api.get(server.uri(reply))));
    } else {
      // without the capability, Feign wraps what the decoder raised
      DecodeException wrapped =
          assertThrows(DecodeException.class, () -> api.get(server.uri(reply)));
      reply.check(assertInstanceOf(ServiceException.class, wrapped.getCause()));
    }
  }
}
