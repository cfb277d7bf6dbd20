package org.rightslens.processor.topology;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.rightslens.model.item.ContentHash;
import org.rightslens.model.item.DeadLetter;
import org.rightslens.model.item.LegislationItem;
import org.rightslens.model.item.TagChanges;
import org.rightslens.model.item.TaggedItem;
import org.rightslens.model.json.Json;
import org.rightslens.model.taxonomy.Taxonomy;
import org.rightslens.processor.normalise.InvalidItemException;
import org.rightslens.processor.normalise.ItemNormaliser;
import org.rightslens.processor.tagging.Assessment;
import org.rightslens.processor.tagging.RuleBook;
import org.rightslens.processor.tagging.Tagger;
import org.rightslens.processor.tagging.Taggers;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns one raw record into a new version of an item, or into a dead letter. Same id and same
 * content hash as the stored version: nothing is emitted. Same id, new hash: version + 1, with the
 * tags gained and lost. When new rules are published, every stored item they apply to is tagged
 * again and emitted with the tags it gained and lost.
 */
final class VersioningProcessor implements Processor<String, String, String, Outcome> {

  private static final Logger LOG = LoggerFactory.getLogger(VersioningProcessor.class);

  /** How often the published rules are looked at. */
  static final Duration RULES_CHECK = Duration.ofSeconds(2);

  private final Taggers taggers;
  private final Taxonomy taxonomy;
  private final Clock clock;
  private final ItemNormaliser normaliser = new ItemNormaliser();
  private ProcessorContext<String, Outcome> context;
  private KeyValueStore<String, ItemState> store;
  private TimestampedKeyValueStore<String, String> rulesStore;
  private Map<String, String> publishedRules = Map.of();
  private RuleBook book = RuleBook.EMPTY;
  private Tagger tagger;

  VersioningProcessor(Taggers taggers, Taxonomy taxonomy, Clock clock) {
    this.taggers = taggers;
    this.taxonomy = taxonomy;
    this.clock = clock;
  }

  @Override
  public void init(ProcessorContext<String, Outcome> context) {
    this.context = context;
    this.store = context.getStateStore(ProcessorTopology.STATE_STORE);
    this.rulesStore = context.getStateStore(ProcessorTopology.RULES_STORE);
    this.tagger = taggers.forRules(book);
    refreshRules();
    context.schedule(RULES_CHECK, PunctuationType.WALL_CLOCK_TIME, now -> refreshRules());
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
    return remember(item.withVersion(hash, version), assessment, previous);
  }

  private TaggedItem remember(LegislationItem item, Assessment assessment, ItemState previous) {
    TagChanges changes =
        previous == null ? null : TagChanges.between(previous.tagIds(), assessment.tagIds());
    store.put(
        item.id(),
        new ItemState(
            item.contentHash(),
            item.version(),
            assessment.tagIds(),
            item,
            assessment.taggerVersion()));
    return assessment.applyTo(item, changes);
  }

  /** Picks up newly published rules and tags again what they change. */
  private void refreshRules() {
    Map<String, String> now = new TreeMap<>();
    try (KeyValueIterator<String, ValueAndTimestamp<String>> all = rulesStore.all()) {
      all.forEachRemaining(
          kv -> {
            if (kv.value != null && kv.value.value() != null) {
              now.put(kv.key, kv.value.value());
            }
          });
    }
    if (now.equals(publishedRules)) {
      return;
    }
    Map<String, String> before = book.versions();
    publishedRules = now;
    RuleBook next = book.update(now, taxonomy);
    book.closeReplacedBy(next);
    book = next;
    tagger = taggers.forRules(book);
    LOG.info("rules now {} (were {})", book.versions(), before);
    retagStored();
  }

  @Override
  public void close() {
    book.close();
  }

  private void retagStored() {
    List<KeyValue<String, ItemState>> stale = new ArrayList<>();
    try (KeyValueIterator<String, ItemState> all = store.all()) {
      all.forEachRemaining(
          kv -> {
            ItemState state = kv.value;
            if (state != null && state.item() != null) {
              String expected = tagger.versionFor(state.item());
              if (expected != null && !expected.equals(state.taggerVersion())) {
                stale.add(kv);
              }
            }
          });
    }
    for (KeyValue<String, ItemState> kv : stale) {
      LegislationItem item = kv.value.item();
      try {
        TaggedItem tagged = remember(item, tagger.assess(item), kv.value);
        context.forward(new Record<>(kv.key, Outcome.tagged(tagged), clock.millis()));
      } catch (RuntimeException e) {
        LOG.warn("re-tagging {} failed; it keeps its tags: {}", kv.key, e.toString());
      }
    }
    if (!stale.isEmpty()) {
      LOG.info("re-tagged {} items under rules {}", stale.size(), book.versions());
    }
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
