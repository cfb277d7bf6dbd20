package org.rightslens.crawler.source.ukparliament;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.ParseOutcome.Parsed;
import org.rightslens.crawler.source.ParseOutcome.Rejected;
import org.rightslens.model.item.LegislationItem;

class UkParliamentBillsParserTest {

  private static final Path PAYLOADS = Path.of("../../shared/payloads");
  private static final Instant FETCHED = Instant.parse("2026-05-01T12:00:00Z");
  private static final String FIRST_PAGE =
      "https://bills-api.parliament.uk/api/v1/Bills?SearchTerm=cyber"
          + "&SortOrder=DateUpdatedDescending&Skip=0&Take=3";

  private final UkParliamentBillsParser parser = new UkParliamentBillsParser();

  private static ParseContext context(String url) {
    return new ParseContext(
        "uk-parliament-bills",
        url == null ? null : URI.create(url),
        "application/json",
        FETCHED,
        null);
  }

  private static byte[] fixture(String file) throws IOException {
    try (InputStream in =
        UkParliamentBillsParserTest.class.getResourceAsStream(
            "/fixtures/uk-parliament-bills/" + file)) {
      assertThat(in).as(file).isNotNull();
      return in.readAllBytes();
    }
  }

  private Parsed parsed(byte[] body, String url) {
    ParseOutcome outcome = parser.parse(body, context(url));
    assertThat(outcome).isInstanceOf(Parsed.class);
    return (Parsed) outcome;
  }

