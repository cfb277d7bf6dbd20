package org.rightslens.app.health;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.rightslens.model.kafka.Topics;
import org.rightslens.processor.topology.ProcessorRunner;

/**
 * Records not yet indexed: those of {@code items.raw} the processor has not committed, plus those
 * of {@code items.tagged} the indexer has not read. End offsets are read fresh at each call, so a
 * lag of 0 means that everything published before the call is searchable.
 */
public final class PipelineLag implements AutoCloseable {

  private static final long TIMEOUT_SECONDS = 5;

  private final Admin admin;

  public PipelineLag(String bootstrapServers) {
    Properties props = new Properties();
    props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    int timeoutMs = (int) TimeUnit.SECONDS.toMillis(TIMEOUT_SECONDS);
    props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, timeoutMs);
    props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, timeoutMs);
    this.admin = Admin.create(props);
  }

  /**
   * The total lag, given the indexer's positions on {@code items.tagged}; -1 if it cannot be
   * measured now.
   */
  public long lag(Map<TopicPartition, Long> indexerPositions) {
    try {
      long processorLag = processorLag();
      if (indexerPositions.isEmpty()) {
        return -1;
      }
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = ends(Topics.ITEMS_TAGGED);
      long indexerLag = 0;
      for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end :
          ends.entrySet()) {
        long position = indexerPositions.getOrDefault(end.getKey(), 0L);
        indexerLag += Math.max(0, end.getValue().offset() - position);
      }
      return processorLag + indexerLag;
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return -1;
    }
  }

  private Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends(String topic)
      throws Exception {
    Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
    admin
        .describeTopics(List.of(topic))
        .allTopicNames()
        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
        .get(topic)
        .partitions()
        .forEach(p -> latest.put(new TopicPartition(topic, p.partition()), OffsetSpec.latest()));
    // Committed records only: the indexer reads read_committed, and transaction markers sit past
    // the last committed record.
    return admin
        .listOffsets(latest, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
        .all()
        .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
  }

  private long processorLag() throws Exception {
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = ends(Topics.ITEMS_RAW);
    Map<TopicPartition, OffsetAndMetadata> committed =
        admin
            .listConsumerGroupOffsets(ProcessorRunner.APPLICATION_ID)
            .partitionsToOffsetAndMetadata()
            .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    long lag = 0;
    for (Map.Entry<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end : ends.entrySet()) {
      OffsetAndMetadata done = committed.get(end.getKey());
      lag += Math.max(0, end.getValue().offset() - (done == null ? 0 : done.offset()));
    }
    return lag;
  }

  @Override
  public void close() {
    admin.close();
  }
}
