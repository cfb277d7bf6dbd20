package org.rightslens.app.sources;

import java.nio.file.Path;
import java.time.Clock;
import java.util.Random;
import org.rightslens.crawler.checkpoint.CheckpointStore;
import org.rightslens.crawler.config.CrawlerConfig;
import org.rightslens.crawler.config.SourceConfig;
import org.rightslens.crawler.crawl.CrawlService;
import org.rightslens.crawler.crawl.SourceCrawler;
import org.rightslens.crawler.fetch.FetchLimits;
import org.rightslens.crawler.fetch.HttpFetcher;
import org.rightslens.crawler.politeness.HostSchedule;
import org.rightslens.crawler.politeness.PoliteFetcher;
import org.rightslens.crawler.politeness.Sleeper;
import org.rightslens.crawler.publish.ItemSink;

/** Assembles the crawler: polite fetching, checkpoints under the data directory, a sink. */
public final class Crawling {

  private Crawling() {}

  public static CrawlService service(CrawlerConfig config, Path dataDir, ItemSink sink) {
    Clock clock = Clock.systemUTC();
    // The host schedule's floor is the smallest delay any source asks for; slower sources
    // raise their own host's gap below.
    HostSchedule schedule =
        new HostSchedule(
            clock,
            Sleeper.REAL,
            HostSchedule.DEFAULT_DELAY,
            HostSchedule.DEFAULT_MAX_DELAY,
            new Random());
    for (SourceConfig source : config.sources()) {
      schedule.crawlDelay(source.url(), source.delay());
    }
    PoliteFetcher fetcher =
        new PoliteFetcher(
            new HttpFetcher(FetchLimits.DEFAULTS, HttpFetcher.userAgent(config.contact()), clock),
            schedule,
            HttpFetcher.AGENT,
            clock);
    CheckpointStore checkpoints =
        new CheckpointStore(dataDir.resolve("crawler").resolve("checkpoints"));
    SourceCrawler crawler = new SourceCrawler(fetcher, checkpoints, sink, clock, System.getenv());
    return new CrawlService(
        config, crawler, checkpoints, dataDir.resolve("crawler").resolve("locks"), clock);
  }
}
