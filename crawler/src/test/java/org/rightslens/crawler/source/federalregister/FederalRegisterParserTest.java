package org.rightslens.crawler.source.federalregister;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.ParseOutcome.Parsed;
import org.rightslens.crawler.source.ParseOutcome.Rejected;
import org.rightslens.model.item.LegislationItem;

class FederalRegisterParserTest {

  private static final Path PAYLOADS = Path.of("../../shared/payloads");
  private static final Instant FETCHED = Instant.parse("2026-05-01T12:00:00Z");
  private static final ParseContext CONTEXT =
      new ParseContext(
          "federal-register",
          URI.create("https://www.federalregister.gov/api/v1/documents.json?per_page=2"),
          "application/json",
          FETCHED,
          null);

  private final FederalRegisterParser parser = new FederalRegisterParser();

  private static byte[] payload(String file) throws IOException {
    return Files.readAllBytes(PAYLOADS.resolve(file));
  }

  private static byte[] fixture(String file) throws IOException {
    try (InputStream in =
        FederalRegisterParserTest.class.getResourceAsStream("/fixtures/federal-register/" + file)) {
      assertThat(in).as(file).isNotNull();
      return in.readAllBytes();
    }
  }

  private Parsed parsed(byte[] body) {
    ParseOutcome outcome = parser.parse(body, CONTEXT);
    assertThat(outcome).isInstanceOf(Parsed.class);
    return (Parsed) outcome;
  }

