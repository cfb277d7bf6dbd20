package org.rightslens.crawler.source.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.SourceParser;
import org.rightslens.crawler.source.SourceSettings;
import org.rightslens.model.item.LegislationItem;

class RssParserTest extends SourceParserRejections {

  private static final String BASE = "https://www.parl.example/rss/bills.xml";

  @Override
  protected SourceParser parser() {
    return new RssParser();
  }

  @Override
  protected String type() {
    return "rss";
  }

  @Override
  protected String rootStartTag() {
    return "rss version=\"2.0\"";
  }

  @Override
  protected String wrongKindDocument() {
    return "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Bills</title></feed>";
  }

  @Override
  protected String wrongKindReason() {
    return "expected an RSS <rss> document, got <feed> (namespace http://www.w3.org/2005/Atom)";
  }

  private ParseOutcome.Parsed parsed(String fixture, ParseContext context) {
    ParseOutcome outcome = new RssParser().parse(fixture(fixture), context);
    assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
    return (ParseOutcome.Parsed) outcome;
  }

  private List<LegislationItem> parliament() {
    return parsed("rss/parliament.rss.xml", context(BASE)).items();
  }

  @Test
  void parsesAParliamentFeed() {
    ParseOutcome.Parsed parsed = parsed("rss/parliament.rss.xml", context(BASE));

    assertThat(parsed.items())
        .extracting(LegislationItem::id)
        .containsExactly(
            "test-source:bill-C-27--45-1-",
            "test-source:www.parl.example/bills/45-1/S-210",
            "test-source:www.parl.example/bills/45-1/C-31-stage-2",
            "test-source:www.parl.example/bills/45-1/C-40",
            "test-source:www.parl.example/bills/45-1/S-211");
    assertThat(parsed.next()).isNull();

    LegislationItem bill = parsed.items().get(0);
    assertThat(bill.title()).isEqualTo("C-27, An Act respecting cyber security");
    assertThat(bill.url()).isEqualTo("https://www.parl.example/bills/45-1/C-27");
    assertThat(bill.summary())
        .isEqualTo("First reading in the House of Commons & referral to committee.");
    assertThat(bill.dates().published()).isEqualTo(LocalDate.of(2031, 3, 4));
    assertThat(bill.subjects()).containsExactly("Cyber security", "Government bills");
    assertThat(bill.language()).isEqualTo("en-GB");
    assertThat(bill.textUrl()).isNull();
    assertThat(bill.jurisdiction()).isNull();
    assertThat(bill.fetchedAt()).isEqualTo(FETCHED_AT);
  }

  @Test
  void takesTheUrlFromAPermalinkGuidAndTheDateAsWrittenInItsOffset() {
    LegislationItem bill = parliament().get(1);

    assertThat(bill.url()).isEqualTo("https://www.parl.example/bills/45-1/S-210");
    // 23:45 at -05:00 is already the next day in UTC; the gazette's own date is kept.
    assertThat(bill.dates().published()).isEqualTo(LocalDate.of(2031, 3, 5));
  }

  @Test
  void readsDublinCoreDatesEscapedHtmlSubjectsAndDocumentEnclosures() {
    LegislationItem bill = parliament().get(2);

    assertThat(bill.url()).isEqualTo("https://www.parl.example/bills/45-1/C-31?stage=2");
    assertThat(bill.summary()).isEqualTo("Report stage.");
    assertThat(bill.dates().published()).isEqualTo(LocalDate.of(2031, 3, 6));
    assertThat(bill.subjects()).containsExactly("Digital identity");
    assertThat(bill.textUrl())
        .isEqualTo("https://www.parl.example/bills/45-1/C-31/first-reading.pdf");
  }

  @Test
  void resolvesRelativeLinksReadsTwoDigitYearsAndIgnoresAudioEnclosures() {
    LegislationItem bill = parliament().get(3);

    assertThat(bill.url()).isEqualTo("https://www.parl.example/bills/45-1/C-40");
    assertThat(bill.dates().published()).isEqualTo(LocalDate.of(2031, 3, 7));
    assertThat(bill.textUrl()).isNull();
  }

  @Test
  void toleratesAnUnreadableDateAndSkipsItemsWithoutGuidOrLinkAndRepeats() {
    List<LegislationItem> items = parliament();

    assertThat(items.get(4).dates().published()).isNull();
    assertThat(items).extracting(LegislationItem::title).doesNotContain("Notice of sitting");
    assertThat(items).extracting(LegislationItem::summary).doesNotContain("The same bill again.");
  }

  @Test
  void takesJurisdictionTypeStatusAndLanguageFromTheSourceSettings() {
    ParseContext context =
        new ParseContext(
            "ca-parl-bills",
            URI.create(BASE),
            "application/rss+xml",
            FETCHED_AT,
            new SourceSettings("CA", "bill", "introduced", "en-CA", Map.of()));

    LegislationItem bill = parsed("rss/parliament.rss.xml", context).items().get(0);

    assertThat(bill.id()).isEqualTo("ca-parl-bills:bill-C-27--45-1-");
    assertThat(bill.source()).isEqualTo("ca-parl-bills");
    assertThat(bill.jurisdiction()).isEqualTo("CA");
    assertThat(bill.type()).isEqualTo("bill");
    assertThat(bill.status()).isEqualTo("introduced");
    assertThat(bill.language()).isEqualTo("en-CA");
  }

  @Test
  void parsesAnRss10Gazette() {
    List<LegislationItem> items = parsed("rss/gazette.rdf.xml", context(BASE)).items();

    assertThat(items).hasSize(1);
    LegislationItem law = items.get(0);
    assertThat(law.id()).isEqualTo("test-source:gazette.example.org/jo/2031/0412");
    assertThat(law.title()).isEqualTo("Loi n° 2031-412 relative à la cybersécurité");
    assertThat(law.url()).isEqualTo("https://gazette.example.org/jo/2031/0412");
    assertThat(law.summary()).isEqualTo("Loi relative à la sécurité des systèmes d'information.");
    assertThat(law.dates().published()).isEqualTo(LocalDate.of(2031, 4, 12));
    assertThat(law.subjects()).containsExactly("Cybersécurité");
    assertThat(law.language()).isEqualTo("fr");
  }

  @Test
  void parsesAChannelWithoutItemsAsNoItems() {
    ParseOutcome.Parsed parsed = parsed("rss/empty.rss.xml", context(BASE));

    assertThat(parsed.items()).isEmpty();
    assertThat(parsed.next()).isNull();
  }

  @Test
  void rejectsTheMalformedFixture() {
    assertThat(rejection(new RssParser().parse(fixture("rss/malformed.rss.xml"), context(BASE))))
        .startsWith("rss: malformed XML at line 8");
  }

  @Test
  void rejectsRssWithoutAChannel() {
    assertThat(rejection(parse("<rss version=\"2.0\"><item><title>x</title></item></rss>")))
        .isEqualTo("rss: <rss> without a <channel>");
  }
}
