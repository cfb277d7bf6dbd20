package org.rightslens.crawler.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rightslens.crawler.fetch.FetchLimits;
import org.rightslens.crawler.fetch.FetchRequest;
import org.rightslens.crawler.fetch.FetchResult;
import org.rightslens.crawler.fetch.HttpFetcher;
import org.rightslens.crawler.testing.FakeClock;
import org.rightslens.crawler.testing.FixtureServer;

class PoliteFetcherTest {

  private final FakeClock clock = new FakeClock(Instant.parse("2026-11-28T00:00:00Z"));
  private final FixtureServer server = new FixtureServer().clock(clock::nanos);

  @AfterEach
  void stop() {
    server.close();
    assertThat(server.unexpected()).isEmpty();
  }

  private PoliteFetcher fetcher() {
    HostSchedule schedule =
        new HostSchedule(
            clock, clock.sleeper(), Duration.ofSeconds(2), Duration.ofMinutes(1), new Random(1));
    return new PoliteFetcher(
        new HttpFetcher(FetchLimits.DEFAULTS, HttpFetcher.userAgent(null), clock),
        schedule,
        HttpFetcher.AGENT,
        clock);
  }

  private FetchResult get(PoliteFetcher fetcher, String path) {
    return fetcher.fetch(FetchRequest.get(server.uri(path)));
  }

  @Test
  void robotsDisallowIsObeyedAndRobotsIsFetchedOnce() {
    server.ok(
        "/robots.txt",
        "text/plain",
        "User-agent: RightsLens\nDisallow: /private\n\nUser-agent: *\nDisallow:\n");
    server.ok("/public", "text/plain", "ok");
    PoliteFetcher fetcher = fetcher();
    FetchResult.Failed refused = (FetchResult.Failed) get(fetcher, "/private/page");
    assertThat(refused.reason()).contains("disallowed by robots.txt");
    assertThat(get(fetcher, "/public")).isInstanceOf(FetchResult.Ok.class);
    assertThat(server.seen("/robots.txt")).hasSize(1);
    assertThat(server.seen("/private/page")).isEmpty();
  }

  @Test
  void robotsServerErrorMeansDisallowAndMissingRobotsMeansAllow() {
    server.status("/robots.txt", 500);
    assertThat(((FetchResult.Failed) get(fetcher(), "/x")).reason())
        .contains("disallowed by robots.txt");
    try (FixtureServer other = new FixtureServer()) {
      other.status("/robots.txt", 404);
      other.ok("/x", "text/plain", "ok");
      assertThat(fetcher().fetch(FetchRequest.get(other.uri("/x"))))
          .isInstanceOf(FetchResult.Ok.class);
    }
  }

  @Test
  void neverTwoRequestsToOneHostCloserThanItsDelayAndCrawlDelayIsHonoured() {
    server.ok("/robots.txt", "text/plain", "User-agent: *\nCrawl-delay: 5\n");
    for (int i = 0; i < 4; i++) {
      server.ok("/page" + i, "text/plain", "p" + i);
    }
    PoliteFetcher fetcher = fetcher();
    for (int i = 0; i < 4; i++) {
      assertThat(get(fetcher, "/page" + i)).isInstanceOf(FetchResult.Ok.class);
    }
    var seen = server.seen().stream().filter(s -> s.pathAndQuery().startsWith("/page")).toList();
    for (int i = 1; i < seen.size(); i++) {
      assertThat(seen.get(i).atNanos() - seen.get(i - 1).atNanos())
          .isGreaterThanOrEqualTo(Duration.ofSeconds(5).toNanos());
    }
  }

  @Test
  void retryAfterIsHonouredBeforeTryingAgain() {
    server.status("/robots.txt", 404);
    AtomicInteger calls = new AtomicInteger();
    server.route(
        "/limited",
        ex -> {
          if (calls.incrementAndGet() == 1) {
            ex.getResponseHeaders().set("Retry-After", "20");
            FixtureServer.send(ex, 429, "text/plain", "later".getBytes());
          } else {
            FixtureServer.send(ex, 200, "text/plain", "now".getBytes());
          }
        });
    assertThat(get(fetcher(), "/limited")).isInstanceOf(FetchResult.Ok.class);
    var tries = server.seen("/limited");
    assertThat(tries).hasSize(2);
    assertThat(tries.get(1).atNanos() - tries.get(0).atNanos())
        .isGreaterThanOrEqualTo(Duration.ofSeconds(20).toNanos());
  }

  @Test
  void serverErrorsAreRetriedWithBackoffThenReported() {
    server.status("/robots.txt", 404);
    server.status("/broken", 502);
    FetchResult.Failed failed = (FetchResult.Failed) get(fetcher(), "/broken");
    assertThat(failed.status()).isEqualTo(502);
    var tries = server.seen("/broken");
    assertThat(tries).hasSize(PoliteFetcher.MAX_ATTEMPTS);
    assertThat(tries.get(2).atNanos() - tries.get(1).atNanos())
        .isGreaterThanOrEqualTo(
            tries.get(1).atNanos() - tries.get(0).atNanos() - Duration.ofSeconds(2).toNanos());
  }
}
