package org.rightslens.model.item;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightslens.model.json.Json;
import org.rightslens.model.kafka.JsonSerde;

class GoldenJsonTest {

  private static String golden(String name) throws IOException {
    try (InputStream in = GoldenJsonTest.class.getResourceAsStream("/golden/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).trim();
    }
  }

  private static JsonNode tree(String json) throws IOException {
    return Json.mapper().readTree(json);
  }

  private static TaggedItem sampleTaggedItem() {
    String text = "A technical capability notice may require the removal of electronic protection.";
    LegislationItem item =
        new LegislationItem(
            "legislation-gov-uk:ukpga/2016/25",
            "legislation-gov-uk",
            "GB",
            "Investigatory Powers Act 2016",
            "act",
            "in-force",
            "en",
            "https://www.legislation.gov.uk/ukpga/2016/25/contents",
            "https://www.legislation.gov.uk/ukpga/2016/25/data.xml",
            "Interception, equipment interference and communications data.",
            text,
            List.of("interception", "surveillance"),
            new ItemDates(LocalDate.of(2016, 11, 29), null, LocalDate.of(2016, 11, 29), null, null),
            Instant.parse("2026-11-28T10:15:30Z"),
            "3f1c",
            2);
    Tag tag =
        new Tag(
            "encryption-weakening",
            TagKind.CONCERN,
            "Encryption backdoors, capability notices and message scanning",
            List.of(8, 7, 9),
            0.9,
            List.of(
                new Evidence(
                    text,
                    0,
                    text.length(),
                    "encryption-weakening/en/remove-electronic-protection")));
    return new TaggedItem(
        item,
        true,
        0.75,
        true,
        List.of(tag),
        "rules-1",
        new TagChanges(List.of("encryption-weakening"), List.of()));
  }

  @Test
  void taggedItemIsWrittenWithTheContractFieldNames() throws IOException {
    assertThat(tree(Json.write(sampleTaggedItem()))).isEqualTo(tree(golden("tagged-item.json")));
  }

  @Test
  void taggedItemReadsBackFromGoldenJson() throws IOException {
    assertThat(Json.read(golden("tagged-item.json"), TaggedItem.class))
        .isEqualTo(sampleTaggedItem());
  }

  @Test
  void firstVersionHasNoChangesField() throws IOException {
    TaggedItem sample = sampleTaggedItem();
    TaggedItem first =
        new TaggedItem(sample.item(), false, 0, false, List.of(), TaggedItem.UNTAGGED, null);
    assertThat(tree(Json.write(first)).has("changes")).isFalse();
    assertThat(tree(Json.write(first)).get("tags").isArray()).isTrue();
  }

  @Test
  void legislationItemRoundTripsThroughGoldenJson() throws IOException {
    LegislationItem item = Json.read(golden("legislation-item.json"), LegislationItem.class);
    assertThat(item.dates().adopted()).isEqualTo(LocalDate.of(2018, 5, 16));
    assertThat(item.subjects()).containsExactly("cybercrime");
    assertThat(tree(Json.write(item))).isEqualTo(tree(golden("legislation-item.json")));
  }

  @Test
  void deadLetterRoundTripsThroughGoldenJson() throws IOException {
    DeadLetter letter = Json.read(golden("dead-letter.json"), DeadLetter.class);
    assertThat(letter.reason()).isEqualTo("jurisdiction: unknown code \"XX\"");
    assertThat(tree(Json.write(letter))).isEqualTo(tree(golden("dead-letter.json")));
  }

  @Test
  void kafkaSerdeRoundTripsATaggedItem() {
    try (JsonSerde<TaggedItem> serde = new JsonSerde<>(TaggedItem.class)) {
      byte[] bytes = serde.serializer().serialize("t", sampleTaggedItem());
      assertThat(serde.deserializer().deserialize("t", bytes)).isEqualTo(sampleTaggedItem());
    }
  }

  @Test
  void kafkaSerdeNamesTheTopicWhenItCannotRead() {
    try (JsonSerde<TaggedItem> serde = new JsonSerde<>(TaggedItem.class)) {
      org.assertj.core.api.Assertions.assertThatThrownBy(
              () -> serde.deserializer().deserialize("some.topic", "{not json".getBytes()))
          .hasMessageContaining("some.topic")
          .hasMessageContaining("TaggedItem");
    }
  }

  @Test
  void recordsRejectImpossibleValues() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Evidence("x", 5, 2, "r"))
        .hasMessageContaining("0 <= start <= end");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new Tag("t", TagKind.TOPIC, "T", List.of(), 1.5, List.of()))
        .hasMessageContaining("confidence");
  }

  @Test
  void tagChangesListGainedAndLostIds() {
    TagChanges changes = TagChanges.between(List.of("a", "b"), List.of("b", "c"));
    assertThat(changes.added()).containsExactly("c");
    assertThat(changes.removed()).containsExactly("a");
  }
}
