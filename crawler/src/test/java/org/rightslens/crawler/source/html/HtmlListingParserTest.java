package org.rightslens.crawler.source.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.SourceSettings;
import org.rightslens.crawler.source.feed.SourceParserRejections;
import org.rightslens.model.item.LegislationItem;

class HtmlListingParserTest {

  private static final Instant FETCHED_AT = Instant.parse("2031-03-25T09:00:00Z");
  private static final URI PAGE_1 = URI.create("https://assembly.example/bills?page=1");
  private static final Map<String, String> SELECTORS =
      Map.of(
          "item", "li.bill",
          "title", "a",
          "id", "span.ref",
          "date", "time",
          "summary", "p.summary",
          "next", "a[rel=next]");

  private final HtmlListingParser parser = new HtmlListingParser();

  @Test
  void mapsEachListedBillWithTheConfiguredSelectors() throws IOException {
    ParseOutcome.Parsed parsed = parsed("bills-page-1.html", PAGE_1, SELECTORS);

    assertThat(parsed.items())
        .extracting(LegislationItem::id)
        .containsExactly(
            "na-bills:NA-Bill-No.-12-of-2031",
            "na-bills:NA-Bill-No.-9-of-2031",
            "na-bills:NA-Bill-No.-3-of-2031");
    LegislationItem first = parsed.items().get(0);
    assertThat(first.source()).isEqualTo("na-bills");
    assertThat(first.title())
        .isEqualTo("The Computer Misuse and Cybercrimes (Amendment) Bill, 2031");
    assertThat(first.url()).isEqualTo("https://assembly.example/bills/2031/12");
    assertThat(first.summary())
        .isEqualTo(
            "Amends the offences of unauthorised access and gives the police power to order the"
                + " interception of communications data.");
    assertThat(first.dates().published()).isEqualTo(LocalDate.of(2031, 3, 14));
    assertThat(first.jurisdiction()).isEqualTo("KE");
    assertThat(first.type()).isEqualTo("bill");
    assertThat(first.language()).isEqualTo("en");
    assertThat(first.fetchedAt()).isEqualTo(FETCHED_AT);

    assertThat(parsed.items().get(1).dates().published()).isEqualTo(LocalDate.of(2031, 2, 2));
    LegislationItem third = parsed.items().get(2);
    assertThat(third.title()).isEqualTo("The <Critical> Infrastructure Bill & Schedules");
    assertThat(third.url()).isEqualTo("https://gazette.example/2031/3.pdf");
    assertThat(third.dates().published()).isEqualTo(LocalDate.of(2031, 1, 20));
    assertThat(third.summary()).isNull();

    assertThat(parsed.next()).isEqualTo(URI.create("https://assembly.example/bills?page=2"));
  }

  @Test
  void withoutAnIdSelectorTheLinkIdentifiesTheItemAndGivesItsTitle() throws IOException {
    ParseOutcome.Parsed parsed = parsed("bills-page-1.html", PAGE_1, Map.of("item", "li.bill"));

    assertThat(parsed.items())
        .extracting(LegislationItem::id)
        .containsExactly(
            "na-bills:assembly.example/bills/2031/12",
            "na-bills:assembly.example/bills/2031/9",
            "na-bills:gazette.example/2031/3.pdf");
    assertThat(parsed.items().get(1).title())
        .isEqualTo("The Data Protection (Amendment) Bill, 2031");
    assertThat(parsed.next()).as("no next selector, no paging").isNull();
  }

  @Test
  void aNextLinkBackToTheSamePageEndsThePaging() throws IOException {
    URI page2 = URI.create("https://assembly.example/bills?page=2");
    ParseOutcome.Parsed parsed = parsed("bills-page-2.html", page2, SELECTORS);

    assertThat(parsed.items())
        .extracting(LegislationItem::title)
        .containsExactly("The Electronic Transactions Bill, 2030");
    assertThat(parsed.next()).isNull();
  }

  @Test
  void readsThePageInTheCharsetItDeclaresAndTakesItsLanguage() throws IOException {
    ParseOutcome.Parsed parsed =
        parsed(
            "latin1.html",
            URI.create("https://an.example/projets"),
            Map.of("item", "tr.projet", "date", "td.date"));

    LegislationItem item = parsed.items().get(0);
    assertThat(item.title()).isEqualTo("Projet de loi relatif à la cybersécurité");
    assertThat(item.language()).isEqualTo("fr");
    assertThat(item.dates().published()).isEqualTo(LocalDate.of(2031, 4, 1));
  }

  @Test
  void aPageWhereTheItemSelectorMatchesNothingIsRejectedNotEmpty() throws IOException {
    ParseOutcome outcome = parse(fixture("not-found.html"), PAGE_1, SELECTORS);

    assertThat(outcome)
        .isEqualTo(
            new ParseOutcome.Rejected(
                "html: the item selector \"li.bill\" matches nothing on the page titled"
                    + " \"Page not found\": the page layout changed, or this is an error page"));
  }

  @Test
  void invalidSelectorsAreRejectedWithTheField() throws IOException {
    ParseOutcome outcome =
        parse(fixture("bills-page-1.html"), PAGE_1, Map.of("item", "li[", "colour", "b"));

    assertThat(outcome).isInstanceOf(ParseOutcome.Rejected.class);
    String reason = ((ParseOutcome.Rejected) outcome).reason();
    assertThat(reason)
        .startsWith("html: selectors in sources.yaml: ")
        .contains("item=not a CSS selector");
    assertThat(reason).contains("colour=unknown field");
    assertThat(HtmlListingParser.selectorProblems(Map.of("title", "a"))).containsOnlyKeys("item");
  }

  @Test
  void botChallengesAndEmptyBodiesAreRejected() throws IOException {
    byte[] waf =
        Files.readAllBytes(
            SourceParserRejections.PAYLOADS.resolve(
                "eurlex/eurlex-legal-content-aws-waf-challenge.html"));

    assertThat(parse(waf, PAGE_1, SELECTORS))
        .isEqualTo(
            new ParseOutcome.Rejected(
                "html: bot challenge page (AWS WAF), not content: retry later, more slowly"));
    assertThat(parse(new byte[0], PAGE_1, SELECTORS))
        .isEqualTo(new ParseOutcome.Rejected("html: empty response body"));
  }

  private ParseOutcome.Parsed parsed(String fixture, URI base, Map<String, String> selectors)
      throws IOException {
    ParseOutcome outcome = parse(fixture(fixture), base, selectors);
    assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
    return (ParseOutcome.Parsed) outcome;
  }

  private ParseOutcome parse(byte[] body, URI base, Map<String, String> selectors) {
    SourceSettings settings = new SourceSettings("KE", "bill", null, null, selectors);
    return parser.parse(
        body, new ParseContext("na-bills", base, "text/html", FETCHED_AT, settings));
  }

  private static byte[] fixture(String name) throws IOException {
    try (InputStream in =
        HtmlListingParserTest.class.getResourceAsStream("/fixtures/html/" + name)) {
      return in.readAllBytes();
    }
  }
}
