package org.rightslens.crawler.config;

import java.net.URI;
import java.time.Duration;
import org.rightslens.crawler.source.SourceSettings;

/**
 * One source of {@code sources.yaml}.
 *
 * @param id names the source; the prefix of its item ids and the name of its checkpoint
 * @param type a source type of {@code rightslens parse --type}
 * @param url the first URL to fetch; it decides how far back a first crawl looks
 * @param schedule how often to crawl
 * @param delay the least gap between two requests to the source's host
 * @param expectedCadence how often the source usually publishes something new (until measured)
 * @param maxPages pages followed in one crawl at most
 * @param apiKeyEnv environment variable holding an API key, or null
 * @param apiKeyParam query parameter the key is sent in
 */
public record SourceConfig(
    String id,
    String type,
    URI url,
    Duration schedule,
    Duration delay,
    Duration expectedCadence,
    int maxPages,
    SourceSettings settings,
    String apiKeyEnv,
    String apiKeyParam,
    boolean enabled) {

  public static final Duration DEFAULT_SCHEDULE = Duration.ofHours(6);
  public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);
  public static final Duration DEFAULT_EXPECTED_CADENCE = Duration.ofDays(14);
  public static final int DEFAULT_MAX_PAGES = 20;
  public static final String DEFAULT_API_KEY_PARAM = "api_key";
}
