package org.rightslens.crawler.source;

import java.util.Map;

/**
 * Per-source settings that shape parsing. Generic feed and page types ({@code rss}, {@code atom},
 * {@code html}) take the jurisdiction, type and language of their items from here, since a feed
 * does not say them; {@code selectors} maps item fields to CSS selectors for {@code html} sources:
 * {@code item} (required: one element per item), {@code title}, {@code link}, {@code date}, {@code
 * summary}, {@code id}.
 */
public record SourceSettings(
    String jurisdiction,
    String type,
    String status,
    String language,
    Map<String, String> selectors) {

  public static final SourceSettings NONE = new SourceSettings(null, null, null, null, Map.of());

  public SourceSettings {
    selectors = selectors == null ? Map.of() : Map.copyOf(selectors);
  }
}
