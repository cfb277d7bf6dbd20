package org.rightslens.crawler.crawl;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import org.rightslens.crawler.checkpoint.Checkpoint;
import org.rightslens.crawler.checkpoint.CheckpointStore;
import org.rightslens.crawler.config.SourceConfig;
import org.rightslens.crawler.fetch.FetchRequest;
import org.rightslens.crawler.fetch.FetchResult;
import org.rightslens.crawler.fetch.Fetcher;
import org.rightslens.crawler.fetch.Secrets;
import org.rightslens.crawler.publish.ItemSink;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.SourceParser;
import org.rightslens.crawler.source.SourceTypes;
import org.rightslens.model.item.ContentHash;
import org.rightslens.model.item.LegislationItem;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Crawls one source: fetches its URL (conditionally, if it answered with validators before), parses
 * each page, publishes the items that are new or changed since the checkpoint, and follows the
 * source's own next-page links — all of them on a first crawl (up to {@code maxPages}), and
 * afterwards only while a page still brings something new. The checkpoint is saved after every
 * page, once the page's items are durably published, so a restart resumes without republishing.
 */
public final class SourceCrawler {

  private static final Logger LOG = LoggerFactory.getLogger(SourceCrawler.class);

  private final Fetcher fetcher;
  private final CheckpointStore checkpoints;
  private final ItemSink sink;
  private final Clock clock;
  private final Map<String, String> environment;
  private final Function<String, Optional<SourceParser>> parsers;

  /** A crawler of the registered {@link SourceTypes}. */
  public SourceCrawler(
      Fetcher fetcher,
      CheckpointStore checkpoints,
      ItemSink sink,
      Clock clock,
      Map<String, String> environment) {
    this(fetcher, checkpoints, sink, clock, environment, SourceTypes::parser);
  }

  /**
   * @param environment where API keys are looked up ({@code System.getenv()} in production)
   * @param parsers the parser of each source type
   */
  public SourceCrawler(
      Fetcher fetcher,
      CheckpointStore checkpoints,
      ItemSink sink,
      Clock clock,
      Map<String, String> environment,
      Function<String, Optional<SourceParser>> parsers) {
    this.fetcher = fetcher;
    this.checkpoints = checkpoints;
    this.sink = sink;
    this.clock = clock;
    this.environment = Map.copyOf(environment);
    this.parsers = parsers;
  }

  public CrawlReport crawl(SourceConfig source) {
    Checkpoint checkpoint = checkpoints.load(source.id());
    Progress progress = new Progress();
    try {
      SourceParser parser =
          parsers
              .apply(source.type())
              .orElseThrow(() -> new CrawlFailure("unknown source type " + source.type()));
      String apiKey = apiKey(source);
      checkpoint = run(source, parser, apiKey, checkpoint, progress);
      checkpoints.save(
          withHealth(
              checkpoint,
              checkpoint.health().succeeded(clock.instant(), progress.found, progress.published)));
      return new CrawlReport(source.id(), progress.pages, progress.found, progress.published, null);
    } catch (CrawlFailure e) {
      LOG.warn("source {} ({}): {}", source.id(), source.type(), e.getMessage());
      Checkpoint latest = checkpoints.load(source.id());
      checkpoints.save(withHealth(latest, latest.health().failed(clock.instant(), e.getMessage())));
      return new CrawlReport(
          source.id(), progress.pages, progress.found, progress.published, e.getMessage());
    }
  }