  private String rejected(byte[] body) {
    ParseOutcome outcome = parser.parse(body, context(FIRST_PAGE));
    assertThat(outcome).isInstanceOf(Rejected.class);
    return ((Rejected) outcome).reason();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void firstPageOfBills() throws IOException {
    Parsed parsed = parsed(fixture("bills-page.json"), FIRST_PAGE);

    assertThat(parsed.next())
        .isEqualTo(
            URI.create(
                "https://bills-api.parliament.uk/api/v1/Bills?SearchTerm=cyber"
                    + "&SortOrder=DateUpdatedDescending&Skip=3&Take=3"));
    assertThat(parsed.items())
        .extracting(LegislationItem::id)
        .containsExactly(
            "uk-parliament-bills:9101", "uk-parliament-bills:9102", "uk-parliament-bills:9103");

    LegislationItem inLords = parsed.items().get(0);
    assertThat(inLords.source()).isEqualTo("uk-parliament-bills");
    assertThat(inLords.title()).isEqualTo("Example Cyber Resilience Bill");
    assertThat(inLords.jurisdiction()).isEqualTo("GB");
    assertThat(inLords.type()).isEqualTo("bill");
    assertThat(inLords.status()).isEqualTo("lords-committee-stage");
    assertThat(inLords.dates().updated()).isEqualTo(LocalDate.of(2026, 3, 12));
    assertThat(inLords.dates().introduced()).isNull();
    assertThat(inLords.url()).isEqualTo("https://bills.parliament.uk/bills/9101");
    assertThat(inLords.summary()).isNull();
    assertThat(inLords.fetchedAt()).isEqualTo(FETCHED);

    LegislationItem act = parsed.items().get(1);
    assertThat(act.title()).isEqualTo("Example Online Safety (Amendment) Act 2026");
    assertThat(act.type()).isEqualTo("act");
    assertThat(act.status()).isEqualTo("enacted");
    assertThat(act.dates().updated()).isEqualTo(LocalDate.of(2026, 2, 20));
    assertThat(act.url()).isEqualTo("https://bills.parliament.uk/bills/9102");

    LegislationItem withdrawn = parsed.items().get(2);
    assertThat(withdrawn.type()).isEqualTo("bill");
    assertThat(withdrawn.status()).isEqualTo("withdrawn");
    assertThat(withdrawn.dates().updated()).isEqualTo(LocalDate.of(2026, 1, 15));
  }

  @Test
  void nextPageAddsSkipWhenTheRequestHadNone() throws IOException {
    Parsed parsed =
        parsed(
            fixture("bills-page.json"),
            "https://bills-api.parliament.uk/api/v1/Bills?SearchTerm=cyber&Take=3");
    assertThat(parsed.next())
        .isEqualTo(
            URI.create(
                "https://bills-api.parliament.uk/api/v1/Bills?SearchTerm=cyber&Take=3&Skip=3"));
  }

  @Test
  void lastPageHasNoNext() throws IOException {
    Parsed parsed =
        parsed(
            fixture("bills-page.json"),
            "https://bills-api.parliament.uk/api/v1/Bills?SearchTerm=cyber&Skip=3&Take=3");
    assertThat(parsed.items()).hasSize(3);
    assertThat(parsed.next()).as("3 + 3 >= 5 results").isNull();
  }

  @Test
  void unknownRequestUrlHasNoNext() throws IOException {
    assertThat(parsed(fixture("bills-page.json"), null).next()).isNull();
  }

  @Test
  void emptyResultGivesNoItemsAndNoNextPage() throws IOException {
    Parsed parsed = parsed(fixture("bills-empty.json"), FIRST_PAGE);

    assertThat(parsed.items()).isEmpty();
    assertThat(parsed.next()).isNull();
  }

  @Test
  void billDetail() throws IOException {
    Parsed parsed =
        parsed(fixture("bill-detail.json"), "https://bills-api.parliament.uk/api/v1/Bills/9104");

    assertThat(parsed.next()).isNull();
    assertThat(parsed.items()).hasSize(1);
    LegislationItem bill = parsed.items().get(0);
    assertThat(bill.id()).isEqualTo("uk-parliament-bills:9104");
    assertThat(bill.title()).isEqualTo("Example Network and Information Systems Bill");
    assertThat(bill.type()).isEqualTo("bill");
    assertThat(bill.status()).isEqualTo("commons-2nd-reading");
    assertThat(bill.dates().updated()).isEqualTo(LocalDate.of(2026, 4, 1));
    assertThat(bill.url()).isEqualTo("https://bills.parliament.uk/bills/9104");
    assertThat(bill.summary())
        .isEqualTo("This Bill sets example duties for operators of essential services.");
  }

  @Test
  void defeatedBillRoyalAssentAndLongStageNames() {
    String body =
        "{\"items\": [{\"billId\": 1, \"shortTitle\": \"A\", \"isDefeated\": true,"
            + " \"isAct\": false, \"billWithdrawn\": null},"
            + " {\"billId\": 2, \"shortTitle\": \"B\", \"isAct\": false, \"currentStage\":"
            + " {\"description\": \"Consideration of Commons amendments to Lords amendments\","
            + " \"house\": \"Lords\"}},"
            + " {\"billId\": 3, \"shortTitle\": \"C\", \"isAct\": false, \"currentStage\":"
            + " {\"description\": \"Royal Assent\", \"house\": \"Unassigned\"}}],"
            + " \"totalResults\": 3, \"itemsPerPage\": 20}";
    Parsed parsed = parsed(utf8(body), FIRST_PAGE);
    assertThat(parsed.items().get(0).status()).isEqualTo("defeated");
    assertThat(parsed.items().get(0).type()).isEqualTo("bill");
    assertThat(parsed.items().get(2).status()).isEqualTo("enacted");
    assertThat(parsed.items().get(2).type()).isEqualTo("act");
    // The item model takes a status of at most 41 characters; the cut falls between words.
    assertThat(parsed.items().get(1).status())
        .isEqualTo("lords-consideration-of-commons-amendments");
    assertThat(parsed.next()).isNull();
  }

  @Test
  void malformedFixtureIsNotJson() throws IOException {
    assertThat(rejected(fixture("bills-malformed.json"))).startsWith("not JSON: ");
  }

  @Test
  void problemDetailsAreRejectedWithTheirTitle() throws IOException {
    assertThat(rejected(fixture("error-validation.json")))
        .isEqualTo("uk-parliament-bills: API error 400: One or more validation errors occurred.");
  }

  @Test
  void wafChallengePageIsRejected() throws IOException {
    byte[] page =
        Files.readAllBytes(PAYLOADS.resolve("eurlex/eurlex-legal-content-aws-waf-challenge.html"));
    assertThat(rejected(page)).contains("AWS WAF");
  }

  @Test
  void htmlErrorPageIsRejected() {
    String page =
        "  <!doctype html>\n<html lang=\"en\"><head><title>Service unavailable</title></head>"
            + "<body><h1>Sorry, the service is unavailable</h1></body></html>";
    assertThat(rejected(utf8(page))).contains("HTML");
  }

  @Test
  void emptyAndBlankBodiesAreRejected() {
    assertThat(rejected(new byte[0])).isEqualTo("empty response body");
    assertThat(rejected(utf8("\r\n"))).isEqualTo("blank response body");
  }

  @Test
  void jsonOfTheWrongShapeIsRejected() throws IOException {
    assertThat(rejected(utf8("[1, 2]"))).isEqualTo(UkParliamentBillsParser.WRONG_SHAPE);
    assertThat(rejected(utf8("{\"billId\": \"abc\"}")))
        .isEqualTo(UkParliamentBillsParser.WRONG_SHAPE);
    assertThat(rejected(utf8("{\"items\": [{\"shortTitle\": \"no id\"}]}")))
        .startsWith(UkParliamentBillsParser.WRONG_SHAPE);
    assertThat(rejected(Files.readAllBytes(PAYLOADS.resolve("congress-gov/bill.json"))))
        .isEqualTo(UkParliamentBillsParser.WRONG_SHAPE);
  }
}
