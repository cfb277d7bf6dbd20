package org.rightslens.processor.topology;

import java.time.Clock;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Materialized;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.rightslens.model.item.DeadLetter;
import org.rightslens.model.item.TaggedItem;
import org.rightslens.model.kafka.JsonSerde;
import org.rightslens.model.kafka.Topics;
import org.rightslens.model.taxonomy.Taxonomy;
import org.rightslens.processor.tagging.Tagger;
import org.rightslens.processor.tagging.Taggers;

/**
 * The processor as a pure function of its inputs: {@code items.raw} in, {@code items.tagged} and
 * {@code items.dlq} out. Raw values are read as strings so that no record can fail deserialisation:
 * whatever cannot become an item becomes a dead letter with the reason.
 */
public final class ProcessorTopology {

  /** The store of the latest content hash, version and tags per item id. */
  public static final String STATE_STORE = "item-versions";

  /**
   * The published tagging rules (YAML) by language: the global table of {@code rightslens.rules}.
   */
  public static final String RULES_STORE = "rules";

  private ProcessorTopology() {}

  /** The topology with a tagger that ignores the published rules (for tests of the rest). */
  public static Topology build(Tagger tagger, Clock clock) {
    return build(Taggers.fixed(tagger), Taxonomy.load(), clock);
  }

  public static Topology build(Taggers taggers, Taxonomy taxonomy, Clock clock) {
    StreamsBuilder builder = new StreamsBuilder();
    builder.globalTable(
        Topics.RULES,
        Consumed.with(Serdes.String(), Serdes.String()).withName("read-rules"),
        Materialized.<String, String, KeyValueStore<Bytes, byte[]>>as(RULES_STORE)
            .withKeySerde(Serdes.String())
            .withValueSerde(Serdes.String()));
    builder.addStateStore(
        Stores.keyValueStoreBuilder(
            Stores.persistentKeyValueStore(STATE_STORE),
            Serdes.String(),
            new JsonSerde<>(ItemState.class)));

    Map<String, KStream<String, Outcome>> outcomes =
        builder.stream(
                Topics.ITEMS_RAW,
                Consumed.with(Serdes.String(), Serdes.String()).withName("read-raw-items"))
            .process(
                () -> new VersioningProcessor(taggers, taxonomy, clock),
                Named.as("version-and-tag"),
                STATE_STORE)
            .split(Named.as("outcome-"))
            .branch((id, outcome) -> outcome.isDead(), Branched.as("dead"))
            .defaultBranch(Branched.as("tagged"));

    outcomes
        .get("outcome-dead")
        .mapValues(Outcome::deadLetter, Named.as("dead-letter"))
        .to(
            Topics.ITEMS_DLQ,
            Produced.with(Serdes.String(), new JsonSerde<>(DeadLetter.class))
                .withName("write-dead-letters"));
    outcomes
        .get("outcome-tagged")
        .mapValues(Outcome::tagged, Named.as("tagged-item"))
        .to(
            Topics.ITEMS_TAGGED,
            Produced.with(Serdes.String(), new JsonSerde<>(TaggedItem.class))
                .withName("write-tagged-items"));
    return builder.build();
  }
}
