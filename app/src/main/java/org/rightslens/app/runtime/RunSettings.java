package org.rightslens.app.runtime;

import java.nio.file.Path;
import org.rightslens.crawler.config.CrawlerConfig;

/**
 * How {@code rightslens run} is set up.
 *
 * @param bootstrapServers an existing Kafka cluster, or null for the embedded broker
 * @param replicationFactor for the topics created at start (1 for the embedded broker)
 * @param crawler the sources to crawl, or null to crawl nothing
 */
public record RunSettings(
    String host,
    int port,
    Path dataDir,
    String bootstrapServers,
    short replicationFactor,
    boolean importCatalogue,
    CrawlerConfig crawler) {

  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final int DEFAULT_PORT = 8080;
  public static final String DEFAULT_DATA_DIR = "./data";

  public RunSettings {
    if (port < 0 || port > 65_535) {
      throw new IllegalArgumentException("port: expected 0..65535, got " + port);
    }
    if (replicationFactor < 1) {
      throw new IllegalArgumentException(
          "replication factor: expected at least 1, got " + replicationFactor);
    }
  }

  public boolean embeddedKafka() {
    return bootstrapServers == null || bootstrapServers.isBlank();
  }
}
