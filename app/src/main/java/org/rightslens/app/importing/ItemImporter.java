package org.rightslens.app.importing;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.rightslens.crawler.publish.ItemProducer;
import org.rightslens.model.item.DeadLetter;
import org.rightslens.model.item.LegislationItem;
import org.rightslens.processor.normalise.InvalidItemException;
import org.rightslens.processor.normalise.ItemNormaliser;

/**
 * Imports manual entries: each line is validated with the processor's own rules; good items go to
 * {@code items.raw}, bad lines to {@code items.dlq} with their reason and line number, and both are
 * reported. Returns only when every record is acknowledged by the cluster.
 */
public final class ItemImporter {

  private final ItemProducer producer;
  private final Clock clock;
  private final ItemNormaliser normaliser = new ItemNormaliser();

  public ItemImporter(ItemProducer producer, Clock clock) {
    this.producer = producer;
    this.clock = clock;
  }

  /**
   * @param origin names the file or request in dead letters, e.g. {@code catalogue.jsonl}
   */
  public ImportReport importLines(List<ImportLine> lines, String origin) {
    Instant now = clock.instant();
    List<Future<RecordMetadata>> sends = new ArrayList<>();
    List<ImportReport.Rejection> rejected = new ArrayList<>();
    int accepted = 0;
    for (ImportLine line : lines) {
      String error = line.error();
      LegislationItem item = null;
      if (error == null) {
        try {
          item = normaliser.normalise(line.item(), now);
        } catch (InvalidItemException e) {
          error = e.getMessage();
        }
      }
      if (item != null) {
        sends.add(producer.publish(item));
        accepted++;
      } else {
        rejected.add(new ImportReport.Rejection(line.line(), error));
        String key =
            line.item() != null && line.item().hasNonNull("id")
                ? line.item().get("id").asText()
                : null;
        sends.add(
            producer.deadLetter(
                new DeadLetter(error, origin + " line " + line.line(), key, line.raw(), now)));
      }
    }
    producer.flush();
    sends.forEach(ItemProducer::await);
    return new ImportReport(accepted, rejected);
  }
}
