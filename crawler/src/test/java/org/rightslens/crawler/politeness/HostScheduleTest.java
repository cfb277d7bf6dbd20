package org.rightslens.crawler.politeness;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.rightslens.crawler.testing.FakeClock;

class HostScheduleTest {

  private final FakeClock clock = new FakeClock(Instant.parse("2026-11-28T00:00:00Z"));
  private final HostSchedule schedule =
      new HostSchedule(
          clock, clock.sleeper(), Duration.ofSeconds(1), Duration.ofSeconds(30), new Random(7));

  private Instant turn(String url) throws InterruptedException {
    schedule.awaitTurn(URI.create(url));
    return clock.instant();
  }

  @Test
  void requestsToOneHostAreSpacedByTheDelayButOtherHostsDoNotWait() throws Exception {
    Instant a1 = turn("https://a.example/1");
    Instant b1 = turn("https://b.example/1");
    Instant a2 = turn("https://a.example/2");
    Instant a3 = turn("https://a.example/3");
    assertThat(b1).isEqualTo(a1);
    assertThat(Duration.between(a1, a2)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    assertThat(Duration.between(a2, a3)).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
  }

  @Test
  void aRobotsCrawlDelayRaisesTheGapUpToTheCap() throws Exception {
    schedule.crawlDelay(URI.create("https://slow.example/"), Duration.ofSeconds(5));
    schedule.crawlDelay(URI.create("https://slower.example/"), Duration.ofHours(2));
    Instant s1 = turn("https://slow.example/1");
    Instant s2 = turn("https://slow.example/2");
    assertThat(Duration.between(s1, s2)).isEqualTo(Duration.ofSeconds(5));
    Instant t1 = turn("https://slower.example/1");
    Instant t2 = turn("https://slower.example/2");
    assertThat(Duration.between(t1, t2)).isEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void retryAfterPushesTheNextRequestBack() throws Exception {
    Instant first = turn("https://busy.example/1");
    schedule.retryAfter(URI.create("https://busy.example/"), Duration.ofSeconds(12));
    Instant second = turn("https://busy.example/2");
    assertThat(Duration.between(first, second)).isGreaterThanOrEqualTo(Duration.ofSeconds(12));
  }

  @Test
  void backoffGrowsExponentiallyWithJitterAndIsCapped() {
    List<Duration> waits = new ArrayList<>();
    for (int failures = 0; failures < 8; failures++) {
      Duration wait = schedule.backoff(failures);
      long ceiling = Math.min(1000L << failures, 30_000);
      assertThat(wait.toMillis()).isBetween(ceiling / 2, ceiling);
      waits.add(wait);
    }
    assertThat(waits.get(4)).isGreaterThan(waits.get(0));
    assertThat(waits.get(7).toMillis()).isLessThanOrEqualTo(30_000);
  }
}
