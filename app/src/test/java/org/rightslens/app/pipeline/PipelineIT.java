package org.rightslens.app.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rightslens.app.runtime.RightsLens;
import org.rightslens.app.runtime.RunSettings;
import org.rightslens.app.testing.Api;
import org.rightslens.app.testing.CommandRun;
import org.rightslens.app.testing.KafkaFixture;
import org.rightslens.app.testing.TopicReader;
import org.rightslens.model.item.DeadLetter;
import org.rightslens.model.json.Json;
import org.rightslens.model.kafka.Topics;

/**
 * The pipeline end to end on a real broker: import through the command line and HTTP, the
 * processor, the Lucene index on disk, search and item APIs. Each test uses its own item ids.
 */
class PipelineIT {

  private static final Duration WAIT = Duration.ofSeconds(60);

  private static Path dataDir;
  private static RightsLens app;
  private static Api api;

  @BeforeAll
  static void start() throws Exception {
    dataDir = Files.createTempDirectory("rightslens-pipeline-it");
    app = startApp();
    api = new Api(app.port());
  }

  private static RightsLens startApp() throws Exception {
    RightsLens started =
        RightsLens.start(
            new RunSettings(
                "127.0.0.1", 0, dataDir, KafkaFixture.bootstrapServers(), (short) 1, false, null));
    Api client = new Api(started.port());
    await().atMost(WAIT).until(() -> client.get("/api/health").status() == 200);
    return started;
  }

  @AfterAll
  static void stop() {
    app.close();
    KafkaFixture.delete(dataDir);
  }

  private static Path file(String name, String... lines) throws IOException {
    Path file = dataDir.resolve(name);
    Files.writeString(file, String.join("\n", lines) + "\n");
    return file;
  }

  private static String item(String id, String title, String text) {
    return Json.write(
        java.util.Map.of(
            "id",
            id,
            "title",
            title,
            "jurisdiction",
            "GB",
            "type",
            "act",
            "text",
            text,
            "dates",
            java.util.Map.of("adopted", "2016-11-29")));
  }

  private static CommandRun importFile(Path file) {
    return CommandRun.of("import", file.toString(), "--server", api.base().toString());
  }

  private static long total(String query) {
    return api.get("/api/search?q=" + query).json().get("total").asLong();
  }

  private static void awaitPipelineIdle() {
    await().atMost(WAIT).until(() -> api.get("/api/health").json().get("lag").asLong() == 0);
  }

  @Test
  void importedItemsBecomeSearchableOnceAndBadLinesAreDeadLettered() throws Exception {
    Path file =
        file(
            "first.jsonl",
            item("it1:a", "Interception Alpha Act", "Warrants for bulk interception zeppelin."),
            item("it1:b", "Interception Beta Act", "Retention of zeppelin communications data."),
            "{\"id\":\"it1:bad\",\"title\":\"Bad\",\"jurisdiction\":\"Atlantis\"}",
            "this is not json",
            item("it1:c", "Interception Gamma Act", "Zeppelin equipment interference."));

    CommandRun run = importFile(file);
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("imported 3 items").contains("rejected 2 lines");
    assertThat(run.err())
        .contains("first.jsonl:3: jurisdiction: unknown \"Atlantis\"")
        .contains("first.jsonl:4: not JSON");

    await().atMost(WAIT).until(() -> total("zeppelin") == 3);
    JsonNode hit = api.get("/api/search?q=%22bulk+interception%22").json().get("hits").get(0);
    assertThat(hit.get("id").asText()).isEqualTo("it1:a");
    assertThat(hit.get("highlights").get(0).asText()).contains("<mark>bulk interception</mark>");

    List<DeadLetter> letters =
        TopicReader.readAll(KafkaFixture.bootstrapServers(), Topics.ITEMS_DLQ).stream()
            .map(r -> Json.read(r.value(), DeadLetter.class))
            .filter(d -> d.origin().contains("first.jsonl") || "it1:bad".equals(d.key()))
            .toList();
    assertThat(letters)
        .extracting(DeadLetter::reason)
        .anySatisfy(r -> assertThat(r).contains("jurisdiction: unknown \"Atlantis\""))
        .anySatisfy(r -> assertThat(r).startsWith("not JSON"));
    assertThat(letters).extracting(DeadLetter::payload).contains("this is not json");

    // The same file again: nothing new is published downstream, nothing is duplicated.
    assertThat(importFile(file).exitCode()).isZero();
    awaitPipelineIdle();
    assertThat(total("zeppelin")).isEqualTo(3);
    long taggedRecords =
        TopicReader.readAll(KafkaFixture.bootstrapServers(), Topics.ITEMS_TAGGED).stream()
            .map(ConsumerRecord::key)
            .filter(k -> k.startsWith("it1:"))
            .count();
    assertThat(taggedRecords).isEqualTo(3);
    assertThat(api.get("/api/items/it1:a").json().get("versions")).hasSize(1);
  }

