package org.rightslens.crawler.politeness;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.random.RandomGenerator;

/**
 * When each host may next be asked: at least {@code delay} between two requests to one host (a
 * robots {@code Crawl-delay} raises it, up to {@code maxDelay}), later still after a {@code
 * Retry-After}. Failures back off exponentially with jitter. Thread-safe.
 */
public final class HostSchedule {

  /** Default gap between two requests to one host. */
  public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);

  /** A robots Crawl-delay or Retry-After is honoured up to this. */
  public static final Duration DEFAULT_MAX_DELAY = Duration.ofMinutes(5);

  private final Clock clock;
  private final Sleeper sleeper;
  private final Duration delay;
  private final Duration maxDelay;
  private final RandomGenerator random;
  private final Map<String, Instant> nextAllowed = new HashMap<>();
  private final Map<String, Duration> hostDelay = new HashMap<>();

  public HostSchedule(
      Clock clock, Sleeper sleeper, Duration delay, Duration maxDelay, RandomGenerator random) {
    this.clock = clock;
    this.sleeper = sleeper;
    this.delay = delay;
    this.maxDelay = maxDelay;
    this.random = random;
  }

  public static String host(URI url) {
    String host = url.getHost() == null ? "" : url.getHost().toLowerCase(Locale.ROOT);
    return url.getPort() == -1 ? host : host + ":" + url.getPort();
  }

  /** Waits until {@code url}'s host may be asked, and books the next slot. */
  public void awaitTurn(URI url) throws InterruptedException {
    String host = host(url);
    while (true) {
      Duration wait;
      synchronized (this) {
        Instant now = clock.instant();
        Instant next = nextAllowed.getOrDefault(host, Instant.MIN);
        if (!now.isBefore(next)) {
          nextAllowed.put(host, now.plus(hostDelay.getOrDefault(host, delay)));
          return;
        }
        wait = Duration.between(now, next);
      }
      sleeper.sleep(wait);
    }
  }

  /**
   * Raises a host's gap (a source's configured delay, a robots {@code Crawl-delay}), capped at
   * {@code maxDelay}; the largest asked for wins.
   */
  public synchronized void crawlDelay(URI url, Duration crawlDelay) {
    Duration capped = crawlDelay.compareTo(maxDelay) > 0 ? maxDelay : crawlDelay;
    hostDelay.merge(
        host(url),
        capped.compareTo(delay) > 0 ? capped : delay,
        (a, b) -> a.compareTo(b) >= 0 ? a : b);
  }

  /** The server asked to wait ({@code Retry-After}); honoured up to {@code maxDelay}. */
  public synchronized void retryAfter(URI url, Duration wait) {
    Duration capped = wait.compareTo(maxDelay) > 0 ? maxDelay : wait;
    Instant later = clock.instant().plus(capped);
    nextAllowed.merge(host(url), later, (a, b) -> a.isAfter(b) ? a : b);
  }

  /** How long to wait before attempt {@code failures + 1}: 2^failures × delay, with jitter. */
  public Duration backoff(int failures) {
    long base = delay.toMillis() * (1L << Math.min(failures, 10));
    long capped = Math.min(base, maxDelay.toMillis());
    long jittered = capped / 2 + (long) (random.nextDouble() * (capped / 2.0));
    return Duration.ofMillis(jittered);
  }

  public Sleeper sleeper() {
    return sleeper;
  }
}
