package org.rightslens.crawler.source.legislationgovuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.SourceParser;
import org.rightslens.crawler.source.feed.SourceParserRejections;
import org.rightslens.model.item.ItemDates;
import org.rightslens.model.item.LegislationItem;

class LegislationGovUkFeedParserTest extends SourceParserRejections {

  private static final String SEARCH = "legislation-gov-uk/search-title-data-protection.feed.xml";
  private static final String LISTING =
      "legislation-gov-uk/listing-all-1110-2016-page-1102.feed.xml";

  @Override
  protected SourceParser parser() {
    return new LegislationGovUkFeedParser();
  }

  @Override
  protected String type() {
    return "legislation-gov-uk";
  }

  @Override
  protected String rootStartTag() {
    return "feed xmlns=\"http://www.w3.org/2005/Atom\"";
  }

  @Override
  protected String wrongKindDocument() {
    return "<rss version=\"2.0\"><channel><title>New legislation</title></channel></rss>";
  }

  @Override
  protected String wrongKindReason() {
    return "expected an Atom <feed>, got <rss>";
  }

  private ParseOutcome.Parsed parsed(byte[] body, String baseUrl) {
    ParseOutcome outcome = parser().parse(body, context(baseUrl));
    assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
    return (ParseOutcome.Parsed) outcome;
  }

  private static ItemDates dates(String published, String adopted, String updated) {
    return new ItemDates(
        LocalDate.parse(published),
        null,
        adopted == null ? null : LocalDate.parse(adopted),
        null,
        LocalDate.parse(updated));
  }

  @Test
  void parsesTheTitleSearchFeed() {
    ParseOutcome.Parsed parsed =
        parsed(payload(SEARCH), "http://www.legislation.gov.uk/title/data%20protection/data.feed");

    assertThat(parsed.next())
        .isEqualTo(
            URI.create("http://www.legislation.gov.uk/title/data%20protection/data.feed?page=2"));
    List<LegislationItem> items = parsed.items();
    assertThat(items)
        .extracting(LegislationItem::id)
        .containsExactly(
            "test-source:eudn/2020/1745", "test-source:eur/2019/493", "test-source:eur/2016/679");
    assertThat(items).extracting(LegislationItem::jurisdiction).containsOnly("GB");
    assertThat(items)
        .extracting(LegislationItem::type)
        .containsExactly("decision", "regulation", "regulation");
    assertThat(items)
        .extracting(LegislationItem::status)
        .containsExactly("enacted", "repealed", "enacted");

    LegislationItem decision = items.get(0);
    assertThat(decision.title())
        .isEqualTo(
            "Council Implementing Decision (EU) 2020/1745 of 18 November 2020 on the putting into"
                + " effect of the provisions of the Schengen acquis on data protection and on the"
                + " provisional putting into effect of certain provisions of the Schengen acquis in"
                + " Ireland");
    assertThat(decision.url()).isEqualTo("http://www.legislation.gov.uk/eudn/2020/1745/2020-11-18");
    assertThat(decision.textUrl())
        .isEqualTo("http://www.legislation.gov.uk/eudn/2020/1745/2020-11-18/data.xml");
    assertThat(decision.dates()).isEqualTo(dates("2020-11-23", "2020-11-18", "2025-10-03"));
    assertThat(decision.summary()).isEqualTo(decision.title());
    assertThat(decision.subjects()).isEmpty();

    LegislationItem revoked = items.get(1);
    assertThat(revoked.title())
        .endsWith("in the context of elections to the European Parliament (revoked)");
    assertThat(revoked.url()).isEqualTo("http://www.legislation.gov.uk/eur/2019/493/2020-12-31");
    assertThat(revoked.dates()).isEqualTo(dates("2019-03-27", "2019-03-25", "2025-10-04"));

    LegislationItem gdpr = items.get(2);
    assertThat(gdpr.title())
        .startsWith(
            "Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016")
        .endsWith("(United Kingdom General Data Protection Regulation) (Text with EEA relevance)");
    assertThat(gdpr.url()).isEqualTo("http://www.legislation.gov.uk/eur/2016/679/2026-06-19");
    assertThat(gdpr.textUrl())
        .isEqualTo("http://www.legislation.gov.uk/eur/2016/679/2026-06-19/data.xml");
    assertThat(gdpr.dates()).isEqualTo(dates("2018-11-11", "2016-04-27", "2026-09-25"));
    assertThat(gdpr.summary())
        .contains("and repealing Directive 95/46/EC (General Data Protection Regulation)");
  }

