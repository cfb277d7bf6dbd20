package org.rightslens.app.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.rightslens.app.runtime.RightsLens;
import org.rightslens.app.runtime.RunSettings;
import org.rightslens.crawler.config.ConfigException;
import org.rightslens.crawler.config.CrawlerConfig;
import org.rightslens.crawler.config.SourcesFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code rightslens run}: everything in one process until interrupted. */
@Command(
    name = "run",
    mixinStandardHelpOptions = true,
    description = {
      "Runs the whole system: Kafka (embedded unless --bootstrap-servers is given), the processor,",
      "the index, the web server and API; imports the starter catalogue on first start."
    })
final class RunCommand implements Callable<Integer> {

  @Option(
      names = "--port",
      description = "HTTP port (default: ${DEFAULT-VALUE})",
      defaultValue = "8080")
  int port;

  @Option(
      names = "--host",
      description = "HTTP address to bind (default: ${DEFAULT-VALUE})",
      defaultValue = RunSettings.DEFAULT_HOST)
  String host;

  @Option(
      names = "--data-dir",
      description = "Index, Kafka log and state (default: ${DEFAULT-VALUE})",
      defaultValue = RunSettings.DEFAULT_DATA_DIR)
  Path dataDir;

  @Option(
      names = "--bootstrap-servers",
      description =
          "An existing Kafka cluster, host:port[,host:port] (default: $KAFKA_BOOTSTRAP_SERVERS, else embedded)",
      defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS}")
  String bootstrapServers;

  @Option(
      names = "--replication-factor",
      description = "For topics created on a cluster (default: ${DEFAULT-VALUE})",
      defaultValue = "3")
  short replicationFactor;

  @Option(
      names = "--no-catalogue",
      description = "Do not import the starter catalogue on first start")
  boolean noCatalogue;

  @Option(
      names = "--sources",
      description = "Crawl the sources of this YAML file instead of the bundled ones")
  Path sources;

  @Option(names = "--no-crawl", description = "Crawl nothing (the index gets only imported items)")
  boolean noCrawl;

  @Override
  public Integer call() throws Exception {
    CrawlerConfig crawler;
    try {
      crawler =
          noCrawl ? null : sources != null ? SourcesFile.load(sources) : SourcesFile.bundled();
    } catch (ConfigException e) {
      System.err.println("rightslens run: " + e.getMessage());
      return 2;
    }
    RunSettings settings =
        new RunSettings(
            host, port, dataDir, bootstrapServers, replicationFactor, !noCatalogue, crawler);
    RightsLens app = RightsLens.start(settings);
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  app.close();
                  stopped.countDown();
                },
                "rightslens-shutdown"));
    System.out.printf(
        "RightsLens is running at http://%s:%d/ (Ctrl-C to stop)%n", host, app.port());
    stopped.await();
    return 0;
  }
}
