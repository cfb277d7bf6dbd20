package org.rightslens.app.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rightslens.app.sources.Crawling;
import org.rightslens.app.sources.HttpImportSink;
import org.rightslens.crawler.config.ConfigException;
import org.rightslens.crawler.config.CrawlerConfig;
import org.rightslens.crawler.config.SourcesFile;
import org.rightslens.crawler.crawl.CrawlReport;
import org.rightslens.crawler.crawl.CrawlService;
import org.rightslens.crawler.publish.ItemProducer;
import org.rightslens.crawler.publish.ItemSink;
import org.rightslens.crawler.publish.KafkaItemSink;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code rightslens crawl}: crawls the sources now, printing a progress line per source; with
 * {@code --once} it stops after one round, otherwise it goes on with each source's schedule. Items
 * go to a running instance ({@code --server}) or straight to a cluster.
 */
@Command(name = "crawl", mixinStandardHelpOptions = true, description = "Crawls the sources now.")
final class CrawlCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--source", description = "Only this source (by id)")
  String source;

  @Option(names = "--once", description = "One round, then exit (status 1 if a source failed)")
  boolean once;

  @Option(names = "--sources", description = "The sources YAML file (default: the bundled one)")
  Path sources;

  @Option(
      names = "--data-dir",
      description = "Where checkpoints live (default: ${DEFAULT-VALUE})",
      defaultValue = "./data")
  Path dataDir;

  @Option(
      names = "--server",
      description = "A running instance to send items to (default: ${DEFAULT-VALUE})",
      defaultValue = "http://localhost:8080")
  URI server;

  @Option(
      names = "--bootstrap-servers",
      description = "Publish straight to this Kafka cluster instead of --server")
  String bootstrapServers;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    CrawlerConfig config;
    try {
      config = sources != null ? SourcesFile.load(sources) : SourcesFile.bundled();
    } catch (ConfigException e) {
      err.println("rightslens crawl: " + e.getMessage());
      return 2;
    }
    if (source != null && config.source(source).isEmpty()) {
      err.println(
          "rightslens crawl: no source \""
              + source
              + "\"; known: "
              + config.sources().stream().map(s -> s.id()).toList());
      return 2;
    }
    ItemProducer producer =
        bootstrapServers != null
            ? new ItemProducer(bootstrapServers, "rightslens-crawl-cli")
            : null;
    ItemSink sink = producer != null ? new KafkaItemSink(producer) : new HttpImportSink(server);
    try (CrawlService service = Crawling.service(config, dataDir, sink)) {
      if (once) {
        List<CrawlReport> reports = service.crawlAll(source, r -> out.println(r.line()));
        return reports.stream().allMatch(CrawlReport::succeeded) ? 0 : 1;
      }
      service.crawlAll(source, r -> out.println(r.line()));
      service.start();
      new CountDownLatch(1).await();
      return 0;
    } finally {
      if (producer != null) {
        producer.close();
      }
    }
  }
}
