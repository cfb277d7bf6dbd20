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

class AtomParserTest extends SourceParserRejections {

  private static final String BASE = "https://bills.example.org/feeds/bills.atom";

  @Override
  protected SourceParser parser() {
    return new AtomParser();
  }

  @Override
  protected String type() {
    return "atom";
  }

  @Override
  protected String rootStartTag() {
    return "feed xmlns=\"http://www.w3.org/2005/Atom\"";
  }

  @Override
  protected String wrongKindDocument() {
    return "<rss version=\"2.0\"><channel><title>Bills</title></channel></rss>";
  }

  @Override
  protected String wrongKindReason() {
    return "expected an Atom <feed>, got <rss>";
  }

  private ParseOutcome.Parsed parsed(String fixture, ParseContext context) {
    ParseOutcome outcome = new AtomParser().parse(fixture(fixture), context);
    assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
    return (ParseOutcome.Parsed) outcome;
  }

  @Test
  void parsesAParliamentFeed() {
    ParseOutcome.Parsed parsed = parsed("atom/parliament.atom.xml", context(BASE));

    assertThat(parsed.items())
        .extracting(LegislationItem::id)
        .containsExactly(
            "test-source:bills.example.org-2031-bill/HB-1042",
            "test-source:uuid-6f1c2a1e-3b4d-4c5e-8f90-a1b2c3d4e5f6",
            "test-source:bills.example.org/resolutions/HR-12");
    assertThat(parsed.next())
        .isEqualTo(URI.create("https://bills.example.org/feeds/bills.atom?page=2"));

    LegislationItem bill = parsed.items().get(0);
    assertThat(bill.source()).isEqualTo("test-source");
    assertThat(bill.title()).isEqualTo("Cyber Incident Reporting Act (as introduced)");
    assertThat(bill.url()).isEqualTo("https://bills.example.org/bills/HB-1042");
    assertThat(bill.summary())
        .isEqualTo("Requires state agencies to report cyber incidents within 72 hours.");
    assertThat(bill.subjects()).containsExactly("cybersecurity", "incident-reporting");
    assertThat(bill.dates().published()).isEqualTo(LocalDate.of(2031, 2, 10));
    assertThat(bill.dates().updated()).isEqualTo(LocalDate.of(2031, 3, 1));
    assertThat(bill.language()).isEqualTo("en");
    assertThat(bill.fetchedAt()).isEqualTo(FETCHED_AT);
    assertThat(bill.jurisdiction()).isNull();
    assertThat(bill.type()).isNull();
  }

  @Test
  void readsXhtmlTitlesTextContentRelativeLinksAndEntryLanguages() {
    LegislationItem bill = parsed("atom/parliament.atom.xml", context(BASE)).items().get(1);

    assertThat(bill.title()).isEqualTo("Ley de Privacidad Digital (SB 77)");
    assertThat(bill.url()).isEqualTo("https://bills.example.org/bills/SB-77");
    assertThat(bill.summary()).isEqualTo("Establece derechos de privacidad para los residentes.");
    assertThat(bill.dates().published()).isNull();
    assertThat(bill.dates().updated()).isEqualTo(LocalDate.of(2031, 2, 27));
    assertThat(bill.language()).isEqualTo("es");
  }

  @Test
  void takesTheIdFromTheLinkWhenTheEntryHasNoneAndSkipsEntriesWithNeither() {
    List<LegislationItem> items = parsed("atom/parliament.atom.xml", context(BASE)).items();

    assertThat(items.get(2).url()).isEqualTo("https://bills.example.org/resolutions/HR-12");
    assertThat(items)
        .extracting(LegislationItem::title)
        .doesNotContain("An entry with neither id nor link");
  }

  @Test
  void keepsTheFirstOfEntriesRepeatedInOnePage() {
    List<LegislationItem> items = parsed("atom/parliament.atom.xml", context(BASE)).items();

    assertThat(items)
        .extracting(LegislationItem::title)
        .doesNotContain("Cyber Incident Reporting Act (repeated)");
  }

  @Test
  void takesJurisdictionTypeStatusAndLanguageFromTheSourceSettings() {
    ParseContext context =
        new ParseContext(
            "us-wa-bills",
            URI.create(BASE),
            "application/atom+xml",
            FETCHED_AT,
            new SourceSettings("US", "bill", "introduced", "en-US", Map.of()));

    LegislationItem bill = parsed("atom/parliament.atom.xml", context).items().get(1);

    assertThat(bill.id()).isEqualTo("us-wa-bills:uuid-6f1c2a1e-3b4d-4c5e-8f90-a1b2c3d4e5f6");
    assertThat(bill.jurisdiction()).isEqualTo("US");
    assertThat(bill.type()).isEqualTo("bill");
    assertThat(bill.status()).isEqualTo("introduced");
    assertThat(bill.language()).isEqualTo("en-US");
  }

  @Test
  void parsesAFeedWithoutEntriesAsNoItems() {
    ParseOutcome.Parsed parsed = parsed("atom/empty.atom.xml", context(BASE));

    assertThat(parsed.items()).isEmpty();
    assertThat(parsed.next()).isNull();
  }

  @Test
  void rejectsTheMalformedFixture() {
    assertThat(rejection(new AtomParser().parse(fixture("atom/malformed.atom.xml"), context(BASE))))
        .startsWith("atom: malformed XML at line 4");
  }

  @Test
  void rejectsAnAtom03Feed() {
    String feed =
        "<feed xmlns=\"http://purl.org/atom/ns#\" version=\"0.3\"><title>Old</title></feed>";

    assertThat(rejection(parse(feed)))
        .isEqualTo(
            "atom: expected an Atom <feed>, got <feed> (namespace http://purl.org/atom/ns#)");
  }
}
