package org.rightslens.crawler.source.eurlex;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.SourceParser;
import org.rightslens.crawler.source.SourceSettings;
import org.rightslens.crawler.source.feed.SourceParserRejections;
import org.rightslens.model.item.ItemDates;
import org.rightslens.model.item.LegislationItem;

class CellarNotificationsParserTest extends SourceParserRejections {

  private static final String API =
      "https://publications.europa.eu/webapi/notification/ingestion"
          + "?startDate=2031-03-24T00:00:00&endDate=2031-03-26T00:00:00&type=CREATE&wemiClasses=work";

  @Override
  protected SourceParser parser() {
    return new CellarNotificationsParser();
  }

  @Override
  protected String type() {
    return "cellar-notifications";
  }

  @Override
  protected String rootStartTag() {
    return "rss version=\"2.0\"";
  }

  @Override
  protected String wrongKindDocument() {
    return "<DOC><BIB.DOC><NO.DOC><NO.CURRENT>679</NO.CURRENT></NO.DOC></BIB.DOC></DOC>";
  }

  @Override
  protected String wrongKindReason() {
    return "expected a CELLAR notification feed (RSS <rss> or Atom <feed>), got <DOC>";
  }

  private ParseOutcome.Parsed parsed(byte[] body, String url) {
    ParseOutcome outcome = parser().parse(body, context(url));
    assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
    return (ParseOutcome.Parsed) outcome;
  }

  private static ItemDates updated(String date) {
    return new ItemDates(null, null, null, null, LocalDate.parse(date));
  }

  @Test
  void parsesTheDocumentationExampleFromThePublicationsOffice() {
    ParseOutcome.Parsed parsed =
        parsed(
            payload("eurlex/cellar-notification-ingestion-doc-example.rss.xml"),
            "https://publications.europa.eu/webapi/notification/ingestion"
                + "?startDate=2012-06-11T09:13:58&endDate=2012-06-11T09:13:59&type=UPDATE&page=1");

    // notifReq:moreEntries is false: the last page.
    assertThat(parsed.next()).isNull();
    assertThat(parsed.items()).hasSize(1);
    LegislationItem item = parsed.items().get(0);
    assertThat(item.id()).isEqualTo("test-source:32006D0241");
    assertThat(item.source()).isEqualTo("test-source");
    assertThat(item.jurisdiction()).isEqualTo("EU");
    assertThat(item.title()).isEqualTo("CELEX 32006D0241");
    assertThat(item.type()).isEqualTo("decision");
    assertThat(item.status()).isEqualTo("enacted");
    assertThat(item.language()).isNull();
    assertThat(item.url())
        .isEqualTo("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32006D0241");
    assertThat(item.textUrl()).isEqualTo("http://publications.europa.eu/resource/celex/32006D0241");
    assertThat(item.summary())
        .isEqualTo(
            "CELLAR update notification; identifiers: oj:JOL_2012_154_R_0012_01,"
                + " celex:32006D0241");
    assertThat(item.text()).isNull();
    assertThat(item.subjects()).isEmpty();
    assertThat(item.dates()).isEqualTo(updated("2012-06-11"));
    assertThat(item.fetchedAt()).isEqualTo(FETCHED_AT);
  }

