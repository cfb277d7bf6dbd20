package org.rightslens.crawler.crawl;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightslens.crawler.checkpoint.CheckpointStore;
import org.rightslens.crawler.checkpoint.SourceStatus;
import org.rightslens.crawler.config.CrawlerConfig;
import org.rightslens.crawler.config.SourceConfig;
import org.rightslens.crawler.fetch.FetchLimits;
import org.rightslens.crawler.fetch.HttpFetcher;
import org.rightslens.crawler.politeness.HostSchedule;
import org.rightslens.crawler.politeness.PoliteFetcher;
import org.rightslens.crawler.publish.ItemSink;
import org.rightslens.crawler.source.ItemDraft;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.SourceParser;
import org.rightslens.crawler.source.SourceSettings;
import org.rightslens.crawler.source.SourceTypes;
import org.rightslens.crawler.testing.FakeClock;
import org.rightslens.crawler.testing.FixtureServer;
import org.rightslens.model.item.LegislationItem;
import org.rightslens.model.json.Json;

class SourceCrawlerTest {

  /** A minimal source format: {"items":[{"id","title","updated"}], "next": "/path"}. */
  private static final SourceParser PAGES =
      (body, context) -> {
        JsonNode root;
        try {
          root = Json.mapper().readTree(body);
        } catch (IOException e) {
          return new ParseOutcome.Rejected("not JSON");
        }
        if (root == null || !root.has("items")) {
          return new ParseOutcome.Rejected("expected items[]");
        }
        List<LegislationItem> items = new ArrayList<>();
        for (JsonNode n : root.get("items")) {
          ItemDraft d = ItemDraft.of(context, n.get("id").asText());
          d.title = n.get("title").asText();
          d.updated = LocalDate.parse(n.get("updated").asText());
          items.add(d.build());
        }
        URI next =
            root.hasNonNull("next") ? context.baseUrl().resolve(root.get("next").asText()) : null;
        return new ParseOutcome.Parsed(items, next);
      };

  private final FakeClock clock = new FakeClock(Instant.parse("2026-11-28T00:00:00Z"));
  private final FixtureServer server = new FixtureServer().clock(clock::nanos);
  private final List<LegislationItem> published = new ArrayList<>();
  private final ItemSink sink =
      new ItemSink() {
        @Override
        public void publish(LegislationItem item) {
          published.add(item);
        }

        @Override
        public void flush() {}
      };

  @TempDir Path dir;

  @AfterEach
  void stop() {
    server.close();
    assertThat(server.unexpected()).as("requests without a fixture").isEmpty();
  }

  private SourceCrawler crawler() {
    return crawler(type -> type.equals("pages") ? Optional.of(PAGES) : Optional.empty());
  }

  private SourceCrawler crawler(Function<String, Optional<SourceParser>> parsers) {
    HostSchedule schedule =
        new HostSchedule(
            clock, clock.sleeper(), Duration.ofSeconds(1), Duration.ofMinutes(1), new Random(3));
    PoliteFetcher fetcher =
        new PoliteFetcher(
            new HttpFetcher(FetchLimits.DEFAULTS, HttpFetcher.userAgent(null), clock),
            schedule,
            HttpFetcher.AGENT,
            clock);
    return new SourceCrawler(
        fetcher,
        new CheckpointStore(dir.resolve("checkpoints")),
        sink,
        clock,
        Map.of("KEY", "s3cret"),
        parsers);
  }

  private SourceConfig source(String id, String path) {
    return new SourceConfig(
        id,
        "pages",
        server.uri(path),
        Duration.ofHours(6),
        Duration.ofSeconds(1),
        Duration.ofDays(7),
        10,
        SourceSettings.NONE,
        null,
        "api_key",
        true);
  }

  private static String page(String next, String... idTitle) {
    StringBuilder items = new StringBuilder();
    for (int i = 0; i < idTitle.length; i += 2) {
      items
          .append(i == 0 ? "" : ",")
          .append("{\"id\":\"")
          .append(idTitle[i])
          .append("\",\"title\":\"")
          .append(idTitle[i + 1])
          .append("\",\"updated\":\"2026-11-2")
          .append(i / 2)
          .append("\"}");
    }
    return "{\"items\":[" + items + "]" + (next == null ? "" : ",\"next\":\"" + next + "\"") + "}";
  }