  private String rejected(byte[] body) {
    ParseOutcome outcome = parser.parse(body, CONTEXT);
    assertThat(outcome).isInstanceOf(Rejected.class);
    return ((Rejected) outcome).reason();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void fullDocumentPayload() throws IOException {
    Parsed parsed = parsed(payload("federalregister/document-2024-27333.json"));

    assertThat(parsed.next()).isNull();
    assertThat(parsed.items()).hasSize(1);
    LegislationItem item = parsed.items().get(0);
    assertThat(item.id()).isEqualTo("federal-register:2024-27333");
    assertThat(item.source()).isEqualTo("federal-register");
    assertThat(item.title())
        .isEqualTo("Waste Prevention, Production Subject to Royalties, and Resource Conservation");
    assertThat(item.jurisdiction()).isEqualTo("US");
    assertThat(item.type()).isEqualTo("regulation");
    assertThat(item.status()).isEqualTo("final");
    assertThat(item.language()).isEqualTo("en");
    assertThat(item.dates().published()).isEqualTo(LocalDate.of(2024, 11, 22));
    assertThat(item.dates().effective()).isEqualTo(LocalDate.of(2024, 12, 23));
    assertThat(item.dates().adopted()).isNull();
    assertThat(item.dates().introduced()).isNull();
    assertThat(item.dates().updated()).isNull();
    assertThat(item.url())
        .isEqualTo(
            "https://www.federalregister.gov/documents/2024/11/22/2024-27333/"
                + "waste-prevention-production-subject-to-royalties-and-resource-conservation");
    assertThat(item.textUrl())
        .isEqualTo(
            "https://www.federalregister.gov/documents/full_text/html/2024/11/22/2024-27333.html");
    assertThat(item.summary())
        .startsWith("On April 10, 2024, the Bureau of Land Management (BLM) published a final rule")
        .endsWith("makes minor re-arrangements of provisions for better clarity.");
    assertThat(item.subjects())
        .containsExactly(
            "Administrative practice and procedure",
            "Incorporation by reference",
            "Indians-lands",
            "Mineral royalties",
            "Oil and gas exploration",
            "Reporting and recordkeeping requirements",
            "Interior Department",
            "Land Management Bureau");
    assertThat(item.fetchedAt()).isEqualTo(FETCHED);
    assertThat(item.version()).isZero();
  }

  @Test
  void bareResultsArrayPayload() throws IOException {
    Parsed parsed = parsed(payload("federalregister/documents-search-term-1110-AA36.results.json"));

    assertThat(parsed.next()).isNull();
    assertThat(parsed.items())
        .extracting(LegislationItem::id)
        .containsExactly("federal-register:2024-28711", "federal-register:2024-28712");
    LegislationItem first = parsed.items().get(0);
    assertThat(first.title())
        .isEqualTo(
            "Bipartisan Safer Communities Act of 2022-Criteria for National Instant Criminal"
                + " Background Check System (\u201cNICS\u201d) Background Checks of Firearm"
                + " Handlers");
    LegislationItem second = parsed.items().get(1);
    assertThat(second.title())
        .isEqualTo(
            "Bipartisan Safer Communities Act of 2022 and Consolidated Appropriations Act of"
                + " 2022-Implementation Revisions for National Instant Criminal Background Check"
                + " System (NICS)");
    for (LegislationItem item : parsed.items()) {
      assertThat(item.jurisdiction()).isEqualTo("US");
      assertThat(item.type()).isEqualTo("regulation");
      assertThat(item.status()).isEqualTo("proposed");
      assertThat(item.dates().published()).isEqualTo(LocalDate.of(2024, 12, 12));
      assertThat(item.dates().effective()).isNull();
      assertThat(item.subjects()).containsExactly("Justice Department");
      // The recorded search asked for a reduced fields[] set without html_url: no url, none made
      // up.
      assertThat(item.url()).isNull();
      assertThat(item.textUrl()).isNull();
      assertThat(item.summary()).isNull();
    }
  }

  @Test
  void searchEnvelopeFixtureWithNextPage() throws IOException {
    Parsed parsed = parsed(fixture("search-envelope.json"));

    assertThat(parsed.next())
        .isEqualTo(
            URI.create(
                "https://www.federalregister.gov/api/v1/documents.json?conditions%5Bpublication_date"
                    + "%5D%5Bgte%5D=2026-01-05&conditions%5Bterm%5D=cybersecurity&order=newest"
                    + "&page=2&per_page=2"));
    assertThat(parsed.items()).hasSize(2);

    LegislationItem proposed = parsed.items().get(0);
    assertThat(proposed.id()).isEqualTo("federal-register:2026-00101");
    assertThat(proposed.title())
        .isEqualTo("Example Incident Reporting Requirements\u2014Cyber Incidents");
    assertThat(proposed.type()).isEqualTo("regulation");
    assertThat(proposed.status()).isEqualTo("proposed");
    assertThat(proposed.dates().published()).isEqualTo(LocalDate.of(2026, 1, 7));
    assertThat(proposed.dates().effective()).isNull();
    assertThat(proposed.url())
        .isEqualTo(
            "https://www.federalregister.gov/documents/2026/01/07/2026-00101/"
                + "example-incident-reporting-requirements");
    assertThat(proposed.textUrl())
        .as("body_html_url is null, so the raw text is next")
        .isEqualTo(
            "https://www.federalregister.gov/documents/full_text/text/2026/01/07/2026-00101.txt");
    assertThat(proposed.summary())
        .isEqualTo(
            "The Agency proposes incident reporting requirements for covered entities & their"
                + " vendors.");
    assertThat(proposed.subjects())
        .containsExactly(
            "Computer technology",
            "Reporting and recordkeeping requirements",
            "Example Security Agency",
            "Office of the Example Director");

    LegislationItem order = parsed.items().get(1);
    assertThat(order.id()).isEqualTo("federal-register:2026-00102");
    assertThat(order.title()).isEqualTo("Example Executive Order on Federal Network Defense");
    assertThat(order.type()).isEqualTo("decision");
    assertThat(order.status()).isNull();
    assertThat(order.dates().published()).isEqualTo(LocalDate.of(2026, 1, 6));
    assertThat(order.dates().adopted()).isEqualTo(LocalDate.of(2026, 1, 2));
    assertThat(order.summary()).isNull();
    assertThat(order.textUrl())
        .isEqualTo("https://www.govinfo.gov/content/pkg/FR-2026-01-06/pdf/2026-00102.pdf");
    assertThat(order.subjects()).containsExactly("Executive Office of the President");
  }

  @Test
  void zeroHitsHaveNoResultsKeyAndGiveNoItems() throws IOException {
    Parsed parsed = parsed(fixture("search-zero-hits.json"));

    assertThat(parsed.items()).isEmpty();
    assertThat(parsed.next()).isNull();
  }

  @Test
  void singleNoticeFixtureWithNullFields() throws IOException {
    List<LegislationItem> items = parsed(fixture("document-notice.json")).items();

    assertThat(items).hasSize(1);
    LegislationItem notice = items.get(0);
    assertThat(notice.id()).isEqualTo("federal-register:2026-00201");
    assertThat(notice.title())
        .isEqualTo("Example Public Meeting on Software Supply Chain Security");
    assertThat(notice.type()).isEqualTo("notice");
    assertThat(notice.status()).isNull();
    assertThat(notice.dates().published()).isEqualTo(LocalDate.of(2026, 2, 2));
    assertThat(notice.dates().effective()).isNull();
    assertThat(notice.dates().adopted()).isNull();
    assertThat(notice.textUrl())
        .isEqualTo(
            "https://www.federalregister.gov/documents/full_text/html/2026/02/02/2026-00201.html");
    assertThat(notice.subjects()).containsExactly("Example Review Board");
  }

  @Test
  void presidentialDocumentsOtherThanOrdersAreNotices() {
    String memo =
        "{\"document_number\": \"2026-00301\", \"title\": \"Memorandum\","
            + " \"type\": \"Presidential Document\", \"subtype\": \"Memorandum\"}";
    assertThat(parsed(utf8(memo)).items().get(0).type()).isEqualTo("notice");
  }

  @Test
  void malformedFixtureIsNotJson() throws IOException {
    assertThat(rejected(fixture("search-malformed.json"))).startsWith("not JSON: ");
  }

  @Test
  void trailingGarbageIsNotJson() {
    assertThat(rejected(utf8("{\"count\": 0} <html>"))).startsWith("not JSON: ");
  }

  @Test
  void wafChallengePageIsRejected() throws IOException {
    assertThat(rejected(payload("eurlex/eurlex-legal-content-aws-waf-challenge.html")))
        .contains("AWS WAF");
  }

  @Test
  void htmlErrorPageIsRejected() {
    String page =
        "<!DOCTYPE html>\n<html><head><title>503 Service Unavailable</title></head>"
            + "<body><h1>Service Unavailable</h1></body></html>";
    assertThat(rejected(utf8(page))).contains("HTML");
  }

  @Test
  void emptyAndBlankBodiesAreRejected() {
    assertThat(rejected(new byte[0])).isEqualTo("empty response body");
    assertThat(rejected(utf8(" \n\t "))).isEqualTo("blank response body");
  }

  @Test
  void jsonOfTheWrongShapeIsRejected() throws IOException {
    String expected = FederalRegisterParser.WRONG_SHAPE;
    assertThat(rejected(utf8("{\"foo\": 1}"))).isEqualTo(expected);
    assertThat(rejected(utf8("\"a string\""))).isEqualTo(expected);
    assertThat(rejected(utf8("[{\"foo\": 1}]"))).startsWith(expected);
    assertThat(rejected(payload("congress-gov/bill.json"))).isEqualTo(expected);
  }

  @Test
  void apiErrorBodyIsRejectedWithItsMessage() {
    String error = "{\"status\": 400, \"errors\": {\"per_page\": \"must be at most 1000\"}}";
    assertThat(rejected(utf8(error)))
        .startsWith("federal-register: API error: ")
        .contains("must be at most 1000");
    assertThat(rejected(utf8("{\"status\": 404, \"message\": \"Record not found\"}")))
        .isEqualTo("federal-register: API error: Record not found");
  }
}
