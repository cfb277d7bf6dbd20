package org.rightslens.app.sources;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.rightslens.app.testing.CommandRun;
import org.rightslens.model.json.Json;

/**
 * Runs {@code rightslens parse} over every recorded real response under {@code ../shared/payloads}
 * and checks what each must yield. Every file must have an expectation here, so a new payload
 * cannot go unchecked.
 */
class PayloadConformanceTest {

  static final Path PAYLOADS = Path.of("..", "..", "shared", "payloads");

  /** What a payload must give: items (first id, count at least, jurisdiction) or a rejection. */
  record Expect(String type, String firstId, int atLeast, String jurisdiction, String rejection) {
    static Expect items(String type, String firstId, int atLeast, String jurisdiction) {
      return new Expect(type, firstId, atLeast, jurisdiction, null);
    }

    static Expect rejected(String type, String reason) {
      return new Expect(type, null, 0, null, reason);
    }

    /** A recorded response of an endpoint that has no source type (yet). */
    static Expect noType() {
      return new Expect(null, null, 0, null, null);
    }
  }

  static final Map<String, Expect> EXPECTED =
      Map.ofEntries(
          Map.entry(
              "federalregister/document-2024-27333.json",
              Expect.items("federal-register", "federal-register:2024-27333", 1, "US")),
          Map.entry(
              "federalregister/documents-search-term-1110-AA36.results.json",
              Expect.items("federal-register", null, 2, "US")),
          Map.entry(
              "congress-gov/bill-117-hr-21.json",
              Expect.items("congress-gov", "congress-gov:117-hr-21", 1, "US")),
          Map.entry("congress-gov/bill.json", Expect.items("congress-gov", null, 20, "US")),
          Map.entry(
              "congress-gov/bill-117-hr-21-actions.json",
              Expect.rejected("congress-gov", "sub-resource")),
          Map.entry(
              "congress-gov/bill-117-hr-21-committees.json",
              Expect.rejected("congress-gov", "sub-resource")),
          Map.entry(
              "congress-gov/bill-117-hr-21-subjects.json",
              Expect.rejected("congress-gov", "sub-resource")),
          Map.entry(
              "congress-gov/bill-117-hr-21-summaries.json",
              Expect.rejected("congress-gov", "sub-resource")),
          Map.entry(
              "congress-gov/bill-117-hr-21-text.json",
              Expect.rejected("congress-gov", "sub-resource")),
          Map.entry(
              "congress-gov/bill-117-hr-21-titles.json",
              Expect.rejected("congress-gov", "sub-resource")),
          Map.entry(
              "govinfo/BILLSTATUS-114hr2566.xml",
              Expect.items("govinfo-billstatus", "govinfo-billstatus:114-hr-2566", 1, "US")),
          Map.entry(
              "govinfo/BILLSTATUS-117hr6658.xml",
              Expect.items("govinfo-billstatus", "govinfo-billstatus:117-hr-6658", 1, "US")),
          Map.entry("govinfo/collections-BILLS-date-range.json", Expect.noType()),
          Map.entry("govinfo/collections-BILLS-since-2018-01-01.json", Expect.noType()),
          Map.entry("govinfo/collections-list.json", Expect.noType()),
          Map.entry("govinfo/granule-FR-2018-04-12_2018-07777-summary.json", Expect.noType()),
          Map.entry("govinfo/package-BILLS-115hr1625enr-summary.json", Expect.noType()),
          Map.entry("govinfo/package-FR-2018-04-12-summary.json", Expect.noType()),
          Map.entry("govinfo/rss-bills-and-statutes.opml.xml", Expect.noType()),
          Map.entry("govinfo/rss-regulatory-information.opml.xml", Expect.noType()),
          Map.entry("camara-br/proposicoes-detail-dados-cache.json", Expect.noType()),
          Map.entry("legislation-gov-au/title-versions-reduced.json", Expect.noType()),
          Map.entry("legislation-gov-au/titles-search-reduced.json", Expect.noType()),
          Map.entry(
              "legislation-gov-uk/search-title-data-protection.feed.xml",
              Expect.items("legislation-gov-uk", "legislation-gov-uk:eudn/2020/1745", 3, "GB")),
          Map.entry(
              "legislation-gov-uk/listing-all-1110-2016-page-1102.feed.xml",
              Expect.items("legislation-gov-uk", "legislation-gov-uk:uksi/2011/1239", 20, "GB")),
          Map.entry(
              "legislation-gov-uk/uksi-2015-1995-made.clml.xml",
              Expect.items(
                  "legislation-gov-uk-clml", "legislation-gov-uk-clml:uksi/2015/1995", 1, "GB")),
          Map.entry(
              "eurlex/eurlex-legal-content-aws-waf-challenge.html",
              Expect.rejected("eurlex-xhtml", "AWS WAF")),
          Map.entry(
              "eurlex/cellar-notification-ingestion-doc-example.rss.xml",
              Expect.items("cellar-notifications", "cellar-notifications:32006D0241", 1, "EU")),
          Map.entry(
              "eurlex/cellar-32016R0679-fmx4-DOC_1.doc.xml",
              Expect.items("formex", "formex:32016R0679", 1, "EU")),
          Map.entry(
              "eurlex/formex-32019R0881-CSA-L_2019151EN.01001501.doc.xml",
              Expect.items("formex", "formex:32019R0881", 1, "EU")),
          Map.entry(
              "eurlex/formex-32022L2555-NIS2-L_2022333EN.01008001.doc.xml",
              Expect.items("formex", "formex:32022L2555", 1, "EU")),
          Map.entry(
              "eurlex/formex-32022L2555-NIS2-annex-L_2022333EN.01015001.xml",
              Expect.rejected("formex", "an <ANNEX>")),
          Map.entry(
              "eurlex/act-32024R2982.html",
              Expect.items("eurlex-xhtml", "eurlex-xhtml:32024R2982", 1, "EU")),
          Map.entry(
              "eurlex/act-32024R2978.html",
              Expect.items("eurlex-xhtml", "eurlex-xhtml:32024R2978", 1, "EU")),
          Map.entry(
              "eurlex/cellar-32016R0679-fmx4-300-multiple-choices.html",
              Expect.rejected("eurlex-xhtml", "300 Multiple Choices")));

