package org.rightslens.processor.topology;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Instant;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueStore;
import org.rightslens.model.item.ContentHash;
import org.rightslens.model.item.DeadLetter;
import org.rightslens.model.item.LegislationItem;
import org.rightslens.model.item.TagChanges;
import org.rightslens.model.item.TaggedItem;
import org.rightslens.model.json.Json;
import org.rightslens.processor.normalise.InvalidItemException;
import org.rightslens.processor.normalise.ItemNormaliser;
import org.rightslens.processor.tagging.Assessment;
import org.rightslens.processor.tagging.Tagger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one raw record into a new version of an item, or into a dead letter. Same id and same
 * content hash as the stored version: nothing is emitted. Same id, new hash: version + 1, with the
 * tags gained and lost.
 */
final class VersioningProcessor implements Processor<String, String, String, Outcome> {

  private static final Logger LOG = LoggerFactory.getLogger(VersioningProcessor.class);

  private final Tagger tagger;
  private final Clock clock;
  private final ItemNormaliser normaliser = new ItemNormaliser();
  private ProcessorContext<String, Outcome> context;
  private KeyValueStore<String, ItemState> store;

  VersioningProcessor(Tagger tagger, Clock clock) {
    this.tagger = tagger;
    this.clock = clock;
  }

  @Override
  public void init(ProcessorContext<String, Outcome> context) {
    this.context = context;
    this.store = context.getStateStore(ProcessorTopology.STATE_STORE);
  }

  @Override
  public void process(Record<String, String> record) {
    String origin = origin();
    try {
      TaggedItem tagged = versionAndTag(record);
      if (tagged != null) {
        context.forward(record.withKey(tagged.id()).withValue(Outcome.tagged(tagged)));
      }
    } catch (Rejected e) {
      LOG.warn("dead letter from {} (key {}): {}", origin, record.key(), e.getMessage());
      DeadLetter letter =
          new DeadLetter(e.getMessage(), origin, record.key(), record.value(), clock.instant());
      context.forward(record.withValue(Outcome.dead(letter)));
    }
  }

  private TaggedItem versionAndTag(Record<String, String> record) throws Rejected {
    LegislationItem item = parse(record);
    if (record.key() == null || !record.key().equals(item.id())) {
      throw new Rejected(
          "record key "
              + (record.key() == null ? "is missing" : "\"" + record.key() + "\"")
              + ": items.raw must be keyed by the item id \""
              + item.id()
              + "\"");
    }
    String hash = ContentHash.of(item);
    ItemState previous = store.get(item.id());
    if (previous != null && previous.contentHash().equals(hash)) {
      return null;
    }
    int version = previous == null ? 1 : previous.version() + 1;
    Assessment assessment;
    try {
      assessment = tagger.assess(item);
    } catch (RuntimeException e) {
      throw new Rejected("tagging failed: " + e);
    }
    TagChanges changes =
        previous == null ? null : TagChanges.between(previous.tagIds(), assessment.tagIds());
    store.put(item.id(), new ItemState(hash, version, assessment.tagIds()));
    return new TaggedItem(
        item.withVersion(hash, version),
        assessment.cybersecurity(),
        assessment.cyberScore(),
        assessment.rightsAffecting(),
        assessment.tags(),
        assessment.taggerVersion(),
        changes);
  }

  private LegislationItem parse(Record<String, String> record) throws Rejected {
    if (record.value() == null || record.value().isBlank()) {
      throw new Rejected("empty record: expected an item as JSON");
    }
    JsonNode node;
    try {
      node = Json.mapper().readTree(record.value());
    } catch (JsonProcessingException e) {
      throw new Rejected("not JSON: " + e.getOriginalMessage());
    }
    try {
      return normaliser.normalise(node, Instant.ofEpochMilli(record.timestamp()));
    } catch (InvalidItemException e) {
      throw new Rejected(e.getMessage());
    }
  }

  private String origin() {
    return context.recordMetadata().map(VersioningProcessor::describe).orElse("unknown record");
  }

  private static String describe(RecordMetadata m) {
    return m.topic() + "/" + m.partition() + "@" + m.offset();
  }

  /** The record cannot become an item; the message is the reason given in the dead letter. */
  private static final class Rejected extends Exception {
    Rejected(String reason) {
      super(reason);
    }
  }
}