  @Test
  void firstCrawlFollowsEveryPageAndLaterCrawlsStopAtTheFirstPageWithNothingNew() {
    server.status("/robots.txt", 404);
    server.ok("/list", "application/json", page("/list?page=2", "a", "A", "b", "B"));
    server.ok("/list?page=2", "application/json", page("/list?page=3", "c", "C"));
    server.ok("/list?page=3", "application/json", page(null, "d", "D"));

    CrawlReport first = crawler().crawl(source("src", "/list"));
    assertThat(first.line()).isEqualTo("src: 3 pages, 4 items found, 4 new or changed");
    assertThat(published)
        .extracting(LegislationItem::id)
        .containsExactly("src:a", "src:b", "src:c", "src:d");

    // A restart: a new crawler over the same checkpoints publishes nothing again.
    CrawlReport second = crawler().crawl(source("src", "/list"));
    assertThat(second.published()).isZero();
    assertThat(published).hasSize(4);
    assertThat(server.seen("/list?page=2")).hasSize(1);

    // One item changes on the first page: it alone is published, once.
    server.ok("/list", "application/json", page("/list?page=2", "a", "A amended", "b", "B"));
    CrawlReport third = crawler().crawl(source("src", "/list"));
    assertThat(third.published()).isEqualTo(1);
    assertThat(published.get(4).title()).isEqualTo("A amended");
    assertThat(server.seen("/list?page=2")).hasSize(2);
    assertThat(server.seen("/list?page=3")).hasSize(1);
  }

  @Test
  void usesConditionalGetOnTheFirstUrl() {
    server.status("/robots.txt", 404);
    server.route(
        "/feed",
        ex -> {
          if ("\"e1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
            ex.sendResponseHeaders(304, -1);
          } else {
            ex.getResponseHeaders().set("ETag", "\"e1\"");
            FixtureServer.send(ex, 200, "application/json", page(null, "x", "X").getBytes());
          }
        });
    crawler().crawl(source("cond", "/feed"));
    CrawlReport again = crawler().crawl(source("cond", "/feed"));
    assertThat(again.succeeded()).isTrue();
    assertThat(again.pages()).isZero();
    assertThat(server.seen("/feed").get(1).header("If-None-Match")).isEqualTo("\"e1\"");
  }

  @Test
  void aFailingSourceDoesNotStopTheOthersAndHealthSaysWhichAndWhy() {
    server.status("/robots.txt", 404);
    server.status("/broken", 500);
    server.ok("/waf", "text/html", "<html>challenge</html>");
    server.ok("/good", "application/json", page(null, "g", "G"));
    CheckpointStore store = new CheckpointStore(dir.resolve("checkpoints"));
    CrawlerConfig config =
        new CrawlerConfig(
            null,
            List.of(source("broken", "/broken"), source("waf", "/waf"), source("good", "/good")));
    CrawlService service = new CrawlService(config, crawler(), store, dir.resolve("locks"), clock);

    List<String> lines = new ArrayList<>();
    service.crawlAll(null, r -> lines.add(r.line()));
    assertThat(lines).hasSize(3);
    assertThat(lines.get(0)).startsWith("broken: FAILED").contains("HTTP 500");
    assertThat(lines.get(1)).startsWith("waf: FAILED").contains("response rejected: not JSON");
    assertThat(lines.get(2)).isEqualTo("good: 1 pages, 1 items found, 1 new or changed");
    assertThat(published).extracting(LegislationItem::id).containsExactly("good:g");

    service.crawlAll(null, r -> {});
    var views = service.sources();
    assertThat(views.get(0).status()).isEqualTo(SourceStatus.FAILING);
    assertThat(views.get(0).consecutiveFailures()).isEqualTo(2);
    assertThat(views.get(0).lastError()).contains("HTTP 500");
    assertThat(views.get(2).status()).isEqualTo(SourceStatus.OK);
  }

