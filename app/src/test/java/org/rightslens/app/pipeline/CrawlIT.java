package org.rightslens.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rightslens.app.runtime.RightsLens;
import org.rightslens.app.runtime.RunSettings;
import org.rightslens.app.testing.Api;
import org.rightslens.app.testing.KafkaFixture;
import org.rightslens.app.testing.TopicReader;
import org.rightslens.crawler.config.CrawlerConfig;
import org.rightslens.crawler.config.SourcesFile;
import org.rightslens.crawler.testing.FixtureServer;
import org.rightslens.model.kafka.Topics;

/**
 * The crawler inside the running system, against a local fixture server: a gazette's RSS feed is
 * crawled soon after start and becomes searchable; a broken source is shown as failing with its
 * reason while the other goes on; after a restart nothing is published twice.
 */
class CrawlIT {

  private static final Duration WAIT = Duration.ofSeconds(90);

  private final FixtureServer server = new FixtureServer();
  private Path dataDir;
  private RightsLens app;

  @AfterEach
  void stop() {
    if (app != null) {
      app.close();
    }
    server.close();
    KafkaFixture.delete(dataDir);
  }

  private static final String FEED =
      """
      <?xml version="1.0" encoding="UTF-8"?>
      <rss version="2.0">
        <channel>
          <title>Kenya Gazette: new Acts</title>
          <link>%1$s</link>
          <description>Acts of Parliament</description>
          <language>en</language>
          <item>
            <title>Computer Misuse and Cybercrimes (Amendment) Act, 2099</title>
            <link>%1$s/acts/2099/7</link>
            <guid>%1$s/acts/2099/7</guid>
            <pubDate>Mon, 02 Nov 2099 00:00:00 GMT</pubDate>
            <description>Amends the offence of false publication of narwhal data.</description>
          </item>
          <item>
            <title>Data Protection (Narwhal) Regulations, 2099</title>
            <link>%1$s/regs/2099/3</link>
            <guid>%1$s/regs/2099/3</guid>
            <pubDate>Tue, 03 Nov 2099 00:00:00 GMT</pubDate>
            <description>Narwhal registration of data controllers.</description>
          </item>
        </channel>
      </rss>
      """;

  private RightsLens start(CrawlerConfig sources) throws Exception {
    RightsLens started =
        RightsLens.start(
            new RunSettings(
                "127.0.0.1",
                0,
                dataDir,
                KafkaFixture.bootstrapServers(),
                (short) 1,
                false,
                sources));
    Api api = new Api(started.port());
    await().atMost(WAIT).until(() -> api.get("/api/health").status() == 200);
    return started;
  }

  @Test
  void crawledItemsBecomeSearchableAndABrokenSourceIsShownWithItsReason() throws Exception {
    dataDir = Files.createTempDirectory("rightslens-crawl-it");
    String base = server.uri("").toString();
    server.status("/robots.txt", 404);
    server.ok("/gazette/feed.xml", "application/rss+xml", FEED.formatted(base + "/gazette"));
    server.status("/broken/feed.xml", 500);
    Path sourcesFile = dataDir.resolve("sources.yaml");
    Files.writeString(
        sourcesFile,
        """
        sources:
          - id: ke-gazette
            type: rss
            url: %1$s/gazette/feed.xml
            jurisdiction: KE
            itemType: act
            delay: 1s
          - id: broken
            type: rss
            url: %1$s/broken/feed.xml
            jurisdiction: KE
        """
            .formatted(base));
    CrawlerConfig sources = SourcesFile.load(sourcesFile);

    app = start(sources);
    Api api = new Api(app.port());
    await()
        .atMost(WAIT)
        .until(() -> api.get("/api/search?q=narwhal").json().get("total").asInt() == 2);
    JsonNode hit = api.get("/api/search?q=narwhal+AND+cybercrimes").json().get("hits").get(0);
    assertThat(hit.get("jurisdiction").asText()).isEqualTo("KE");
    assertThat(hit.get("id").asText()).startsWith("ke-gazette:");

    await().atMost(WAIT).until(() -> sourceStatus(api, "broken").equals("FAILING"));
    JsonNode broken = source(api, "broken");
    assertThat(broken.get("lastError").asText()).contains("HTTP 500");
    assertThat(sourceStatus(api, "ke-gazette")).isEqualTo("OK");
    assertThat(api.get("/sources").body()).contains("/sources.js");

    // A restart crawls again: the feed is fetched, nothing is published twice.
    int fetchesBefore = server.seen("/gazette/feed.xml").size();
    app.close();
    app = start(sources);
    Api again = new Api(app.port());
    await().atMost(WAIT).until(() -> server.seen("/gazette/feed.xml").size() > fetchesBefore);
    await().atMost(WAIT).until(() -> again.get("/api/health").json().get("lag").asLong() == 0);
    long raw =
        TopicReader.readAll(KafkaFixture.bootstrapServers(), Topics.ITEMS_RAW).stream()
            .filter(r -> r.key() != null && r.key().startsWith("ke-gazette:"))
            .count();
    assertThat(raw).isEqualTo(2);
    assertThat(again.get("/api/search?q=narwhal").json().get("total").asInt()).isEqualTo(2);
    assertThat(server.unexpected()).isEmpty();
  }

  private static JsonNode source(Api api, String id) {
    for (JsonNode s : api.get("/api/sources").json()) {
      if (s.get("id").asText().equals(id)) {
        return s;
      }
    }
    throw new AssertionError("no source " + id);
  }

  private static String sourceStatus(Api api, String id) {
    return source(api, id).get("status").asText();
  }
}
