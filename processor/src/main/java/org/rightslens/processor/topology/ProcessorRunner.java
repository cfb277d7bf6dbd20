package org.rightslens.processor.topology;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.rightslens.processor.tagging.Tagger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the {@link ProcessorTopology} with exactly-once processing. Several instances with the same
 * application id share the partitions of {@code items.raw}.
 */
public final class ProcessorRunner implements AutoCloseable {

  /** The Kafka Streams application id, hence the consumer group and internal topic prefix. */
  public static final String APPLICATION_ID = "rightslens-processor";

  private static final Logger LOG = LoggerFactory.getLogger(ProcessorRunner.class);

  private final KafkaStreams streams;

  public ProcessorRunner(
      String bootstrapServers, Path stateDir, int replicationFactor, Tagger tagger) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, replicationFactor);
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    streams = new KafkaStreams(ProcessorTopology.build(tagger, Clock.systemUTC()), props);
    streams.setStateListener((now, before) -> LOG.info("processor state {} -> {}", before, now));
    streams.setUncaughtExceptionHandler(
        e -> {
          LOG.error("processor thread failed; replacing it", e);
          return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler
              .StreamThreadExceptionResponse.REPLACE_THREAD;
        });
  }

  public void start() {
    streams.start();
  }

  public KafkaStreams.State state() {
    return streams.state();
  }

  public boolean isRunning() {
    return streams.state() == KafkaStreams.State.RUNNING;
  }

  @Override
  public void close() {
    streams.close(Duration.ofSeconds(30));
  }
}
