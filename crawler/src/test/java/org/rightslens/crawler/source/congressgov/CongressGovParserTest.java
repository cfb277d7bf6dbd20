package org.rightslens.crawler.source.congressgov;

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

class CongressGovParserTest {

  private static final Path PAYLOADS = Path.of("../../shared/payloads");
  private static final Instant FETCHED = Instant.parse("2026-05-01T12:00:00Z");
  private static final ParseContext CONTEXT =
      new ParseContext(
          "congress-gov",
          URI.create("https://api.congress.gov/v3/bill?format=json"),
          "application/json",
          FETCHED,
          null);

  private final CongressGovParser parser = new CongressGovParser();

  private static byte[] payload(String file) throws IOException {
    return Files.readAllBytes(PAYLOADS.resolve(file));
  }

  private static byte[] fixture(String file) throws IOException {
    try (InputStream in =
        CongressGovParserTest.class.getResourceAsStream("/fixtures/congress-gov/" + file)) {
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
  void billDetailPayload() throws IOException {
    Parsed parsed = parsed(payload("congress-gov/bill-117-hr-21.json"));

    assertThat(parsed.next()).isNull();
    assertThat(parsed.items()).hasSize(1);
    LegislationItem item = parsed.items().get(0);
    assertThat(item.id()).isEqualTo("congress-gov:117-hr-21");
    assertThat(item.source()).isEqualTo("congress-gov");
    assertThat(item.title()).isEqualTo("FedRAMP Authorization Act");
    assertThat(item.jurisdiction()).isEqualTo("US");
    assertThat(item.type()).isEqualTo("bill");
    // Latest action: "Received in the Senate and Read twice and referred to the Committee on …".
    assertThat(item.status()).isEqualTo("passed-house");
    assertThat(item.dates().introduced()).isEqualTo(LocalDate.of(2021, 1, 4));
    assertThat(item.dates().updated()).isEqualTo(LocalDate.of(2022, 3, 25));
    assertThat(item.dates().published()).isNull();
    assertThat(item.dates().adopted()).isNull();
    assertThat(item.dates().effective()).isNull();
    assertThat(item.url()).isEqualTo("https://www.congress.gov/bill/117th-congress/house-bill/21");
    assertThat(item.textUrl()).isNull();
    assertThat(item.summary()).isNull();
    assertThat(item.subjects()).containsExactly("Government Operations and Politics");
    assertThat(item.fetchedAt()).isEqualTo(FETCHED);
  }

  @Test
  void billListPayloadWithNextPage() throws IOException {
    Parsed parsed = parsed(payload("congress-gov/bill.json"));

    assertThat(parsed.next())
        .isEqualTo(URI.create("https://api.congress.gov/v3/bill?offset=20&limit=20&format=json"));
    assertThat(parsed.items())
        .extracting(LegislationItem::id)
        .containsExactly(
            "congress-gov:117-hr-3617",
            "congress-gov:117-hr-7343",
            "congress-gov:117-hr-7321",
            "congress-gov:117-hr-7368",
            "congress-gov:117-hr-7369",
            "congress-gov:117-hres-1021",
            "congress-gov:117-hr-7365",
            "congress-gov:117-hres-1020",
            "congress-gov:117-hr-7362",
            "congress-gov:117-hr-7356",
            "congress-gov:117-hr-7371",
            "congress-gov:117-hr-7355",
            "congress-gov:117-hr-7363",
            "congress-gov:117-hr-7364",
            "congress-gov:117-hr-7359",
            "congress-gov:117-hr-7361",
            "congress-gov:117-hr-7360",
            "congress-gov:117-hr-7366",
            "congress-gov:117-hr-7358",
            "congress-gov:117-hr-7372");

    LegislationItem first = parsed.items().get(0);
    assertThat(first.title()).isEqualTo("MORE Act");
    assertThat(first.url())
        .isEqualTo("https://www.congress.gov/bill/117th-congress/house-bill/3617");
    assertThat(first.status()).isEqualTo("introduced");
    LegislationItem resolution = parsed.items().get(5);
    assertThat(resolution.url())
        .isEqualTo("https://www.congress.gov/bill/117th-congress/house-resolution/1021");
    // The list gives "" as the title of the others: no title, rather than an invented one.
    assertThat(parsed.items().subList(1, 20))
        .extracting(LegislationItem::title)
        .containsOnlyNulls();
    for (LegislationItem item : parsed.items()) {
      assertThat(item.jurisdiction()).isEqualTo("US");
      assertThat(item.type()).isEqualTo("bill");
      assertThat(item.dates().updated()).isEqualTo(LocalDate.of(2022, 4, 3));
      assertThat(item.dates().introduced()).isNull();
    }
  }

  @Test
  void subResourcePayloadsAreRejectedByName() throws IOException {
    for (String name :
        List.of("actions", "committees", "subjects", "summaries", "text", "titles")) {
      assertThat(rejected(payload("congress-gov/bill-117-hr-21-" + name + ".json")))
          .as(name)
          .startsWith("congress.gov " + name + " sub-resource, not a bill or bill list")
          .contains("117-hr-21");
    }
  }

  @Test
  void billListFixture() throws IOException {
    Parsed parsed = parsed(fixture("bill-list.json"));

    assertThat(parsed.next())
        .isEqualTo(URI.create("https://api.congress.gov/v3/bill?offset=4&limit=4&format=json"));
    assertThat(parsed.items())
        .as("the entry without congress, type or number is left out")
        .extracting(LegislationItem::id)
        .containsExactly(
            "congress-gov:119-s-901", "congress-gov:119-hjres-42", "congress-gov:121-sconres-7");

    LegislationItem law = parsed.items().get(0);
    assertThat(law.title()).isEqualTo("Example Critical Infrastructure Cyber Resilience Act");
    assertThat(law.type()).isEqualTo("act");
    assertThat(law.status()).isEqualTo("enacted");
    assertThat(law.dates().adopted()).isEqualTo(LocalDate.of(2026, 3, 2));
    assertThat(law.dates().updated()).isEqualTo(LocalDate.of(2026, 3, 4));
    assertThat(law.url()).isEqualTo("https://www.congress.gov/bill/119th-congress/senate-bill/901");

    LegislationItem joint = parsed.items().get(1);
    assertThat(joint.title()).isNull();
    assertThat(joint.type()).isEqualTo("bill");
    assertThat(joint.status()).isEqualTo("introduced");
    assertThat(joint.url())
        .isEqualTo("https://www.congress.gov/bill/119th-congress/house-joint-resolution/42");

    LegislationItem concurrent = parsed.items().get(2);
    assertThat(concurrent.status()).isEqualTo("passed-senate");
    assertThat(concurrent.url())
        .isEqualTo("https://www.congress.gov/bill/121st-congress/senate-concurrent-resolution/7");
  }

  @Test
  void emptyListGivesNoItemsAndNoNextPage() throws IOException {
    Parsed parsed = parsed(fixture("bill-list-empty.json"));

    assertThat(parsed.items()).isEmpty();
    assertThat(parsed.next()).isNull();
  }

  @Test
  void billDetailWithLawIsAnEnactedAct() throws IOException {
    List<LegislationItem> items = parsed(fixture("bill-detail-law.json")).items();

    assertThat(items).hasSize(1);
    LegislationItem act = items.get(0);
    assertThat(act.id()).isEqualTo("congress-gov:112-hr-1234");
    assertThat(act.title()).isEqualTo("Example Network Security Act of 2011");
    assertThat(act.type()).isEqualTo("act");
    assertThat(act.status()).isEqualTo("enacted");
    assertThat(act.dates().introduced()).isEqualTo(LocalDate.of(2011, 6, 15));
    assertThat(act.dates().adopted()).isEqualTo(LocalDate.of(2012, 1, 20));
    assertThat(act.dates().updated()).isEqualTo(LocalDate.of(2012, 2, 1));
    assertThat(act.url()).isEqualTo("https://www.congress.gov/bill/112th-congress/house-bill/1234");
    assertThat(act.subjects()).containsExactly("Science, Technology, Communications");
  }

  @Test
  void malformedFixtureIsNotJson() throws IOException {
    assertThat(rejected(fixture("bill-list-malformed.json"))).startsWith("not JSON: ");
  }

  @Test
  void apiErrorIsRejectedWithItsMessage() throws IOException {
    assertThat(rejected(fixture("error-no-api-key.json")))
        .isEqualTo(
            "congress-gov: API error: No api_key was supplied. Get one at"
                + " https://api.congress.gov/sign-up/");
  }

  @Test
  void wafChallengePageIsRejected() throws IOException {
    assertThat(rejected(payload("eurlex/eurlex-legal-content-aws-waf-challenge.html")))
        .contains("AWS WAF");
  }

  @Test
  void htmlErrorPageIsRejected() {
    String page =
        "<html>\n<head><title>502 Bad Gateway</title></head>\n"
            + "<body><center><h1>502 Bad Gateway</h1></center></body>\n</html>";
    assertThat(rejected(utf8(page))).contains("HTML");
  }

  @Test
  void emptyAndBlankBodiesAreRejected() {
    assertThat(rejected(new byte[0])).isEqualTo("empty response body");
    assertThat(rejected(utf8("\n\n"))).isEqualTo("blank response body");
  }

  @Test
  void jsonOfTheWrongShapeIsRejected() throws IOException {
    assertThat(rejected(utf8("[]"))).isEqualTo(CongressGovParser.WRONG_SHAPE);
    assertThat(rejected(utf8("{\"foo\": {}}"))).isEqualTo(CongressGovParser.WRONG_SHAPE);
    assertThat(rejected(utf8("{\"bill\": {\"title\": \"No key\"}}")))
        .isEqualTo("congress-gov: bill detail without congress, type or number");
    assertThat(rejected(payload("federalregister/document-2024-27333.json")))
        .isEqualTo(CongressGovParser.WRONG_SHAPE);
  }
}
