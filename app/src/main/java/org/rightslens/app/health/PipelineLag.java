package org.rightslens.app.health;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.rightslens.model.kafka.Topics;
import org.rightslens.processor.topology.ProcessorRunner;

/** Records of {@code items.raw} that the processor has not yet committed, measured by Admin. */
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

  /** The processor's lag on {@code items.raw}; -1 if it cannot be measured now. */
  public long processorLag() {
    try {
      List<TopicPartition> partitions =
          admin
              .describeTopics(List.of(Topics.ITEMS_RAW))
              .allTopicNames()
              .get(TIMEOUT_SECONDS, TimeUnit.SECONDS)
              .get(Topics.ITEMS_RAW)
              .partitions()
              .stream()
              .map(p -> new TopicPartition(Topics.ITEMS_RAW, p.partition()))
              .toList();
      Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
      partitions.forEach(tp -> latest.put(tp, OffsetSpec.latest()));
      Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
          admin.listOffsets(latest).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      Map<TopicPartition, OffsetAndMetadata> committed =
          admin
              .listConsumerGroupOffsets(ProcessorRunner.APPLICATION_ID)
              .partitionsToOffsetAndMetadata()
              .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
      long lag = 0;
      for (TopicPartition tp : partitions) {
        OffsetAndMetadata done = committed.get(tp);
        lag += Math.max(0, ends.get(tp).offset() - (done == null ? 0 : done.offset()));
      }
      return lag;
    } catch (Exception e) {
      if (e instanceof InterruptedException) {
        Thread.currentThread().interrupt();
      }
      return -1;
    }
  }

  @Override
  public void close() {
    admin.close();
  }
}