  @Test
  void hostileXmlIsRefusedWithoutFetchingWhatItPointsAtAndAFeedIsReadWhateverItsContentType() {
    server.status("/robots.txt", 404);
    // Strict replay: were the external entity resolved, /secret would show as unexpected.
    server.ok(
        "/xxe.rss",
        "application/rss+xml",
        "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \""
            + server.uri("/secret")
            + "\">]><rss version=\"2.0\"><channel><item><title>&x;</title>"
            + "<link>https://a.example/1</link></item></channel></rss>");
    server.ok(
        "/plain.rss",
        "text/plain",
        "<rss version=\"2.0\"><channel><item><title>Cybersecurity Act</title>"
            + "<link>https://a.example/2</link></item></channel></rss>");
    CrawlService service =
        new CrawlService(
            new CrawlerConfig(null, List.of(rss("xxe", "/xxe.rss"), rss("plain", "/plain.rss"))),
            crawler(SourceTypes::parser),
            new CheckpointStore(dir.resolve("checkpoints")),
            dir.resolve("locks"),
            clock);

    List<String> lines = new ArrayList<>();
    service.crawlAll(null, r -> lines.add(r.line()));

    assertThat(lines.get(0)).startsWith("xxe: FAILED").contains("rss: hostile XML");
    assertThat(lines.get(1)).isEqualTo("plain: 1 pages, 1 items found, 1 new or changed");
    assertThat(published).extracting(LegislationItem::title).containsExactly("Cybersecurity Act");
  }

  private SourceConfig rss(String id, String path) {
    SourceConfig pages = source(id, path);
    return new SourceConfig(
        id,
        "rss",
        pages.url(),
        pages.schedule(),
        pages.delay(),
        pages.expectedCadence(),
        pages.maxPages(),
        new SourceSettings("KE", "act", null, "en", Map.of()),
        null,
        "api_key",
        true);
  }

  @Test
  void aSourceWithNothingNewForMuchLongerThanUsualIsStale() {
    server.status("/robots.txt", 404);
    server.ok("/quiet", "application/json", page(null, "q", "Q"));
    CheckpointStore store = new CheckpointStore(dir.resolve("checkpoints"));
    CrawlService service =
        new CrawlService(
            new CrawlerConfig(null, List.of(source("quiet", "/quiet"))),
            crawler(),
            store,
            dir.resolve("locks"),
            clock);
    service.crawlAll(null, r -> {});
    assertThat(service.sources().get(0).status()).isEqualTo(SourceStatus.OK);
    clock.advance(Duration.ofDays(30));
    service.crawlAll(null, r -> {});
    var view = service.sources().get(0);
    assertThat(view.status()).isEqualTo(SourceStatus.STALE);
    assertThat(view.lastSuccess()).isEqualTo(clock.instant());
  }

  @Test
  void anApiKeyComesFromTheEnvironmentAndIsNeverKeptOrShown() {
    server.status("/robots.txt", 404);
    server.ok(
        "/keyed?api_key=s3cret",
        "application/json",
        page("/keyed?page=2&api_key=s3cret", "k", "K"));
    server.ok("/keyed?page=2&api_key=s3cret", "application/json", page(null, "l", "L"));
    SourceConfig keyed =
        new SourceConfig(
            "keyed",
            "pages",
            server.uri("/keyed"),
            Duration.ofHours(6),
            Duration.ofSeconds(1),
            Duration.ofDays(7),
            10,
            SourceSettings.NONE,
            "KEY",
            "api_key",
            true);
    assertThat(crawler().crawl(keyed).published()).isEqualTo(2);
    assertThat(new CheckpointStore(dir.resolve("checkpoints")).load("keyed").toString())
        .doesNotContain("s3cret");
    SourceConfig missing =
        new SourceConfig(
            "nokey",
            "pages",
            server.uri("/keyed"),
            Duration.ofHours(6),
            Duration.ofSeconds(1),
            Duration.ofDays(7),
            10,
            SourceSettings.NONE,
            "OTHER_KEY",
            "api_key",
            true);
    assertThat(crawler().crawl(missing).error())
        .isEqualTo("needs an API key: set the environment variable OTHER_KEY");
    server.status("/keyed-down?api_key=s3cret", 404);
    SourceConfig down =
        new SourceConfig(
            "down",
            "pages",
            server.uri("/keyed-down"),
            Duration.ofHours(6),
            Duration.ofSeconds(1),
            Duration.ofDays(7),
            10,
            SourceSettings.NONE,
            "KEY",
            "api_key",
            true);
    assertThat(crawler().crawl(down).error()).contains("api_key=***").doesNotContain("s3cret");
  }
}
