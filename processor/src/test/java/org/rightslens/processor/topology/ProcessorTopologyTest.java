package org.rightslens.processor.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightslens.model.item.DeadLetter;
import org.rightslens.model.item.Evidence;
import org.rightslens.model.item.Tag;
import org.rightslens.model.item.TagKind;
import org.rightslens.model.item.TaggedItem;
import org.rightslens.model.kafka.JsonSerde;
import org.rightslens.model.kafka.Topics;
import org.rightslens.processor.tagging.Assessment;
import org.rightslens.processor.tagging.Tagger;

class ProcessorTopologyTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

  /** Tags "retention" whenever the text says so, so that version diffs have something to show. */
  private static final Tagger RETENTION_TAGGER =
      item -> {
        if (item.text() != null && item.text().contains("retain")) {
          int start = item.text().indexOf("retain");
          Tag tag =
              new Tag(
                  "mandatory-data-retention",
                  TagKind.CONCERN,
                  "Mandatory data retention",
                  List.of(1, 5, 8),
                  0.8,
                  List.of(new Evidence("retain", start, start + 6, "test")));
          return new Assessment(true, 0.8, true, List.of(tag), "test-1");
        }
        return new Assessment(false, 0, false, List.of(), "test-1");
      };

  private TopologyTestDriver driver;
  private TestInputTopic<String, String> raw;
  private TestOutputTopic<String, TaggedItem> tagged;
  private TestOutputTopic<String, DeadLetter> dlq;

  @BeforeEach
  void start() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    driver = new TopologyTestDriver(ProcessorTopology.build(RETENTION_TAGGER, CLOCK), props);
    raw =
        driver.createInputTopic(
            Topics.ITEMS_RAW, Serdes.String().serializer(), Serdes.String().serializer());
    tagged =
        driver.createOutputTopic(
            Topics.ITEMS_TAGGED,
            Serdes.String().deserializer(),
            new JsonSerde<>(TaggedItem.class).deserializer());
    dlq =
        driver.createOutputTopic(
            Topics.ITEMS_DLQ,
            Serdes.String().deserializer(),
            new JsonSerde<>(DeadLetter.class).deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private static String item(String id, String text) {
    return "{\"id\":\"%s\",\"title\":\"Telecommunications Act\",\"jurisdiction\":\"AU\",\"text\":\"%s\"}"
        .formatted(id, text);
  }

  @Test
  void firstRecordOfAnItemBecomesVersionOneWithoutChanges() {
    raw.pipeInput("m:1", item("m:1", "Providers must keep logs."));
    TaggedItem out = tagged.readValue();
    assertThat(out.item().version()).isEqualTo(1);
    assertThat(out.item().contentHash()).hasSize(64);
    assertThat(out.changes()).isNull();
    assertThat(out.taggerVersion()).isEqualTo("test-1");
    assertThat(dlq.isEmpty()).isTrue();
  }

  @Test
  void sameContentAgainEmitsNothing() {
    raw.pipeInput("m:1", item("m:1", "Same text."));
    raw.pipeInput("m:1", item("m:1", "Same text."));
    raw.pipeInput("m:1", item("m:1", "<p>Same   text.</p>"));
    assertThat(tagged.readValuesToList()).hasSize(1);
  }

  @Test
  void changedTextBecomesTheNextVersionWithTheTagsGainedAndLost() {
    raw.pipeInput("m:1", item("m:1", "Providers must keep logs."));
    raw.pipeInput("m:1", item("m:1", "Providers must retain traffic data for two years."));
    raw.pipeInput("m:1", item("m:1", "Providers must delete traffic data."));
    List<TaggedItem> versions = tagged.readValuesToList();
    assertThat(versions).extracting(v -> v.item().version()).containsExactly(1, 2, 3);
    assertThat(versions.get(1).changes().added()).containsExactly("mandatory-data-retention");
    assertThat(versions.get(2).changes().removed()).containsExactly("mandatory-data-retention");
  }

  @Test
  void itemsAreVersionedIndependently() {
    raw.pipeInput("m:1", item("m:1", "a"));
    raw.pipeInput("m:2", item("m:2", "a"));
    assertThat(tagged.readValuesToList()).extracting(v -> v.item().version()).containsExactly(1, 1);
  }

  @Test
  void malformedRecordsGoToTheDeadLetterTopicWithTheReasonAndPayload() {
    raw.pipeInput("m:1", "{not json");
    raw.pipeInput("m:2", "{\"id\":\"m:2\",\"jurisdiction\":\"Narnia\"}");
    raw.pipeInput(null, item("m:3", "x"));
    raw.pipeInput("m:4", item("m:4", "good"));
    List<DeadLetter> letters = dlq.readValuesToList();
    assertThat(letters).hasSize(3);
    assertThat(letters.get(0).reason()).startsWith("not JSON");
    assertThat(letters.get(0).payload()).isEqualTo("{not json");
    assertThat(letters.get(0).origin()).isEqualTo(Topics.ITEMS_RAW + "/0@0");
    assertThat(letters.get(1).reason())
        .contains("title: missing")
        .contains("jurisdiction: unknown \"Narnia\"");
    assertThat(letters.get(2).reason()).contains("record key is missing");
    assertThat(tagged.readValuesToList()).extracting(TaggedItem::id).containsExactly("m:4");
  }

  @Test
  void aTaggerFailureIsADeadLetterNotAStoppedStream() {
    driver.close();
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    Tagger failing =
        item -> {
          if (item.id().equals("m:bad")) {
            throw new IllegalStateException("rule exploded");
          }
          return Tagger.NONE.assess(item);
        };
    driver = new TopologyTestDriver(ProcessorTopology.build(failing, CLOCK), props);
    raw =
        driver.createInputTopic(
            Topics.ITEMS_RAW, Serdes.String().serializer(), Serdes.String().serializer());
    tagged =
        driver.createOutputTopic(
            Topics.ITEMS_TAGGED,
            Serdes.String().deserializer(),
            new JsonSerde<>(TaggedItem.class).deserializer());
    dlq =
        driver.createOutputTopic(
            Topics.ITEMS_DLQ,
            Serdes.String().deserializer(),
            new JsonSerde<>(DeadLetter.class).deserializer());
    raw.pipeInput("m:bad", item("m:bad", "x"));
    raw.pipeInput("m:ok", item("m:ok", "x"));
    assertThat(dlq.readValue().reason()).contains("tagging failed").contains("rule exploded");
    TaggedItem ok = tagged.readValue();
    assertThat(ok.id()).isEqualTo("m:ok");
    assertThat(ok.taggerVersion()).isEqualTo(TaggedItem.UNTAGGED);
    assertThat(ok.tags()).isEmpty();
  }
}
