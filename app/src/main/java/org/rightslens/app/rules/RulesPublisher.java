package org.rightslens.app.rules;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.rightslens.model.kafka.Topics;

/**
 * Reads and writes the compacted {@code rightslens.rules} topic: one record per language, the rules
 * file YAML as value. The processor re-tags what it stores whenever a version changes.
 */
public final class RulesPublisher {

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final String bootstrapServers;

  public RulesPublisher(String bootstrapServers) {
    this.bootstrapServers = bootstrapServers;
  }

  /** The rules files published now, by language. */
  public Map<String, String> published() {
    Properties props = new Properties();
    props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
    props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    Map<String, String> files = new HashMap<>();
    try (KafkaConsumer<String, String> consumer =
        new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
      List<TopicPartition> partitions =
          consumer.partitionsFor(Topics.RULES, TIMEOUT).stream()
              .map(p -> new TopicPartition(p.topic(), p.partition()))
              .toList();
      consumer.assign(partitions);
      consumer.seekToBeginning(partitions);
      Map<TopicPartition, Long> ends = consumer.endOffsets(partitions, TIMEOUT);
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (partitions.stream().anyMatch(p -> consumer.position(p, TIMEOUT) < ends.get(p))) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("timed out reading " + Topics.RULES);
        }
        for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
          if (record.value() == null) {
            files.remove(record.key());
          } else {
            files.put(record.key(), record.value());
          }
        }
      }
    }
    return files;
  }

  /** Publishes {@code yaml} as the rules of {@code language}, and waits until it is written. */
  public void publish(String language, String yaml) {
    publishAll(Map.of(language, yaml));
  }

  /** Publishes each rules file of {@code filesByLanguage}, and waits until all are written. */
  public void publishAll(Map<String, String> filesByLanguage) {
    Properties props = new Properties();
    props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
    props.put(ProducerConfig.ACKS_CONFIG, "all");
    props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
    props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, 8 * 1024 * 1024);
    try (KafkaProducer<String, String> producer =
        new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
      for (Map.Entry<String, String> file : filesByLanguage.entrySet()) {
        producer
            .send(new ProducerRecord<>(Topics.RULES, file.getKey(), file.getValue()))
            .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      }
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("cannot publish rules to " + Topics.RULES + ": " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while publishing rules", e);
    }
  }

  /** Publishes the bundled rules of every language that has none published; returns those. */
  public Map<String, String> publishMissing(Map<String, String> bundled) {
    Map<String, String> published = published();
    Map<String, String> missing = new HashMap<>(bundled);
    missing.keySet().removeAll(published.keySet());
    publishAll(missing);
    return missing;
  }
}
