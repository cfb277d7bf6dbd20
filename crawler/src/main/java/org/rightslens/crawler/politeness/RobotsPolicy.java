package org.rightslens.crawler.politeness;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.rightslens.crawler.fetch.FetchRequest;
import org.rightslens.crawler.fetch.FetchResult;
import org.rightslens.crawler.fetch.Fetcher;

/**
 * robots.txt per host as RFC 9309 says: a 2xx is parsed (crawler-commons); a 4xx allows all; a 5xx
 * or no answer disallows all. Rules are cached for at most 24 hours, failures for one hour.
 */
public final class RobotsPolicy {

  public static final Duration CACHE = Duration.ofHours(24);
  public static final Duration FAILURE_CACHE = Duration.ofHours(1);

  private final Fetcher fetcher;
  private final Clock clock;
  private final String agent;
  private final SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
  private final Map<String, Cached> cache = new ConcurrentHashMap<>();

  /**
   * @param fetcher fetches robots.txt; it should already be polite (host schedule)
   * @param agent the product token robots.txt groups are matched against
   */
  public RobotsPolicy(Fetcher fetcher, Clock clock, String agent) {
    this.fetcher = fetcher;
    this.clock = clock;
    this.agent = agent;
  }

  public boolean allowed(URI url) {
    return rules(url).isAllowed(url.toString());
  }

  /** The host's Crawl-delay, if robots.txt gives one. */
  public Duration crawlDelay(URI url) {
    long ms = rules(url).getCrawlDelay();
    return ms > 0 ? Duration.ofMillis(ms) : Duration.ZERO;
  }

  private BaseRobotRules rules(URI url) {
    String key = url.getScheme() + "://" + HostSchedule.host(url);
    Instant now = clock.instant();
    Cached cached = cache.get(key);
    if (cached != null && now.isBefore(cached.expires())) {
      return cached.rules();
    }
    URI robots = URI.create(key + "/robots.txt");
    FetchResult result = fetcher.fetch(FetchRequest.get(robots));
    Cached fresh;
    if (result instanceof FetchResult.Ok ok) {
      fresh =
          new Cached(
              parser.parseContent(
                  robots.toString(), ok.body(), ok.contentType(), List.of(agent.toLowerCase())),
              now.plus(CACHE));
    } else if (result instanceof FetchResult.Failed f && f.status() >= 400 && f.status() < 500) {
      fresh =
          new Cached(
              new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_ALL), now.plus(CACHE));
    } else if (result instanceof FetchResult.NotModified) {
      fresh = cached != null ? new Cached(cached.rules(), now.plus(CACHE)) : allowNone(now);
    } else {
      fresh = allowNone(now);
    }
    cache.put(key, fresh);
    return fresh.rules();
  }

  private static Cached allowNone(Instant now) {
    return new Cached(
        new SimpleRobotRules(SimpleRobotRules.RobotRulesMode.ALLOW_NONE), now.plus(FAILURE_CACHE));
  }

  private record Cached(BaseRobotRules rules, Instant expires) {}
}
