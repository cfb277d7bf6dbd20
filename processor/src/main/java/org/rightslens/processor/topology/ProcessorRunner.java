package org.rightslens.processor.topology;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.CloseOptions;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.rightslens.model.taxonomy.Taxonomy;
import org.rightslens.processor.tagging.Taggers;
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

  /** How long a vanished instance keeps its partitions, in milliseconds. */
  public static final int SESSION_TIMEOUT_MS = 15_000;

  private final KafkaStreams streams;

  public ProcessorRunner(
      String bootstrapServers, Path stateDir, int replicationFactor, Taggers taggers) {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
    props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toAbsolutePath().toString());
    props.put(StreamsConfig.REPLICATION_FACTOR_CONFIG, replicationFactor);
    props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, 100);
    props.put(StreamsConfig.consumerPrefix(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG), "earliest");
    // Static membership: an instance that restarts (even after a crash) takes its partitions
    // back at once instead of waiting for its old session to time out.
    props.put(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, instanceId(stateDir));
    props.put(
        StreamsConfig.consumerPrefix(ConsumerConfig.SESSION_TIMEOUT_MS_CONFIG), SESSION_TIMEOUT_MS);
    streams =
        new KafkaStreams(
            ProcessorTopology.build(taggers, Taxonomy.load(), Clock.systemUTC()), props);
    streams.setStateListener((now, before) -> LOG.info("processor state {} -> {}", before, now));
    streams.setUncaughtExceptionHandler(
        e -> {
          LOG.error("processor thread failed; replacing it", e);
          return org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler
              .StreamThreadExceptionResponse.REPLACE_THREAD;
        });
  }

  /** A stable id for the instance that owns {@code stateDir}, created on first use. */
  static String instanceId(Path stateDir) {
    Path file = stateDir.resolve("instance-id");
    try {
      if (Files.exists(file)) {
        return Files.readString(file).strip();
      }
      Files.createDirectories(stateDir);
      String id = APPLICATION_ID + "-" + UUID.randomUUID();
      Files.writeString(file, id + "\n");
      return id;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the processor instance id in " + file, e);
    }
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
    // A clean stop leaves the group so that other instances take over at once; after a crash,
    // static membership lets this instance take its partitions back when it returns.
    streams.close(
        CloseOptions.groupMembershipOperation(CloseOptions.GroupMembershipOperation.LEAVE_GROUP)
            .withTimeout(Duration.ofSeconds(30)));
  }
}