  private Checkpoint run(
      SourceConfig source,
      SourceParser parser,
      String apiKey,
      Checkpoint checkpoint,
      Progress progress) {
    boolean first = checkpoint.firstCrawl();
    URI url = checkpoint.cursor() != null ? URI.create(checkpoint.cursor()) : source.url();
    boolean fromStart = checkpoint.cursor() == null;
    Map<String, String> published = new HashMap<>(checkpoint.published());
    while (url != null) {
      if (progress.pages >= source.maxPages()) {
        LOG.info(
            "source {}: stopped at {} pages (maxPages); resuming there next time",
            source.id(),
            progress.pages);
        return checkpoint;
      }
      boolean conditional = fromStart && progress.pages == 0;
      FetchRequest request =
          new FetchRequest(
              withKey(url, source, apiKey),
              conditional ? checkpoint.etag() : null,
              conditional ? checkpoint.lastModified() : null,
              Map.of());
      FetchResult result = fetcher.fetch(request);
      if (result instanceof FetchResult.NotModified) {
        return checkpoint;
      }
      if (result instanceof FetchResult.Failed failed) {
        throw new CrawlFailure(masked(failed.reason()) + " (" + masked(url.toString()) + ")");
      }
      FetchResult.Ok ok = (FetchResult.Ok) result;
      ParseContext context =
          new ParseContext(
              source.id(), ok.finalUrl(), ok.contentType(), clock.instant(), source.settings());
      ParseOutcome outcome = parser.parse(ok.body(), context);
      if (outcome instanceof ParseOutcome.Rejected rejected) {
        throw new CrawlFailure(
            "response rejected: " + rejected.reason() + " (" + masked(url.toString()) + ")");
      }
      ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) outcome;
      progress.pages++;
      int fresh = 0;
      LocalDate watermark = checkpoint.watermark();
      for (LegislationItem item : parsed.items()) {
        progress.found++;
        String hash = ContentHash.of(item.withVersion(null, 0));
        if (!hash.equals(published.get(item.id()))) {
          sink.publish(item);
          published.put(item.id(), hash);
          fresh++;
        }
        watermark = later(watermark, newest(item));
      }
      try {
        sink.flush();
      } catch (RuntimeException e) {
        throw new CrawlFailure("publishing failed: " + e.getMessage());
      }
      progress.published += fresh;
      URI next = parsed.next() == null ? null : withoutKey(parsed.next(), source);
      boolean follow = next != null && (first || fresh > 0);
      checkpoint =
          new Checkpoint(
              source.id(),
              conditional ? ok.etag() : checkpoint.etag(),
              conditional ? ok.lastModified() : checkpoint.lastModified(),
              follow ? next.toString() : null,
              watermark,
              published,
              checkpoint.health());
      checkpoints.save(checkpoint);
      url = follow ? next : null;
    }
    return checkpoint;
  }

  private String apiKey(SourceConfig source) {
    if (source.apiKeyEnv() == null) {
      return null;
    }
    String key = environment.get(source.apiKeyEnv());
    if (key == null || key.isBlank()) {
      throw new CrawlFailure(
          "needs an API key: set the environment variable " + source.apiKeyEnv());
    }
    return key;
  }

  private static URI withKey(URI url, SourceConfig source, String key) {
    if (key == null
        || url.getRawQuery() != null && url.getRawQuery().contains(source.apiKeyParam() + "=")) {
      return url;
    }
    String sep = url.getRawQuery() == null ? "?" : "&";
    return URI.create(
        url
            + sep
            + source.apiKeyParam()
            + "="
            + java.net.URLEncoder.encode(key, java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Next links may carry the key back; the checkpoint must not keep it. */
  private static URI withoutKey(URI url, SourceConfig source) {
    if (source.apiKeyEnv() == null || url.getRawQuery() == null) {
      return url;
    }
    return URI.create(
        url.toString()
            .replaceAll("([?&])" + source.apiKeyParam() + "=[^&]*&?", "$1")
            .replaceAll("[?&]$", ""));
  }

  /** Keys must not reach logs, checkpoints or the health page. */
  private static String masked(String text) {
    return Secrets.mask(text);
  }

  private static LocalDate newest(LegislationItem item) {
    var d = item.dates();
    return Stream.of(d.updated(), d.published(), d.adopted(), d.introduced(), d.effective())
        .filter(x -> x != null)
        .max(LocalDate::compareTo)
        .orElse(null);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  private static Checkpoint withHealth(
      Checkpoint c, org.rightslens.crawler.checkpoint.SourceHealth health) {
    return new Checkpoint(
        c.sourceId(), c.etag(), c.lastModified(), c.cursor(), c.watermark(), c.published(), health);
  }

  private static final class Progress {
    int pages;
    int found;
    int published;
  }

  private static final class CrawlFailure extends RuntimeException {
    CrawlFailure(String message) {
      super(message);
    }
  }
}
