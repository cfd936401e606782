package dev.errata.examples;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A local HTTP server on 127.0.0.1 (a free port) that answers each path with a recorded response,
 * the way a provider's API would. Nothing leaves the machine.
 */
public final class ReplayServer implements AutoCloseable {

  /** One recorded response: status, {@code Content-Type}, further headers and body. */
  public record Recorded(int status, String contentType, Map<String, String> headers, String body) {
    public Recorded {
      headers = Map.copyOf(headers);
    }

    public static Recorded json(int status, String body) {
      return new Recorded(status, "application/json;charset=UTF-8", Map.of(), body);
    }

    public static Recorded xml(int status, String body) {
      return new Recorded(status, "text/xml;charset=UTF-8", Map.of(), body);
    }

    public static Recorded html(int status, String body) {
      return new Recorded(status, "text/html", Map.of(), body);
    }

    public Recorded withHeader(String name, String value) {
      Map<String, String> more = new HashMap<>(headers);
      more.put(name, value);
      return new Recorded(status, contentType, more, body);
    }
  }

  private final HttpServer server;
  private final Map<String, List<Recorded>> responses = new ConcurrentHashMap<>();
  private final Map<String, AtomicInteger> hits = new ConcurrentHashMap<>();

  private ReplayServer(HttpServer server) {
    this.server = server;
  }

  /** Starts a server on a free port of 127.0.0.1. */
  public static ReplayServer start() {
    try {
      HttpServer server =
          HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
      ReplayServer replay = new ReplayServer(server);
      server.createContext("/", replay::answer);
      server.start();
      return replay;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot start a local HTTP server", e);
    }
  }

  /**
   * Answers the requests to {@code path} with these responses in turn, the last one from then on;
   * returns the URI to call.
   */
  public URI replay(String path, Recorded first, Recorded... then) {
    List<Recorded> inTurn = new ArrayList<>();
    inTurn.add(first);
    inTurn.addAll(List.of(then));
    hits.put(path, new AtomicInteger());
    responses.put(path, List.copyOf(inTurn));
    return uri(path);
  }

  /** How many requests {@code path} received since it was last given responses. */
  public int hits(String path) {
    AtomicInteger count = hits.get(path);
    return count == null ? 0 : count.get();
  }

  public URI uri(String path) {
    InetSocketAddress address = server.getAddress();
    return URI.create("http://" + address.getHostString() + ":" + address.getPort() + path);
  }

  private void answer(HttpExchange exchange) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      List<Recorded> inTurn = responses.get(path);
      Recorded recorded;
      if (inTurn == null) {
        recorded = Recorded.html(404, "<html><body>no recorded response</body></html>");
      } else {
        int hit = hits.get(path).getAndIncrement();
        recorded = inTurn.get(Math.min(hit, inTurn.size() - 1));
      }
      byte[] body = recorded.body().getBytes(StandardCharsets.UTF_8);
      exchange.getResponseHeaders().set("Content-Type", recorded.contentType());
      recorded.headers().forEach(exchange.getResponseHeaders()::set);
      exchange.sendResponseHeaders(recorded.status(), body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  /** Stops the server at once. */
  @Override
  public void close() {
    server.stop(0);
  }
}
