package org.rightslens.app.runtime;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.kafka.streams.KafkaStreams;
import org.rightslens.app.catalogue.StarterCatalogue;
import org.rightslens.app.health.Health;
import org.rightslens.app.health.HealthRoutes;
import org.rightslens.app.health.PipelineLag;
import org.rightslens.app.http.HttpServer;
import org.rightslens.app.importing.ImportRoutes;
import org.rightslens.app.importing.ItemImporter;
import org.rightslens.app.items.ItemRoutes;
import org.rightslens.app.kafka.EmbeddedKafka;
import org.rightslens.app.kafka.TopicSetup;
import org.rightslens.app.rules.RulesPublisher;
import org.rightslens.app.search.SearchRoutes;
import org.rightslens.app.sources.Crawling;
import org.rightslens.app.sources.SourceRoutes;
import org.rightslens.crawler.config.CrawlerConfig;
import org.rightslens.crawler.crawl.CrawlService;
import org.rightslens.crawler.publish.ItemProducer;
import org.rightslens.crawler.publish.KafkaItemSink;
import org.rightslens.indexer.feed.IndexFeeder;
import org.rightslens.indexer.index.ItemIndex;
import org.rightslens.indexer.search.SearchService;
import org.rightslens.model.taxonomy.Taxonomy;
import org.rightslens.processor.tagging.BundledRules;
import org.rightslens.processor.tagging.Taggers;
import org.rightslens.processor.topology.ProcessorRunner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole system in one process: the Kafka broker (embedded unless a cluster is given), the
 * topics, the processor, the index and its feeder, the HTTP server, and the starter catalogue.
 * Closing stops them in reverse order.
 */
public final class RightsLens implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RightsLens.class);

  private final Deque<AutoCloseable> started = new ArrayDeque<>();
  private final String broker;
  private ProcessorRunner processor;
  private ItemIndex index;
  private IndexFeeder feeder;
  private PipelineLag lag;
  private HttpServer http;
  private volatile String catalogue = "not imported";
  private volatile boolean ready;

  private RightsLens(String broker) {
    this.broker = broker;
  }

  /** Starts everything; on failure, stops what had started and rethrows. */
  public static RightsLens start(RunSettings settings) throws Exception {
    long begin = System.nanoTime();
    Path dataDir = settings.dataDir().toAbsolutePath().normalize();
    Files.createDirectories(dataDir);
    String bootstrap;
    EmbeddedKafka embedded = null;
    if (settings.embeddedKafka()) {
      embedded = EmbeddedKafka.start(dataDir.resolve("kafka"));
      bootstrap = embedded.bootstrapServers();
    } else {
      bootstrap = settings.bootstrapServers();
    }
    RightsLens app = new RightsLens((embedded != null ? "embedded " : "") + bootstrap);
    if (embedded != null) {
      app.started.push(embedded);
    }
    try {
      app.startPipeline(settings, dataDir, bootstrap);
    } catch (Exception | Error e) {
      app.close();
      throw e;
    }
    LOG.info(
        "RightsLens started in {} ms: http://{}:{}/ (data in {}, Kafka {})",
        (System.nanoTime() - begin) / 1_000_000,
        settings.host(),
        app.port(),
        dataDir,
        app.broker);
    return app;
  }

  private void startPipeline(RunSettings settings, Path dataDir, String bootstrap)
      throws Exception {
    Taxonomy taxonomy = Taxonomy.load();
    short rf = settings.embeddedKafka() ? 1 : settings.replicationFactor();
    TopicSetup.ensureTopics(bootstrap, TopicSetup.DEFAULT_PARTITIONS, rf);

    Map<String, String> newRules =
        new RulesPublisher(bootstrap).publishMissing(BundledRules.files());
    if (!newRules.isEmpty()) {
      LOG.info("published the bundled rules for {}", new TreeSet<>(newRules.keySet()));
    }
    processor =
        new ProcessorRunner(bootstrap, dataDir.resolve("streams"), rf, Taggers.rules(taxonomy));
    started.push(processor);
    processor.start();

    index = new ItemIndex(dataDir.resolve("index"));
    started.push(index);
    feeder = new IndexFeeder(bootstrap, index);
    started.push(feeder);
    feeder.start();

    lag = new PipelineLag(bootstrap);
    started.push(lag);
    ItemProducer producer = new ItemProducer(bootstrap, "rightslens-import");
    started.push(producer);
    ItemImporter importer = new ItemImporter(producer, Clock.systemUTC());

    CrawlerConfig crawlerConfig =
        settings.crawler() != null ? settings.crawler() : new CrawlerConfig(null, List.of());
    ItemProducer crawlProducer = new ItemProducer(bootstrap, "rightslens-crawler");
    started.push(crawlProducer);
    CrawlService crawl = Crawling.service(crawlerConfig, dataDir, new KafkaItemSink(crawlProducer));
    started.push(crawl);

    http =
        HttpServer.start(
            settings.host(),
            settings.port(),
            List.of(
                new HealthRoutes(this::health),
                new SearchRoutes(new SearchService(index)),
                new ItemRoutes(index, taxonomy),
                new ImportRoutes(importer),
                new SourceRoutes(crawl)));
    started.push(http);

    catalogue =
        settings.importCatalogue()
            ? StarterCatalogue.importOnFirstStart(dataDir, importer)
            : "not imported (disabled)";
    LOG.info("starter catalogue: {}", catalogue);
    if (!crawlerConfig.sources().isEmpty()) {
      crawl.start();
    }
  }

  public int port() {
    return http.port();
  }

  /** The current health; becomes UP once everything runs and all that was published is indexed. */
  public Health health() {
    KafkaStreams.State state = processor.state();
    long total = -1;
    String status;
    if (feeder.failure() != null
        || state == KafkaStreams.State.ERROR
        || state == KafkaStreams.State.PENDING_ERROR
        || state == KafkaStreams.State.NOT_RUNNING) {
      status = Health.DOWN;
    } else {
      total = lag.lag(feeder.positions());
      if (!ready
          && state == KafkaStreams.State.RUNNING
          && total == 0
          && !catalogue.equals("not imported")) {
        ready = true;
      }
      status = ready ? Health.UP : Health.STARTING;
    }
    String indexer =
        feeder.failure() == null ? "running" : "failed: " + feeder.failure().getMessage();
    return new Health(status, broker, index.count(), total, state.name(), indexer, catalogue);
  }

  @Override
  public void close() {
    while (!started.isEmpty()) {
      AutoCloseable component = started.pop();
      try {
        component.close();
      } catch (Exception e) {
        LOG.warn("error while stopping {}", component.getClass().getSimpleName(), e);
      }
    }
  }
}
