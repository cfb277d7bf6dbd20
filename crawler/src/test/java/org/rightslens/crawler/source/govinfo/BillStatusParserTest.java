package org.rightslens.crawler.source.govinfo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.ParseOutcome.Parsed;
import org.rightslens.crawler.source.ParseOutcome.Rejected;
import org.rightslens.model.item.LegislationItem;

class BillStatusParserTest {

  private static final Path PAYLOADS = Path.of("../../shared/payloads");
  private static final Instant FETCHED = Instant.parse("2026-05-01T12:00:00Z");
  private static final ParseContext CONTEXT =
      new ParseContext("govinfo-billstatus", null, "application/xml", FETCHED, null);

  private final BillStatusParser parser = new BillStatusParser();

  private static byte[] payload(String file) throws IOException {
    return Files.readAllBytes(PAYLOADS.resolve(file));
  }

  private static byte[] fixture(String file) throws IOException {
    try (InputStream in =
        BillStatusParserTest.class.getResourceAsStream("/fixtures/govinfo-billstatus/" + file)) {
      assertThat(in).as(file).isNotNull();
      return in.readAllBytes();
    }
  }

  private LegislationItem only(byte[] body) {
    ParseOutcome outcome = parser.parse(body, CONTEXT);
    assertThat(outcome).isInstanceOf(Parsed.class);
    Parsed parsed = (Parsed) outcome;
    assertThat(parsed.next()).isNull();
    assertThat(parsed.items()).hasSize(1);
    return parsed.items().get(0);
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
  void legacyFormatPayload() throws IOException {
    LegislationItem item = only(payload("govinfo/BILLSTATUS-114hr2566.xml"));

    assertThat(item.id()).isEqualTo("govinfo-billstatus:114-hr-2566");
    assertThat(item.source()).isEqualTo("govinfo-billstatus");
    assertThat(item.title()).isEqualTo("Improving Rural Call Quality and Reliability Act of 2015");
    assertThat(item.jurisdiction()).isEqualTo("US");
    assertThat(item.type()).isEqualTo("bill");
    // Latest action: "Ordered to be Reported by Voice Vote."
    assertThat(item.status()).isEqualTo("reported");
    assertThat(item.dates().introduced()).isEqualTo(LocalDate.of(2015, 5, 21));
    assertThat(item.dates().updated()).isEqualTo(LocalDate.of(2016, 10, 1));
    assertThat(item.dates().adopted()).isNull();
    assertThat(item.dates().published()).isNull();
    assertThat(item.dates().effective()).isNull();
    assertThat(item.url())
        .isEqualTo("https://www.congress.gov/bill/114th-congress/house-bill/2566");
    assertThat(item.textUrl()).isNull();
    assertThat(item.summary())
        .startsWith(
            "Improving Rural Call Quality and Reliability Act of 2015 Amends the Communications"
                + " Act of 1934 to require an intermediate provider")
        .contains("Defines \"intermediate provider\" as any entity")
        .endsWith("regarding the completion of intrastate voice communications.")
        .doesNotContain("<p>", "&quot;");
    assertThat(item.subjects())
        .containsExactly(
            "Science, Technology, Communications",
            "Administrative law and regulatory procedures",
            "Federal Communications Commission (FCC)",
            "Federal preemption",
            "Government information and archives",
            "State and local government operations",
            "Telephone and wireless communication");
    assertThat(item.fetchedAt()).isEqualTo(FETCHED);
  }

  @Test
  void currentFormatPayload() throws IOException {
    LegislationItem item = only(payload("govinfo/BILLSTATUS-117hr6658.xml"));

    assertThat(item.id()).isEqualTo("govinfo-billstatus:117-hr-6658");
    assertThat(item.title()).isEqualTo("Protecting Family and Small Business Tax Cuts Act of 2022");
    assertThat(item.jurisdiction()).isEqualTo("US");
    assertThat(item.type()).isEqualTo("bill");
    // Latest action: "Referred to the House Committee on Ways and Means."
    assertThat(item.status()).isEqualTo("introduced");
    assertThat(item.dates().introduced()).isEqualTo(LocalDate.of(2022, 2, 9));
    assertThat(item.dates().updated()).isEqualTo(LocalDate.of(2022, 11, 17));
    assertThat(item.dates().adopted()).isNull();
    assertThat(item.url())
        .isEqualTo("https://www.congress.gov/bill/117th-congress/house-bill/6658");
    assertThat(item.textUrl())
        .isEqualTo(
            "https://www.govinfo.gov/content/pkg/BILLS-117hr6658ih/xml/BILLS-117hr6658ih.xml");
    assertThat(item.summary())
        .startsWith(
            "Protecting Family and Small Business Tax Cuts Act of 2022 This bill makes permanent"
                + " provisions affecting individual and business taxpayers")
        .endsWith("alternative minimum tax exemption amount for individual taxpayers.");
    assertThat(item.subjects()).containsExactly("Taxation");
  }

  @Test
  void currentFormatFixtureOfALaw() throws IOException {
    LegislationItem item = only(fixture("BILLSTATUS-119s901-current.xml"));

    assertThat(item.id()).isEqualTo("govinfo-billstatus:119-s-901");
    assertThat(item.title()).isEqualTo("Example Critical Infrastructure Cyber Resilience Act");
    assertThat(item.type()).isEqualTo("act");
    assertThat(item.status()).isEqualTo("enacted");
    assertThat(item.dates().introduced()).isEqualTo(LocalDate.of(2025, 4, 1));
    assertThat(item.dates().adopted()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(item.dates().updated()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(item.url())
        .isEqualTo("https://www.congress.gov/bill/119th-congress/senate-bill/901");
    assertThat(item.textUrl())
        .as("the newest dated text version")
        .isEqualTo("https://www.govinfo.gov/content/pkg/PLAW-119publ901/xml/PLAW-119publ901.xml");
    assertThat(item.summary())
        .isEqualTo(
            "Example Critical Infrastructure Cyber Resilience Act This act requires operators to"
                + " report \"significant\" cyber incidents within 72 hours.");
    assertThat(item.subjects())
        .containsExactly(
            "Emergency Management",
            "Computer security and identity theft",
            "Infrastructure development");
  }

  @Test
  void legacyFormatFixtureOfAJointResolution() throws IOException {
    LegislationItem item = only(fixture("BILLSTATUS-113sjres99-legacy.xml"));

    assertThat(item.id()).isEqualTo("govinfo-billstatus:113-sjres-99");
    assertThat(item.title()).isEqualTo("Example joint resolution on federal data protection");
    assertThat(item.type()).isEqualTo("bill");
    assertThat(item.status()).isEqualTo("passed-senate");
    assertThat(item.dates().introduced()).isEqualTo(LocalDate.of(2014, 3, 10));
    assertThat(item.dates().updated()).isEqualTo(LocalDate.of(2014, 9, 18));
    assertThat(item.url())
        .isEqualTo("https://www.congress.gov/bill/113th-congress/senate-joint-resolution/99");
    assertThat(item.summary()).isNull();
    assertThat(item.textUrl()).isNull();
    assertThat(item.subjects())
        .containsExactly(
            "Government Operations and Politics", "Government information and archives");
  }

  @Test
  void aBillStatusWithoutABillIsRejected() throws IOException {
    assertThat(rejected(fixture("billstatus-empty.xml")))
        .isEqualTo("govinfo-billstatus: <billStatus> has no <bill>");
  }

  @Test
  void malformedXmlIsRejected() throws IOException {
    assertThat(rejected(fixture("billstatus-malformed.xml"))).startsWith("malformed XML at line 7");
  }

  @Test
  void billionLaughsIsRejectedWithoutExpanding() throws IOException {
    byte[] body = fixture("billion-laughs.xml");
    String reason =
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> rejected(body), "must not expand");
    assertThat(reason).contains("DOCTYPE").contains("hostile").doesNotContain("lol");
  }

  @Test
  void externalEntityIsRejectedWithoutResolving() throws IOException {
    String reason = rejected(fixture("xxe.xml"));
    assertThat(reason).contains("DOCTYPE").contains("hostile").doesNotContain("root:");
  }

  @Test
  void otherXmlIsRejected() throws IOException {
    assertThat(rejected(payload("govinfo/rss-bills-and-statutes.opml.xml")))
        .isEqualTo("govinfo-billstatus: expected a <billStatus> document, got <opml>");
    assertThat(rejected(utf8("<billStatus><bill><title>No key</title></bill></billStatus>")))
        .startsWith("govinfo-billstatus: <bill> lacks a congress, type or number");
  }

  @Test
  void jsonIsNotXml() throws IOException {
    assertThat(rejected(payload("govinfo/collections-list.json"))).startsWith("malformed XML");
  }

  @Test
  void wafChallengePageIsRejected() throws IOException {
    assertThat(rejected(payload("eurlex/eurlex-legal-content-aws-waf-challenge.html")))
        .contains("AWS WAF");
  }

  @Test
  void htmlErrorPageIsRejected() {
    String page =
        "<!DOCTYPE html>\n<html><head><title>404 Not Found</title></head>"
            + "<body><p>The requested file was not found.</p></body></html>";
    assertThat(rejected(utf8(page))).contains("HTML");
  }

  @Test
  void emptyAndBlankBodiesAreRejected() {
    assertThat(rejected(new byte[0])).isEqualTo("empty response body");
    assertThat(rejected(utf8("   "))).isEqualTo("blank response body");
  }

  @Test
  void everyPayloadOfTheFolderParsesOrIsRejectedWithoutThrowing() throws IOException {
    try (var files = Files.list(PAYLOADS.resolve("govinfo"))) {
      for (Path file : files.sorted().toList()) {
        ParseOutcome outcome = parser.parse(Files.readAllBytes(file), CONTEXT);
        boolean billStatus = file.getFileName().toString().startsWith("BILLSTATUS-");
        assertThat(outcome)
            .as(file.toString())
            .isInstanceOf(billStatus ? Parsed.class : Rejected.class);
      }
    }
  }
}
