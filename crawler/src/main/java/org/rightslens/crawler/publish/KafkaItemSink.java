package org.rightslens.crawler.publish;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.rightslens.model.item.LegislationItem;

/** Publishes crawled items to {@code items.raw} through an {@link ItemProducer}. */
public final class KafkaItemSink implements ItemSink {

  private final ItemProducer producer;
  private final List<Future<RecordMetadata>> pending = new ArrayList<>();

  public KafkaItemSink(ItemProducer producer) {
    this.producer = producer;
  }

  @Override
  public synchronized void publish(LegislationItem item) {
    pending.add(producer.publish(item));
  }

  @Override
  public synchronized void flush() {
    producer.flush();
    try {
      pending.forEach(ItemProducer::await);
    } finally {
      pending.clear();
    }
  }
}