  @Test
  void makesOneItemPerNotifiedWork() {
    ParseOutcome.Parsed parsed =
        parsed(fixture("cellar-notifications/ingestion-page-1.rss.xml"), API + "&page=1");

    assertThat(parsed.items())
        .extracting(LegislationItem::id)
        .containsExactly(
            "test-source:32031R0101",
            "test-source:32031L0042",
            "test-source:32031D0007(01)",
            "test-source:cellar:0a1b2c3d-0005-11f8-9a1b-01aa75ed71a1",
            "test-source:52031PC0123",
            "test-source:62031CJ0012");
    assertThat(parsed.items()).extracting(LegislationItem::jurisdiction).containsOnly("EU");
    assertThat(parsed.items())
        .extracting(LegislationItem::type)
        .containsExactly("regulation", "directive", "decision", null, "bill", "other");
    assertThat(parsed.items())
        .extracting(LegislationItem::status)
        .containsExactly("enacted", "enacted", "enacted", null, "proposed", null);
    assertThat(parsed.items())
        .extracting(LegislationItem::title)
        .containsExactly(
            "CELEX 32031R0101",
            "CELEX 32031L0042",
            "CELEX 32031D0007(01)",
            "CELLAR work 0a1b2c3d-0005-11f8-9a1b-01aa75ed71a1",
            "CELEX 52031PC0123",
            "CELEX 62031CJ0012");
  }

  @Test
  void aWorkNotifiedTwiceIsOneItemUpdatedAtTheLaterDate() {
    LegislationItem regulation =
        parsed(fixture("cellar-notifications/ingestion-page-1.rss.xml"), API + "&page=1")
            .items()
            .get(0);

    assertThat(regulation.id()).isEqualTo("test-source:32031R0101");
    assertThat(regulation.dates()).isEqualTo(updated("2031-03-25"));
    assertThat(regulation.url())
        .isEqualTo("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32031R0101");
    assertThat(regulation.textUrl())
        .isEqualTo("http://publications.europa.eu/resource/celex/32031R0101");
    assertThat(regulation.summary())
        .isEqualTo(
            "CELLAR create notification; identifiers: oj:JOL_2031_101_R_0001, celex:32031R0101,"
                + " eli:reg_impl:2031:101:oj");
  }

  @Test
  void decodesPercentEncodedIdentifiers() {
    List<LegislationItem> items =
        parsed(fixture("cellar-notifications/ingestion-page-1.rss.xml"), API + "&page=1").items();

    assertThat(items.get(2).url())
        .isEqualTo("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32031D0007(01)");
    assertThat(items.get(5).summary())
        .isEqualTo(
            "CELLAR update notification; identifiers: celex:62031CJ0012, ecli:ECLI:EU:C:2031:210");
  }

  @Test
  void identifiesAWorkWithoutCelexByItsCellarId() {
    LegislationItem work =
        parsed(fixture("cellar-notifications/ingestion-page-1.rss.xml"), API + "&page=1")
            .items()
            .get(3);

    assertThat(work.url())
        .isEqualTo(
            "http://publications.europa.eu/resource/cellar/0a1b2c3d-0005-11f8-9a1b-01aa75ed71a1");
    assertThat(work.textUrl()).isEqualTo(work.url());
    assertThat(work.summary()).isEqualTo("CELLAR create notification");
    assertThat(work.dates()).isEqualTo(updated("2031-03-24"));
  }

  @Test
  void leavesOutExpressionsDeletionsAndEntriesNamingNoResource() {
    List<String> ids =
        parsed(fixture("cellar-notifications/ingestion-page-1.rss.xml"), API + "&page=1")
            .items()
            .stream()
            .map(LegislationItem::id)
            .toList();

    // The expression of 32031R0101 is the same work; 32031R0099 was deleted; one entry is empty.
    assertThat(ids).doesNotContain("test-source:32031R0099").doesNotHaveDuplicates();
    assertThat(ids).noneMatch(id -> id.contains(".0006") || id.contains("orphan"));
  }

  @Test
  void followsTheApiPagingWhileMoreEntriesFollow() {
    ParseOutcome.Parsed first =
        parsed(fixture("cellar-notifications/ingestion-page-1.rss.xml"), API + "&page=1");
    assertThat(first.next()).isEqualTo(URI.create(API + "&page=2"));

    ParseOutcome.Parsed last =
        parsed(fixture("cellar-notifications/ingestion-page-2.rss.xml"), API + "&page=2");
    assertThat(last.next()).isNull();
    assertThat(last.items())
        .extracting(LegislationItem::id)
        .containsExactly("test-source:32031R0110");
    assertThat(last.items().get(0).dates()).isEqualTo(updated("2031-03-25"));
  }

