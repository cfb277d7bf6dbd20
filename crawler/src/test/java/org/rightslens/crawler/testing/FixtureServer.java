package org.rightslens.crawler.testing;

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
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * A real HTTP server on a random loopback port that serves fixture routes. Replay is strict: a
 * request for a path and query with no route is answered 404 and recorded, and {@link
 * #unexpected()} lists it so the test can fail on it.
 */
public final class FixtureServer implements AutoCloseable {

  /** Answers one request. */
  @FunctionalInterface
  public interface Route {
    void handle(HttpExchange exchange) throws IOException;
  }

  /** A request as the server saw it. */
  public record Seen(String pathAndQuery, Map<String, List<String>> headers, long atNanos) {
    public String header(String name) {
      return headers.entrySet().stream()
          .filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0))
          .findFirst()
          .orElse(null);
    }
  }

  private final HttpServer server;
  private final Map<String, Route> routes = new ConcurrentHashMap<>();
  private final List<Seen> seen = Collections.synchronizedList(new ArrayList<>());
  private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
  private Supplier<Long> clock = System::nanoTime;

  public FixtureServer() {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 50);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.setExecutor(Executors.newCachedThreadPool());
    server.createContext("/", this::dispatch);
    server.start();
  }

  /** Times requests with this clock (in nanoseconds) instead of the system's. */
  public FixtureServer clock(Supplier<Long> nanos) {
    this.clock = nanos;
    return this;
  }

  public URI uri(String pathAndQuery) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + pathAndQuery);
  }

  public FixtureServer route(String pathAndQuery, Route route) {
    routes.put(pathAndQuery, route);
    return this;
  }

  public FixtureServer ok(String pathAndQuery, String contentType, String body) {
    return route(
        pathAndQuery, ex -> send(ex, 200, contentType, body.getBytes(StandardCharsets.UTF_8)));
  }

  public FixtureServer status(String pathAndQuery, int status) {
    return route(
        pathAndQuery, ex -> send(ex, status, "text/plain", ("status " + status).getBytes()));
  }

  public List<Seen> seen() {
    return List.copyOf(seen);
  }

  public List<Seen> seen(String pathAndQuery) {
    return seen().stream().filter(s -> s.pathAndQuery().equals(pathAndQuery)).toList();
  }

  public List<String> unexpected() {
    return List.copyOf(unexpected);
  }

  private void dispatch(HttpExchange exchange) throws IOException {
    String target =
        exchange.getRequestURI().getRawPath()
            + (exchange.getRequestURI().getRawQuery() == null
                ? ""
                : "?" + exchange.getRequestURI().getRawQuery());
    seen.add(new Seen(target, Map.copyOf(exchange.getRequestHeaders()), clock.get()));
    Route route = routes.get(target);
    try (exchange) {
      if (route == null) {
        unexpected.add(target);
        send(exchange, 404, "text/plain", ("no fixture for " + target).getBytes());
      } else {
        route.handle(exchange);
      }
    } catch (IOException e) {
      // the client went away (timeouts are part of the tests)
    }
  }

  public static void send(HttpExchange exchange, int status, String contentType, byte[] body)
      throws IOException {
    if (contentType != null) {
      exchange.getResponseHeaders().set("Content-Type", contentType);
    }
    exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
    if (body.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
