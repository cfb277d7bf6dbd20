package org.rightslens.model.kafka;

import java.util.List;

/** The Kafka topics of RightsLens. Every component names them from here. */
public final class Topics {

  /** Items as fetched or imported, keyed by item id. */
  public static final String ITEMS_RAW = "rightslens.items.raw";

  /** Normalised, versioned and tagged items, keyed by item id: the system of record. */
  public static final String ITEMS_TAGGED = "rightslens.items.tagged";

  /** Records that could not be processed, with the reason and the payload as received. */
  public static final String ITEMS_DLQ = "rightslens.items.dlq";

  /** Tagging rules, compacted, read by the processor as a global table. */
  public static final String RULES = "rightslens.rules";

  /** Saved searches, compacted, read by the alert matcher. */
  public static final String SUBSCRIPTIONS = "rightslens.subscriptions";

  /** Alerts raised by saved searches. */
  public static final String ALERTS = "rightslens.alerts";

  private Topics() {}

  /** Topics that keep every record (the replayable history). */
  public static List<String> history() {
    return List.of(ITEMS_RAW, ITEMS_TAGGED, ITEMS_DLQ, ALERTS);
  }

  /** Topics that keep the latest record per key. */
  public static List<String> compacted() {
    return List.of(RULES, SUBSCRIPTIONS);
  }
}
