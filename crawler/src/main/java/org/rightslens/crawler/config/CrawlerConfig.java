package org.rightslens.crawler.config;

import java.util.List;
import java.util.Optional;

/**
 * The crawler's configuration: who runs it ({@code contact}, sent in the User-Agent) and its
 * sources.
 */
public record CrawlerConfig(String contact, List<SourceConfig> sources) {

  public CrawlerConfig {
    sources = List.copyOf(sources);
  }

  public Optional<SourceConfig> source(String id) {
    return sources.stream().filter(s -> s.id().equals(id)).findFirst();
  }
}