  @Test
  void parsesTheListingFeedPage() {
    ParseOutcome.Parsed parsed =
        parsed(payload(LISTING), "http://legislation.data.gov.uk/1110-2016/data.feed?page=1102");

    assertThat(parsed.next())
        .isEqualTo(URI.create("http://legislation.data.gov.uk/1110-2016/data.feed?page=1103"));
    List<LegislationItem> items = parsed.items();
    assertThat(items)
        .extracting(LegislationItem::id)
        .containsExactly(
            "test-source:uksi/2011/1239",
            "test-source:uksi/2011/1223",
            "test-source:uksi/2011/1215",
            "test-source:uksi/2011/1224",
            "test-source:uksi/2011/1209",
            "test-source:uksi/2011/1211",
            "test-source:uksi/2011/1208",
            "test-source:uksi/2011/1210",
            "test-source:uksi/2011/1186",
            "test-source:uksi/2011/1190",
            "test-source:uksi/2011/1187",
            "test-source:uksi/2011/1191",
            "test-source:uksi/2011/1194",
            "test-source:uksi/2011/1178",
            "test-source:uksi/2011/1182",
            "test-source:uksi/2011/1197",
            "test-source:uksi/2011/1181",
            "test-source:uksi/2011/1170",
            "test-source:uksi/2011/1169",
            "test-source:uksi/2011/1167");
    assertThat(items).extracting(LegislationItem::jurisdiction).containsOnly("GB");
    assertThat(items).extracting(LegislationItem::type).containsOnly("regulation");
    assertThat(items).extracting(LegislationItem::status).containsOnly("enacted");
    assertThat(items)
        .allSatisfy(
            i ->
                assertThat(i.url())
                    .isEqualTo(
                        i.id().replace("test-source:", "http://www.legislation.gov.uk/")
                            + "/made"));
    assertThat(items)
        .allSatisfy(
            i ->
                assertThat(i.textUrl())
                    .isEqualTo(
                        i.id().replace("test-source:", "http://legislation.data.gov.uk/")
                            + "/made/data.xml"));

    LegislationItem pecr = items.get(6);
    assertThat(pecr.title())
        .isEqualTo(
            "The Privacy and Electronic Communications (EC Directive) (Amendment) Regulations 2011");
    assertThat(pecr.url()).isEqualTo("http://www.legislation.gov.uk/uksi/2011/1208/made");
    assertThat(pecr.textUrl())
        .isEqualTo("http://legislation.data.gov.uk/uksi/2011/1208/made/data.xml");
    assertThat(pecr.dates()).isEqualTo(dates("2011-05-06", "2011-05-04", "2014-08-07"));
    assertThat(pecr.subjects())
        .containsExactly(
            "Privacy and data protection",
            "Freedom of information",
            "Information",
            "ELECTRONIC COMMUNICATIONS");
    assertThat(pecr.summary())
        .startsWith("These Regulations implement Articles 2 and 3 of Directive 2009/136/EC");

    LegislationItem pensions = items.get(0);
    assertThat(pensions.title())
        .isEqualTo(
            "The Pensions Appeal Tribunals Act 1943 (Time Limit for Appeals) (Amendment) Regulations 2011");
    assertThat(pensions.dates()).isEqualTo(dates("2011-05-12", "2011-05-09", "2011-07-04"));
    assertThat(pensions.subjects()).containsExactly("Armed forces", "Hearings", "PENSIONS");
    // An empty <summary/> is no summary.
    assertThat(pensions.summary()).isNull();

    assertThat(items.get(7).title())
        .isEqualTo("The Electronic Communications and Wireless Telegraphy Regulations 2011");
    assertThat(items.get(7).dates()).isEqualTo(dates("2011-08-24", "2011-05-04", "2014-01-20"));
  }

  @Test
  void parsesANewLegislationFeed() {
    ParseOutcome.Parsed parsed =
        parsed(
            fixture("legislation-gov-uk/new-legislation.feed.xml"),
            "https://www.legislation.gov.uk/new/data.feed");

    assertThat(parsed.next())
        .isEqualTo(URI.create("http://www.legislation.gov.uk/new/data.feed?page=2"));
    List<LegislationItem> items = parsed.items();
    assertThat(items)
        .extracting(LegislationItem::id)
        .containsExactly(
            "test-source:ukpga/2031/7",
            "test-source:ssi/2031/210",
            "test-source:ukdsi/2031/9780348000017",
            "test-source:nisr/2031/45");
    assertThat(items)
        .extracting(LegislationItem::type)
        .containsExactly("act", "regulation", "regulation", "regulation");
    assertThat(items)
        .extracting(LegislationItem::status)
        .containsExactly("enacted", "enacted", "proposed", "repealed");

    LegislationItem act = items.get(0);
    assertThat(act.title()).isEqualTo("Cyber Security and Resilience Act 2031");
    assertThat(act.jurisdiction()).isEqualTo("GB");
    assertThat(act.url()).isEqualTo("http://www.legislation.gov.uk/ukpga/2031/7/enacted");
    assertThat(act.textUrl())
        .isEqualTo("http://www.legislation.gov.uk/ukpga/2031/7/enacted/data.xml");
    assertThat(act.dates()).isEqualTo(dates("2031-03-24", "2031-03-20", "2031-03-24"));
    assertThat(act.subjects()).containsExactly("Cyber security", "Critical infrastructure");
    assertThat(act.summary())
        .isEqualTo(
            "An Act to make provision about the security of network and information systems; and for connected purposes.");

    assertThat(items.get(1).subjects())
        .containsExactly("Electronic communications", "NETWORK SECURITY");
    assertThat(items.get(1).summary()).isNull();
    assertThat(items.get(2).summary())
        .isEqualTo("These draft Regulations require controllers to report security incidents.");
    assertThat(items.get(2).dates().adopted()).isNull();
    // 00:30 at +01:00 is the 24th in UTC; the site's own date is kept.
    assertThat(items.get(3).dates()).isEqualTo(dates("2031-03-25", "2031-03-17", "2031-03-25"));
  }

  @Test
  void parsesAFeedWithoutEntriesAsNoItems() {
    ParseOutcome.Parsed parsed =
        parsed(
            fixture("legislation-gov-uk/empty.feed.xml"), "https://www.legislation.gov.uk/search");

    assertThat(parsed.items()).isEmpty();
    assertThat(parsed.next()).isNull();
  }

  @Test
  void rejectsTheMalformedFixture() {
    assertThat(rejection(parse(fixture("legislation-gov-uk/malformed.feed.xml"))))
        .startsWith("legislation-gov-uk: malformed XML at line 9");
  }

  @Test
  void rejectsClmlWhereAFeedWasExpected() {
    assertThat(rejection(parse(payload("legislation-gov-uk/uksi-2015-1995-made.clml.xml"))))
        .isEqualTo(
            "legislation-gov-uk: expected an Atom <feed>, got <Legislation> (namespace"
                + " http://www.legislation.gov.uk/namespaces/legislation)");
  }
}