  @Test
  void addsThePageParameterWhenTheFirstRequestHadNone() {
    ParseOutcome.Parsed first =
        parsed(fixture("cellar-notifications/ingestion-page-1.rss.xml"), API);

    assertThat(first.next()).isEqualTo(URI.create(API + "&page=2"));
  }

  @Test
  void anEmptyWindowHasNoItemsAndNoNextPage() {
    ParseOutcome.Parsed parsed =
        parsed(fixture("cellar-notifications/ingestion-empty.rss.xml"), API + "&page=1");

    assertThat(parsed.items()).isEmpty();
    assertThat(parsed.next()).isNull();
  }

  @Test
  void neverFollowsAnEmptyPageEvenIfItClaimsMore() {
    String body =
        """
        <rss version="2.0" xmlns:notifReq="http://publications.europa.eu/rss/notificationRequest">
          <channel><notifReq:page>7</notifReq:page><notifReq:moreEntries>true</notifReq:moreEntries></channel>
        </rss>
        """;

    ParseOutcome.Parsed parsed = parsed(body.getBytes(StandardCharsets.UTF_8), API + "&page=7");

    assertThat(parsed.items()).isEmpty();
    assertThat(parsed.next()).isNull();
  }

  @Test
  void readsTheAtomFormIgnoringItsUnfilledTemplateFields() {
    ParseOutcome.Parsed parsed =
        parsed(fixture("cellar-notifications/ingestion.atom.xml"), API + "&page=3");

    assertThat(parsed.next()).isEqualTo(URI.create(API + "&page=4"));
    assertThat(parsed.items())
        .extracting(LegislationItem::id)
        .containsExactly(
            "test-source:32031R0101", "test-source:cellar:0a1b2c3d-0005-11f8-9a1b-01aa75ed71a1");
    assertThat(parsed.items())
        .extracting(LegislationItem::title)
        .containsExactly("CELEX 32031R0101", "CELLAR work 0a1b2c3d-0005-11f8-9a1b-01aa75ed71a1");
    assertThat(parsed.items())
        .extracting(LegislationItem::dates)
        .containsOnly(updated("2031-03-24"));
    assertThat(parsed.items()).allSatisfy(i -> assertThat(i.toString()).doesNotContain("$item"));
  }

  @Test
  void takesTheLanguageOfTheEurLexPageFromTheSourceSettings() {
    ParseContext french =
        new ParseContext(
            "eur-lex-cellar",
            URI.create(API),
            "application/rss+xml",
            FETCHED_AT,
            new SourceSettings(null, null, null, "fr", null));

    ParseOutcome outcome =
        parser().parse(payload("eurlex/cellar-notification-ingestion-doc-example.rss.xml"), french);

    LegislationItem item = ((ParseOutcome.Parsed) outcome).items().get(0);
    assertThat(item.id()).isEqualTo("eur-lex-cellar:32006D0241");
    assertThat(item.language()).isEqualTo("fr");
    assertThat(item.url())
        .isEqualTo("https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32006D0241");
  }

  @Test
  void rejectsAnRssFeedThatIsNotTheNotificationApi() {
    String rss =
        "<rss version=\"2.0\"><channel><title>News</title>"
            + "<item><guid>1</guid><title>Hello</title></item></channel></rss>";

    assertThat(rejection(parse(rss)))
        .isEqualTo(
            "cellar-notifications: a feed without CELLAR notification elements (notifReq:,"
                + " notifEntry:): not the notification API");
  }

  @Test
  void rejectsTheCellarMultipleChoicesPage() {
    assertThat(rejection(parse(payload("eurlex/cellar-32016R0679-fmx4-300-multiple-choices.html"))))
        .contains("an HTML page, not XML data");
  }
}
