package org.rightslens.crawler.politeness;

import java.net.URI;
import java.time.Duration;
import org.rightslens.crawler.fetch.FetchRequest;
import org.rightslens.crawler.fetch.FetchResult;
import org.rightslens.crawler.fetch.Fetcher;
import org.rightslens.crawler.fetch.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A fetcher that asks robots.txt first, waits its turn per host, honours {@code Retry-After} and
 * retries transient failures with exponential backoff and jitter ({@value #MAX_ATTEMPTS} attempts
 * in all).
 */
public final class PoliteFetcher implements Fetcher {

  public static final int MAX_ATTEMPTS = 3;

  private static final Logger LOG = LoggerFactory.getLogger(PoliteFetcher.class);

  private final Fetcher delegate;
  private final HostSchedule schedule;
  private final RobotsPolicy robots;

  public PoliteFetcher(
      Fetcher delegate, HostSchedule schedule, String agent, java.time.Clock clock) {
    this.delegate = delegate;
    this.schedule = schedule;
    this.robots = new RobotsPolicy(this::scheduled, clock, agent);
  }

  @Override
  public FetchResult fetch(FetchRequest request) {
    URI url = request.url();
    if (!robots.allowed(url)) {
      return new FetchResult.Failed(
          url, 0, "disallowed by robots.txt of " + HostSchedule.host(url), null, false);
    }
    Duration crawlDelay = robots.crawlDelay(url);
    if (!crawlDelay.isZero()) {
      schedule.crawlDelay(url, crawlDelay);
    }
    FetchResult result = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      result = scheduled(request);
      if (!(result instanceof FetchResult.Failed failed) || !failed.retryable()) {
        return result;
      }
      if (attempt == MAX_ATTEMPTS) {
        break;
      }
      Duration wait =
          failed.retryAfter() != null ? failed.retryAfter() : schedule.backoff(attempt - 1);
      if (failed.retryAfter() != null) {
        schedule.retryAfter(url, wait);
      }
      LOG.info(
          "{} failed ({}); attempt {} of {} in {}",
          Secrets.mask(url.toString()),
          Secrets.mask(failed.reason()),
          attempt + 1,
          MAX_ATTEMPTS,
          wait);
      try {
        if (failed.retryAfter() == null) {
          schedule.sleeper().sleep(wait);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return result;
      }
    }
    return result;
  }

  private FetchResult scheduled(FetchRequest request) {
    try {
      schedule.awaitTurn(request.url());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new FetchResult.Failed(request.url(), 0, "interrupted", null, true);
    }
    return delegate.fetch(request);
  }
}