  @Test
  void publishedRulesRetagStoredItemsAndShowWhatChanged() throws Exception {
    String law =
        Json.write(
            java.util.Map.of(
                "id", "it6:a",
                "title", "Lei de exemplo",
                "jurisdiction", "BR",
                "language", "pt",
                "text",
                    "Art. 7. O Ministro pode ordenar o bloqueio de sítios da internet sem ordem"
                        + " judicial."));
    assertThat(importFile(file("pt.jsonl", law)).exitCode()).isZero();
    await().atMost(WAIT).until(() -> api.get("/api/items/it6:a").status() == 200);
    JsonNode before = api.get("/api/items/it6:a").json();
    Path rules =
        file(
            "pt-rules.yaml",
            "language: pt",
            "version: \"it-5\"",
            "rules:",
            "  - id: pt.content-blocking-power.bloqueio",
            "    tag: content-blocking-power",
            "    query: 'fn:maxwidth(8 fn:unordered(bloqueio fn:or(sitios internet)))'",
            "    weight: 0.8",
            "    note: bloqueio de sítios");

    CommandRun publish =
        CommandRun.of(
            "rules",
            "publish",
            rules.toString(),
            "--bootstrap-servers",
            KafkaFixture.bootstrapServers());

    assertThat(publish.exitCode()).as(publish.err()).isZero();
    await()
        .atMost(WAIT)
        .until(
            () ->
                api.get("/api/items/it6:a")
                    .json()
                    .get("taggerVersion")
                    .asText()
                    .endsWith("/pt@it-5"));
    JsonNode after = api.get("/api/items/it6:a").json();
    assertThat(after.get("version").asInt()).isEqualTo(1);
    JsonNode tag = after.get("tags").get(0);
    assertThat(tag.get("id").asText()).isEqualTo("content-blocking-power");
    JsonNode evidence = tag.get("evidence").get(0);
    assertThat(
            after
                .get("text")
                .asText()
                .substring(evidence.get("start").asInt(), evidence.get("end").asInt()))
        .isEqualTo(evidence.get("text").asText())
        .contains("bloqueio de sítios");
    List<String> had = ids(before.get("tags"));
    List<String> added = ids(after.get("changes").get("added"));
    List<String> removed = ids(after.get("changes").get("removed"));
    assertThat(added)
        .isEqualTo(
            had.contains("content-blocking-power") ? List.of() : List.of("content-blocking-power"));
    assertThat(removed)
        .containsExactlyInAnyOrderElementsOf(
            had.stream().filter(t -> !t.equals("content-blocking-power")).toList());
  }

  private static List<String> ids(JsonNode list) {
    List<String> ids = new java.util.ArrayList<>();
    list.forEach(n -> ids.add(n.isObject() ? n.get("id").asText() : n.asText()));
    return ids;
  }

  @Test
  void changedTextBecomesVersionTwoWithItsHistory() throws Exception {
    assertThat(
            importFile(
                    file("v1.jsonl", item("it2:a", "Telecoms Act", "Providers keep quokka logs.")))
                .exitCode())
        .isZero();
    await().atMost(WAIT).until(() -> api.get("/api/items/it2:a").status() == 200);
    assertThat(
            importFile(
                    file(
                        "v2.jsonl",
                        item("it2:a", "Telecoms Act", "Providers retain quokka logs for a year.")))
                .exitCode())
        .isZero();
    await()
        .atMost(WAIT)
        .until(() -> api.get("/api/items/it2:a").json().get("version").asInt() == 2);
    JsonNode item = api.get("/api/items/it2:a").json();
    assertThat(item.get("text").asText()).contains("for a year");
    assertThat(item.get("versions"))
        .extracting(v -> v.get("version").asInt())
        .containsExactly(1, 2);
    assertThat(item.get("changes").get("added")).isEmpty();
    assertThat(api.get("/api/items/it2:a?version=1").json().get("text").asText())
        .isEqualTo("Providers keep quokka logs.");
    assertThat(total("quokka")).isEqualTo(1);
  }

