package org.rightslens.indexer.feed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.rightslens.indexer.index.ItemIndex;
import org.rightslens.model.item.TaggedItem;
import org.rightslens.model.json.Json;
import org.rightslens.model.kafka.Topics;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feeds {@code items.tagged} into the index. Reads committed records only, from the offsets stored
 * in the index's own last commit (not from a consumer group), so index and offsets can never
 * disagree. Each instance keeps a complete index: it reads every partition.
 */
public final class IndexFeeder implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(IndexFeeder.class);
  private static final Duration POLL = Duration.ofMillis(200);

  private final KafkaConsumer<String, String> consumer;
  private final ItemIndex index;
  private final Thread thread;
  private volatile Map<TopicPartition, Long> positions = Map.of();
  private volatile Throwable failure;
  private volatile boolean closing;

  public IndexFeeder(String bootstrapServers, ItemIndex index) {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(
        ConsumerConfig.ISOLATION_LEVEL_CONFIG,
        IsolationLevel.READ_COMMITTED.toString().toLowerCase());
    props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500);
    props.put(ConsumerConfig.CLIENT_ID_CONFIG, "rightslens-indexer");
    this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    this.index = index;
    this.thread = new Thread(this::run, "rightslens-indexer");
    this.thread.setDaemon(true);
  }

  public void start() {
    thread.start();
  }

  /**
   * The next offset to read per partition of {@code items.tagged}, as of the last poll; empty until
   * the feeder has started reading. Compared with the topic's end offsets it gives the lag.
   */
  public Map<TopicPartition, Long> positions() {
    return positions;
  }

  /** Why the feeder stopped, if it did. */
  public Throwable failure() {
    return failure;
  }

  private void run() {
    try {
      List<TopicPartition> partitions = assign();
      while (!closing) {
        ConsumerRecords<String, String> records = consumer.poll(POLL);
        if (!records.isEmpty()) {
          index(records);
        }
        Map<TopicPartition, Long> now = new HashMap<>();
        partitions.forEach(tp -> now.put(tp, consumer.position(tp)));
        positions = Map.copyOf(now);
      }
    } catch (WakeupException e) {
      if (!closing) {
        failure = e;
      }
    } catch (Exception | Error e) {
      failure = e;
      LOG.error("indexer stopped", e);
    } finally {
      consumer.close(Duration.ofSeconds(5));
    }
  }

  private List<TopicPartition> assign() {
    List<TopicPartition> partitions =
        consumer.partitionsFor(Topics.ITEMS_TAGGED, Duration.ofSeconds(60)).stream()
            .map(p -> new TopicPartition(p.topic(), p.partition()))
            .toList();
    consumer.assign(partitions);
    Map<String, Long> committed = index.committedOffsets();
    for (TopicPartition tp : partitions) {
      Long offset = committed.get(key(tp));
      if (offset == null) {
        consumer.seekToBeginning(Set.of(tp));
      } else {
        consumer.seek(tp, offset);
      }
    }
    LOG.info("indexer reading {} partitions from {}", partitions.size(), committed);
    return partitions;
  }

  private void index(ConsumerRecords<String, String> records) throws java.io.IOException {
    List<TaggedItem> items = new ArrayList<>();
    Map<String, Long> next = new HashMap<>();
    for (ConsumerRecord<String, String> record : records) {
      next.put(key(new TopicPartition(record.topic(), record.partition())), record.offset() + 1);
      try {
        items.add(Json.read(record.value(), TaggedItem.class));
      } catch (RuntimeException e) {
        // The record stays in the topic; the processor should never write one like it.
        LOG.error(
            "cannot index {}/{}@{} (key {}): {}",
            record.topic(),
            record.partition(),
            record.offset(),
            record.key(),
            e.getMessage());
      }
    }
    index.apply(items, next);
  }

  private static String key(TopicPartition tp) {
    return tp.topic() + "/" + tp.partition();
  }

  @Override
  public void close() throws InterruptedException {
    closing = true;
    consumer.wakeup();
    thread.join(10_000);
  }
}
