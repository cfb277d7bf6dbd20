package org.rightslens.crawler.publish;

import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.rightslens.model.item.DeadLetter;
import org.rightslens.model.item.LegislationItem;
import org.rightslens.model.json.Json;
import org.rightslens.model.kafka.Topics;

/**
 * Publishes items to {@code items.raw}, keyed by item id so that every version of an item lands on
 * the same partition, and records that cannot become items to {@code items.dlq}. Idempotent and
 * {@code acks=all}: a retry never writes a record twice. Thread-safe.
 */
public final class ItemProducer implements AutoCloseable {

  /** How long a send may take before it fails, in milliseconds. */
  public static final int DELIVERY_TIMEOUT_MS = 30_000;

  private final KafkaProducer<String, String> producer;

  public ItemProducer(String bootstrapServers, String clientId) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.LINGER_MS_CONFIG, 5);
    props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
    props.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, DELIVERY_TIMEOUT_MS);
    props.put(ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG, 10_000);
    props.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 20_000);
    producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
  }

  public Future<RecordMetadata> publish(LegislationItem item) {
    return producer.send(new ProducerRecord<>(Topics.ITEMS_RAW, item.id(), Json.write(item)));
  }

  public Future<RecordMetadata> deadLetter(DeadLetter letter) {
    return producer.send(new ProducerRecord<>(Topics.ITEMS_DLQ, letter.key(), Json.write(letter)));
  }

  /** Sends everything pending and fails if any send failed. */
  public void flush() {
    producer.flush();
  }

  /** Waits for one send; rethrows its failure unwrapped. */
  public static RecordMetadata await(Future<RecordMetadata> send) {
    try {
      return send.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "publishing failed: " + e.getCause().getMessage(), e.getCause());
    }
  }

  @Override
  public void close() {
    producer.close(Duration.ofSeconds(10));
  }
}