  @TestFactory
  Stream<DynamicTest> everyRecordedPayloadParsesAsExpected() throws IOException {
    Assumptions.assumeTrue(Files.isDirectory(PAYLOADS), "no payloads folder beside the project");
    List<DynamicTest> tests = new ArrayList<>();
    try (Stream<Path> files = Files.walk(PAYLOADS)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        String name = PAYLOADS.relativize(file).toString().replace('\\', '/');
        if (name.endsWith(".md")) {
          continue;
        }
        tests.add(DynamicTest.dynamicTest(name, () -> check(name, file)));
      }
    }
    return tests.stream();
  }

  private static void check(String name, Path file) throws IOException {
    Expect expect = EXPECTED.get(name);
    assertThat(expect).as("payload %s has no expectation in this test: add one", name).isNotNull();
    if (expect.type() == null) {
      return;
    }
    CommandRun run = CommandRun.of("parse", "--type", expect.type(), file.toString());
    if (expect.rejection() != null) {
      assertThat(run.exitCode()).as(run.out()).isEqualTo(2);
      assertThat(run.err()).contains("rejected").contains(expect.rejection());
      return;
    }
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> items = new ArrayList<>();
    for (String line : run.out().split("\\R")) {
      if (!line.isBlank()) {
        items.add(Json.mapper().readTree(line));
      }
    }
    assertThat(items).hasSizeGreaterThanOrEqualTo(expect.atLeast());
    if (expect.firstId() != null) {
      assertThat(items.get(0).get("id").asText()).isEqualTo(expect.firstId());
    }
    for (JsonNode item : items) {
      assertThat(item.get("jurisdiction").asText()).isEqualTo(expect.jurisdiction());
      assertThat(item.get("id").asText()).startsWith(expect.type() + ":");
      assertThat(item.get("type").asText()).isNotBlank();
      assertThat(item.path("url").asText("")).matches("(https?://.+)?");
    }
  }
}
