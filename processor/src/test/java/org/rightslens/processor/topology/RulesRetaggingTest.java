package org.rightslens.processor.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.rightslens.model.item.TaggedItem;
import org.rightslens.model.kafka.JsonSerde;
import org.rightslens.model.kafka.Topics;
import org.rightslens.model.taxonomy.Taxonomy;
import org.rightslens.processor.tagging.Taggers;

/** The stream tags with the rules published on {@code rightslens.rules}, and re-tags on change. */
class RulesRetaggingTest {

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-28T10:00:00Z"), ZoneOffset.UTC);

  private static final String CYBER_RULE =
      """
        - id: en.cybersecurity.systems
          tag: cybersecurity
          query: 'fn:maxwidth(6 fn:unordered(security fn:or(computer network)))'
          weight: 0.7
          note: cyber context
      """;

  private static final String ACCESS_RULE =
      """
        - id: en.warrantless-access.without-warrant
          tag: warrantless-access
          query: 'fn:maxwidth(12 fn:ordered(fn:or(intercept access) "without a warrant"))'
          weight: 0.8
          note: access without a warrant
      """;

  private static final String BROKEN_RULE =
      """
        - id: en.bulk-interception.broken
          tag: bulk-interception
          query: 'fn:maxwidth(3 fn:unordered(bulk'
          weight: 0.8
          note: does not parse
      """;

  private TopologyTestDriver driver;
  private TestInputTopic<String, String> raw;
  private TestInputTopic<String, String> rules;
  private TestOutputTopic<String, TaggedItem> tagged;

  @BeforeEach
  void start() {
    Properties props = new Properties();
    props.put(StreamsConfig.APPLICATION_ID_CONFIG, "test");
    props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
    Taxonomy taxonomy = Taxonomy.load();
    driver =
        new TopologyTestDriver(
            ProcessorTopology.build(Taggers.rules(taxonomy), taxonomy, CLOCK), props);
    raw =
        driver.createInputTopic(
            Topics.ITEMS_RAW, Serdes.String().serializer(), Serdes.String().serializer());
    rules =
        driver.createInputTopic(
            Topics.RULES, Serdes.String().serializer(), Serdes.String().serializer());
    tagged =
        driver.createOutputTopic(
            Topics.ITEMS_TAGGED,
            Serdes.String().deserializer(),
            new JsonSerde<>(TaggedItem.class).deserializer());
  }

  @AfterEach
  void stop() {
    driver.close();
  }

  private void publish(String version, String... ruleEntries) {
    rules.pipeInput(
        "en",
        "language: en\nversion: \"" + version + "\"\nrules:\n" + String.join("", ruleEntries));
    driver.advanceWallClockTime(Duration.ofSeconds(3));
  }

  private void importLaw() {
    raw.pipeInput(
        "t:1",
        "{\"id\":\"t:1\",\"title\":\"Network Act\",\"jurisdiction\":\"GB\",\"language\":\"en\","
            + "\"text\":\"Officers may intercept messages without a warrant to protect the"
            + " security of computer networks.\"}");
  }

  @Test
  void aNewRulesVersionRetagsStoredItemsAndShowsWhatChanged() {
    publish("v1", CYBER_RULE);
    importLaw();
    TaggedItem first = tagged.readValue();
    assertThat(first.taggerVersion()).isEqualTo("rightslens-tagger-1/en@v1");
    assertThat(first.tags()).extracting(t -> t.id()).containsExactly("cybersecurity");

    publish("v2", CYBER_RULE, ACCESS_RULE);

    TaggedItem retagged = tagged.readValue();
    assertThat(retagged.id()).isEqualTo("t:1");
    assertThat(retagged.item().version()).isEqualTo(1);
    assertThat(retagged.taggerVersion()).isEqualTo("rightslens-tagger-1/en@v2");
    assertThat(retagged.changes().added()).containsExactly("warrantless-access");
    assertThat(retagged.changes().removed()).isEmpty();
    assertThat(retagged.rightsAffecting()).isTrue();
    assertThat(tagged.isEmpty()).isTrue();
  }

  @Test
  void theSameVersionPublishedAgainRetagsNothing() {
    publish("v1", CYBER_RULE);
    importLaw();
    tagged.readValue();

    publish("v1", CYBER_RULE);

    assertThat(tagged.isEmpty()).isTrue();
  }

  @Test
  void aRuleThatFailsToParseIsLeftOutAndTheOthersStillTag() {
    publish("v1", CYBER_RULE, BROKEN_RULE, ACCESS_RULE);
    importLaw();

    TaggedItem out = tagged.readValue();

    assertThat(out.tags())
        .extracting(t -> t.id())
        .containsExactlyInAnyOrder("cybersecurity", "warrantless-access");
  }

  @Test
  void withoutRulesForItsLanguageAnItemIsMarkedNotTagged() {
    importLaw();

    TaggedItem out = tagged.readValue();

    assertThat(out.tags()).isEmpty();
    assertThat(out.taggerVersion()).isEqualTo("rightslens-tagger-1/en@none");
    assertThat(out.taggingNote()).contains("no rules for language \"en\"");
  }
}
