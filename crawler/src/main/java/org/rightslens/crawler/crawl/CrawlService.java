package org.rightslens.crawler.crawl;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.rightslens.crawler.checkpoint.CheckpointStore;
import org.rightslens.crawler.checkpoint.SourceHealth;
import org.rightslens.crawler.config.CrawlerConfig;
import org.rightslens.crawler.config.SourceConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the sources of a configuration: now ({@link #crawlAll}) or on their schedules ({@link
 * #start}), each soon after start and then every {@code schedule}. One source failing never stops
 * the others. A source is crawled by one process at a time (a lock file beside its checkpoint).
 */
public final class CrawlService implements AutoCloseable {

  /** How soon after start the scheduled crawls begin. */
  public static final Duration INITIAL_DELAY = Duration.ofSeconds(5);

  private static final Logger LOG = LoggerFactory.getLogger(CrawlService.class);

  private final CrawlerConfig config;
  private final SourceCrawler crawler;
  private final CheckpointStore checkpoints;
  private final Path lockDir;
  private final Clock clock;
  private ScheduledExecutorService scheduler;

  public CrawlService(
      CrawlerConfig config,
      SourceCrawler crawler,
      CheckpointStore checkpoints,
      Path lockDir,
      Clock clock) {
    this.config = config;
    this.crawler = crawler;
    this.checkpoints = checkpoints;
    this.lockDir = lockDir;
    this.clock = clock;
  }

  /** Crawls every enabled source once (or the one named), reporting each as it finishes. */
  public List<CrawlReport> crawlAll(String onlySourceId, Consumer<CrawlReport> progress) {
    List<CrawlReport> reports = new ArrayList<>();
    for (SourceConfig source : config.sources()) {
      if (onlySourceId != null ? source.id().equals(onlySourceId) : source.enabled()) {
        CrawlReport report = crawlOne(source);
        progress.accept(report);
        reports.add(report);
      }
    }
    return reports;
  }

  /** Schedules every enabled source: first soon after now, then every {@code schedule}. */
  public synchronized void start() {
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "rightslens-crawler");
              t.setDaemon(true);
              return t;
            });
    for (SourceConfig source : config.sources()) {
      if (source.enabled()) {
        scheduler.scheduleWithFixedDelay(
            () -> progressLine(crawlOne(source)),
            INITIAL_DELAY.toMillis(),
            source.schedule().toMillis(),
            TimeUnit.MILLISECONDS);
      }
    }
    LOG.info(
        "crawling {} sources on their schedules",
        config.sources().stream().filter(SourceConfig::enabled).count());
  }

  private static void progressLine(CrawlReport report) {
    if (report.succeeded()) {
      LOG.info("crawl {}", report.line());
    } else {
      LOG.warn("crawl {}", report.line());
    }
  }

  CrawlReport crawlOne(SourceConfig source) {
    try {
      Files.createDirectories(lockDir);
      try (FileChannel channel =
              FileChannel.open(
                  lockDir.resolve(source.id() + ".lock"),
                  StandardOpenOption.CREATE,
                  StandardOpenOption.WRITE);
          FileLock lock = channel.tryLock()) {
        if (lock == null) {
          return new CrawlReport(source.id(), 0, 0, 0, "being crawled by another process");
        }
        return crawler.crawl(source);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot lock source " + source.id(), e);
    } catch (RuntimeException e) {
      // A bug in one source's parser must not stop the schedule of the others.
      LOG.error("crawl of {} failed unexpectedly", source.id(), e);
      return new CrawlReport(source.id(), 0, 0, 0, "internal error: " + e);
    }
  }

  /** Every source of the configuration with its health now. */
  public List<SourceView> sources() {
    return config.sources().stream().map(this::view).toList();
  }

  private SourceView view(SourceConfig source) {
    SourceHealth h = checkpoints.load(source.id()).health();
    return new SourceView(
        source.id(),
        source.type(),
        source.url().toString(),
        source.enabled(),
        h.status(clock.instant(), source.expectedCadence()),
        h.lastAttempt(),
        h.lastSuccess(),
        h.lastNewItemAt(),
        h.consecutiveFailures(),
        h.lastError(),
        h.recentRuns());
  }

  @Override
  public synchronized void close() {
    if (scheduler != null) {
      scheduler.shutdownNow();
    }
  }
}
