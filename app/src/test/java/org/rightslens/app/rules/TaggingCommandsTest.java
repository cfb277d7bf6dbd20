package org.rightslens.app.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightslens.app.testing.CommandRun;
import org.rightslens.model.json.Json;

/** {@code rightslens tag}, {@code eval} and {@code rules check}, with the bundled rules. */
class TaggingCommandsTest {

  @TempDir Path dir;

  private static final String LAW =
      "{\"id\":\"test:1\",\"title\":\"Surveillance Act\",\"language\":\"en\",\"text\":"
          + "\"Section 5. The Minister may order a service provider to retain traffic data"
          + " of all users for two years. Section 6. A provider shall decrypt any communication"
          + " on the request of an authorised officer.\"}";

  @Test
  void tagPrintsATaggedItemWhoseEvidenceIsInTheText() throws IOException {
    Path items = Files.writeString(dir.resolve("items.jsonl"), LAW + "\n");

    CommandRun run = CommandRun.of("tag", items.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode tagged = Json.mapper().readTree(run.out().strip());
    String text = tagged.get("text").asText();
    assertThat(tagged.get("taggerVersion").asText())
        .startsWith("rightslens-tagger-1/en@")
        .doesNotEndWith("@none");
    assertThat(tagged.get("tags")).isNotEmpty();
    for (JsonNode tag : tagged.get("tags")) {
      for (JsonNode e : tag.get("evidence")) {
        String source = e.get("field").asText().equals("title") ? "Surveillance Act" : text;
        assertThat(source.substring(e.get("start").asInt(), e.get("end").asInt()))
            .isEqualTo(e.get("text").asText());
      }
    }
  }

  @Test
  void tagReportsEachBadLineWithItsNumberAndTagsTheRest() throws IOException {
    Path items =
        Files.writeString(dir.resolve("items.jsonl"), "{not json\n" + LAW + "\n{\"id\":\"x:2\"}\n");

    CommandRun run = CommandRun.of("tag", items.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out().strip().lines()).hasSize(1);
    assertThat(run.err())
        .contains("items.jsonl:1: not JSON")
        .contains("items.jsonl:3: title: missing");
  }

  @Test
  void evalPrintsFiguresPerTagAndAsJson() throws IOException {
    String labelled =
        LAW.replace(
            "}",
            ",\"expected\":{\"rightsAffecting\":true,\"cybersecurity\":false,"
                + "\"tags\":[\"mandatory-data-retention\",\"compelled-decryption\"]}}");
    Path file =
        Files.writeString(dir.resolve("laws.jsonl"), labelled.replaceFirst("}}$", "}}") + "\n");

    CommandRun table = CommandRun.of("eval", file.toString());
    CommandRun json = CommandRun.of("eval", "--json", file.toString());

    assertThat(table.exitCode()).as(table.err()).isZero();
    assertThat(table.out())
        .contains("rightsAffecting (verdict)")
        .contains("mandatory-data-retention");
    JsonNode report = Json.mapper().readTree(json.out());
    assertThat(report.get("items").asInt()).isEqualTo(1);
    assertThat(
            report.at("/rightsAffecting/truePositives").asInt()
                + report.at("/rightsAffecting/falseNegatives").asInt())
        .isEqualTo(1);
    assertThat(report.get("perTag"))
        .anyMatch(s -> s.get("label").asText().equals("compelled-decryption"));
  }

  @Test
  void evalRefusesALineWithoutLabels() throws IOException {
    Path file = Files.writeString(dir.resolve("laws.jsonl"), LAW + "\n");

    CommandRun run = CommandRun.of("eval", file.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("laws.jsonl:1: expected: missing");
  }

  @Test
  void rulesCheckNamesEachProblemAndExitsTwo() throws IOException {
    Path rules =
        Files.writeString(
            dir.resolve("bad.yaml"),
            """
            language: en
            version: "x"
            rules:
              - id: en.no-such-tag.a
                tag: no-such-tag
                query: "retain data"
                weight: 0.5
                note: unknown tag
              - id: en.cybersecurity.b
                tag: cybersecurity
                query: "fn:maxwidth(3 fn:unordered(a"
                weight: 0.5
                note: broken query
            """);

    CommandRun run = CommandRun.of("rules", "check", rules.toString());

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("(en.no-such-tag.a)")
        .contains("no-such-tag")
        .contains("(en.cybersecurity.b)");
  }

  @Test
  void rulesCheckAcceptsTheBundledEnglishRules() {
    CommandRun run =
        CommandRun.of(
            "rules",
            "check",
            "../processor/src/main/resources/org/rightslens/processor/tagging/rules/en.yaml");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("for en").contains(": OK");
  }
}
