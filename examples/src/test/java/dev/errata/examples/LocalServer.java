package dev.errata.examples;

import dev.errata.examples.ReplayServer.Recorded;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

/** A {@link ReplayServer} and a {@link HttpClient} that calls it, for one test class. */
final class LocalServer implements AutoCloseable {
  final ReplayServer server = ReplayServer.start();
  final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static HttpRequest get(URI uri) {
    return HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10)).build();
  }

  /** Replays {@code recorded} at {@code path} and fetches it. */
  HttpResponse<byte[]> fetch(String path, Recorded recorded) {
    try {
      return http.send(get(server.replay(path, recorded)), BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() {
    server.close();
  }
}
