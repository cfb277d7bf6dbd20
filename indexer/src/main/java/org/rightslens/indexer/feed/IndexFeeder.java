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
  private static final Duration LAG_INTERVAL = Duration.ofMillis(500);

  private final KafkaConsumer<String, String> consumer;
  private final ItemIndex index;
  private final Thread thread;
  private volatile long lag = -1;
  private volatile boolean caughtUp;
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

  /** Records in {@code items.tagged} not yet in the index; -1 before the first measurement. */
  public long lag() {
    return lag;
  }

  /** True once the index has read everything that was in the topic at some point. */
  public boolean caughtUp() {
    return caughtUp;
  }

  /** Why the feeder stopped, if it did. */
  public Throwable failure() {
    return failure;
  }

  private void run() {
    try {
      List<TopicPartition> partitions = assign();
      long lastLag = 0;
      while (!closing) {
        ConsumerRecords<String, String> records = consumer.poll(POLL);
        if (!records.isEmpty()) {
          index(records);
        }
        long now = System.nanoTime();
        if (records.isEmpty() || now - lastLag > LAG_INTERVAL.toNanos()) {
          measureLag(partitions);
          lastLag = now;
        }
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

  private void measureLag(List<TopicPartition> partitions) {
    Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
    long total = 0;
    for (TopicPartition tp : partitions) {
      total += Math.max(0, ends.getOrDefault(tp, 0L) - consumer.position(tp));
    }
    lag = total;
    if (total == 0) {
      caughtUp = true;
    }
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
