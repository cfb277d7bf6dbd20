package org.rightslens.crawler.checkpoint;

import java.time.LocalDate;
import java.util.Map;

/**
 * Where a source's crawling stands, kept across restarts: the validators of its first URL for a
 * conditional GET, the page to resume from if a crawl was cut short, the newest item date seen, the
 * content hash of every item published (so an unchanged item is never published again), and its
 * health.
 */
public record Checkpoint(
    String sourceId,
    String etag,
    String lastModified,
    String cursor,
    LocalDate watermark,
    Map<String, String> published,
    SourceHealth health) {

  public Checkpoint {
    published = published == null ? Map.of() : Map.copyOf(published);
    health = health == null ? SourceHealth.NONE : health;
  }

  public static Checkpoint empty(String sourceId) {
    return new Checkpoint(sourceId, null, null, null, null, Map.of(), SourceHealth.NONE);
  }

  public boolean firstCrawl() {
    return published.isEmpty() && health.lastSuccess() == null;
  }
}
