package org.rightslens.crawler.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rightslens.crawler.testing.FixtureServer;

class HttpFetcherTest {

  private final FixtureServer server = new FixtureServer();
  private final FetchLimits limits =
      new FetchLimits(
          64 * 1024, 3, Duration.ofSeconds(2), Duration.ofMillis(800), Duration.ofMillis(1500));
  private final HttpFetcher fetcher =
      new HttpFetcher(limits, HttpFetcher.userAgent("ops@example.org"), Clock.systemUTC());

  @AfterEach
  void stop() {
    server.close();
    assertThat(server.unexpected()).isEmpty();
  }

  private FetchResult get(String path) {
    return fetcher.fetch(FetchRequest.get(server.uri(path)));
  }

  @Test
  void sendsAnHonestUserAgentAndReturnsTheBody() {
    server.ok("/feed", "application/json", "{\"a\":1}");
    FetchResult.Ok ok = (FetchResult.Ok) get("/feed");
    assertThat(new String(ok.body(), StandardCharsets.UTF_8)).isEqualTo("{\"a\":1}");
    assertThat(ok.contentType()).isEqualTo("application/json");
    assertThat(server.seen("/feed").get(0).header("User-Agent"))
        .startsWith("RightsLens/")
        .contains("+ops@example.org");
  }

  @Test
  void decompressesGzip() {
    server.route(
        "/gz",
        ex -> {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write("hello gzip".getBytes(StandardCharsets.UTF_8));
          }
          ex.getResponseHeaders().set("Content-Encoding", "gzip");
          FixtureServer.send(ex, 200, "text/plain", bytes.toByteArray());
        });
    assertThat(new String(((FetchResult.Ok) get("/gz")).body(), StandardCharsets.UTF_8))
        .isEqualTo("hello gzip");
    assertThat(server.seen("/gz").get(0).header("Accept-Encoding")).contains("gzip");
  }

  @Test
  void refusesAnOversizedBodyAndAGzipBomb() {
    server.ok("/big", "text/plain", "x".repeat(100 * 1024));
    server.route(
        "/bomb",
        ex -> {
          ByteArrayOutputStream bytes = new ByteArrayOutputStream();
          try (OutputStream gz = new GZIPOutputStream(bytes)) {
            gz.write(new byte[1024 * 1024]);
          }
          ex.getResponseHeaders().set("Content-Encoding", "gzip");
          FixtureServer.send(ex, 200, "text/plain", bytes.toByteArray());
        });
    assertThat(((FetchResult.Failed) get("/big")).reason())
        .contains("body larger than 65536 bytes");
    assertThat(((FetchResult.Failed) get("/bomb")).reason())
        .contains("body larger than 65536 bytes");
  }

  @Test
  void followsRedirectsButNotLoopsOrTooMany() {
    server.route("/r1", ex -> redirect(ex, "/r2"));
    server.route("/r2", ex -> redirect(ex, "/final"));
    server.ok("/final", "text/plain", "done");
    server.route("/loop-a", ex -> redirect(ex, "/loop-b"));
    server.route("/loop-b", ex -> redirect(ex, "/loop-a"));
    for (int i = 0; i < 5; i++) {
      int next = i + 1;
      server.route("/chain" + i, ex -> redirect(ex, "/chain" + next));
    }
    FetchResult.Ok ok = (FetchResult.Ok) get("/r1");
    assertThat(ok.finalUrl()).isEqualTo(server.uri("/final"));
    assertThat(((FetchResult.Failed) get("/loop-a")).reason()).contains("redirect loop");
    assertThat(((FetchResult.Failed) get("/chain0")).reason()).contains("more than 3 redirects");
  }

  @Test
  void cutsOffASlowDripAndAServerThatNeverAnswers() {
    server.route(
        "/drip",
        ex -> {
          ex.sendResponseHeaders(200, 0);
          try (OutputStream out = ex.getResponseBody()) {
            for (int i = 0; i < 50; i++) {
              out.write('x');
              out.flush();
              Thread.sleep(100);
            }
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    server.route(
        "/silent",
        ex -> {
          try {
            Thread.sleep(3000);
          } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
          }
        });
    assertThat(((FetchResult.Failed) get("/drip")).reason()).contains("not complete within");
    FetchResult.Failed silent = (FetchResult.Failed) get("/silent");
    assertThat(silent.reason()).contains("no response within");
    assertThat(silent.retryable()).isTrue();
  }

  @Test
  void reportsRetryAfterOn429And503() {
    server.route(
        "/busy",
        ex -> {
          ex.getResponseHeaders().set("Retry-After", "7");
          FixtureServer.send(ex, 429, "text/plain", "slow down".getBytes());
        });
    server.status("/down", 503);
    server.status("/gone", 404);
    FetchResult.Failed busy = (FetchResult.Failed) get("/busy");
    assertThat(busy.status()).isEqualTo(429);
    assertThat(busy.retryAfter()).isEqualTo(Duration.ofSeconds(7));
    assertThat(busy.retryable()).isTrue();
    assertThat(((FetchResult.Failed) get("/down")).retryable()).isTrue();
    assertThat(((FetchResult.Failed) get("/gone")).retryable()).isFalse();
  }

  @Test
  void sendsConditionalHeadersAndUnderstands304() {
    server.route(
        "/etag",
        ex -> {
          if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
          } else {
            ex.getResponseHeaders().set("ETag", "\"v1\"");
            FixtureServer.send(ex, 200, "text/plain", "body".getBytes());
          }
        });
    FetchResult.Ok first = (FetchResult.Ok) get("/etag");
    assertThat(first.etag()).isEqualTo("\"v1\"");
    FetchResult again =
        fetcher.fetch(
            new FetchRequest(server.uri("/etag"), first.etag(), null, java.util.Map.of()));
    assertThat(again).isInstanceOf(FetchResult.NotModified.class);
  }

  private static void redirect(com.sun.net.httpserver.HttpExchange ex, String to)
      throws java.io.IOException {
    ex.getResponseHeaders().set("Location", to);
    ex.sendResponseHeaders(302, -1);
  }
}