  @Test
  void aFileWithOnlyBadLinesIsRefusedWithExitTwo() throws Exception {
    CommandRun run = importFile(file("bad.jsonl", "{\"id\":\"it3:x\"}", "", "[1,2,3]"));
    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err())
        .contains("bad.jsonl:1: title: missing")
        .contains("bad.jsonl:3: expected a JSON object");
    assertThat(run.out()).contains("imported 0 items");
  }

  @Test
  void csvFilesAreImportedWithTheirLineNumbers() throws Exception {
    Path csv =
        file(
            "items.csv",
            "id,title,jurisdiction,type,adopted,subjects,text",
            "it4:a,Cybercrimes Act,ZA,act,2021-06-01,cybercrime;malware,\"Offences for wombat malware\"",
            "it4:b,,ZA,act,2021-06-01,,missing title");
    CommandRun run = importFile(csv);
    assertThat(run.exitCode()).isZero();
    assertThat(run.err()).contains("items.csv:3: title: missing");
    await().atMost(WAIT).until(() -> total("wombat") == 1);
    JsonNode item = api.get("/api/items/it4:a").json();
    assertThat(item.get("jurisdiction").asText()).isEqualTo("ZA");
    assertThat(item.get("subjects"))
        .extracting(JsonNode::asText)
        .containsExactly("cybercrime", "malware");
    assertThat(item.get("dates").get("adopted").asText()).isEqualTo("2021-06-01");
  }

  @Test
  void badRequestsGet400AndUnknownIds404WithAJsonError() {
    Api.Response parse = api.get("/api/search?q=encryption+AND");
    assertThat(parse.status()).isEqualTo(400);
    assertThat(parse.json().get("error").asText()).startsWith("q: syntax error at position 14");
    assertThat(parse.json().get("position").asInt()).isEqualTo(14);
    assertThat(api.get("/api/search?q=x&from=yesterday").json().get("error").asText())
        .isEqualTo("from: expected a date as YYYY-MM-DD, got \"yesterday\"");
    assertThat(api.get("/api/search?size=1000").status()).isEqualTo(400);
    Api.Response missing = api.get("/api/items/nowhere:1");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.json().get("error").asText()).contains("nowhere:1");
    assertThat(api.get("/api/no-such-endpoint").json().has("error")).isTrue();
    assertThat(api.post("/api/import", "application/x-ndjson", " ").status()).isEqualTo(400);
    Api.Response health = api.get("/api/health");
    assertThat(health.json().get("status").asText()).isEqualTo("UP");
    assertThat(health.json().get("broker").asText()).isEqualTo(KafkaFixture.bootstrapServers());
  }

  @Test
  void theSearchPageIsServed() {
    Api.Response page = api.get("/");
    assertThat(page.status()).isEqualTo(200);
    assertThat(page.body()).contains("<form id=\"search\"");
    assertThat(api.get("/search.js").status()).isEqualTo(200);
    assertThat(api.get("/items/it1:a").body()).contains("/item.js");
  }

  @Test
  void aRestartedAppKeepsItsIndexAndCarriesOn() throws Exception {
    assertThat(
            importFile(file("r.jsonl", item("it5:a", "Restart Act", "Platypus provisions.")))
                .exitCode())
        .isZero();
    await().atMost(WAIT).until(() -> total("platypus") == 1);
    int before = api.get("/api/health").json().get("indexed").asInt();

    app.close();
    app = startApp();
    api = new Api(app.port());

    assertThat(api.get("/api/health").json().get("indexed").asInt()).isEqualTo(before);
    assertThat(total("platypus")).isEqualTo(1);
    assertThat(
            importFile(file("r2.jsonl", item("it5:b", "After Restart Act", "Platypus again.")))
                .exitCode())
        .isZero();
    await().atMost(WAIT).until(() -> total("platypus") == 2);
    assertThat(api.get("/api/items/it5:a").json().get("versions")).hasSize(1);
  }
}
