package org.rightslens.crawler.source.legislationgovuk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.rightslens.crawler.source.feed.SourceParserRejections.fixture;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.SourceSettings;
import org.rightslens.model.item.ItemDates;
import org.rightslens.model.item.LegislationItem;

/** The Publication Log, through the {@code legislation-gov-uk} feed parser. */
class LegislationGovUkPublicationLogTest {

  private static final String LOG = "https://www.legislation.gov.uk/update/2031-03-24/data.feed";

  private static ParseOutcome.Parsed parsed(byte[] body, String baseUrl) {
    ParseContext context =
        new ParseContext(
            "test-source",
            URI.create(baseUrl),
            "application/atom+xml",
            Instant.parse("2031-03-25T09:00:00Z"),
            SourceSettings.NONE);
    ParseOutcome outcome = new LegislationGovUkFeedParser().parse(body, context);
    assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
    return (ParseOutcome.Parsed) outcome;
  }

  @Test
  void collapsesThePublicationLogOnTheItemIdentifier() {
    ParseOutcome.Parsed parsed =
        parsed(fixture("legislation-gov-uk/publication-log.feed.xml"), LOG);

    // 10 entries; uksi/2031/388 is published as PDF and as XML (one item), and its memorandum,
    // its impact assessment (twice), the changes entries and the withdrawal are left out.
    List<LegislationItem> items = parsed.items();
    assertThat(items)
        .extracting(LegislationItem::id)
        .containsExactly(
            "test-source:ssi/2030/150", "test-source:wsi/2030/99", "test-source:uksi/2031/388");
    assertThat(parsed.next())
        .isEqualTo(URI.create("https://www.legislation.gov.uk/update/2031-03-24/data.feed?page=2"));

    LegislationItem si = items.get(2);
    assertThat(si.title())
        .isEqualTo("The Telecommunications (Security) (Amendment) Regulations 2031");
    assertThat(si.jurisdiction()).isEqualTo("GB");
    assertThat(si.type()).isEqualTo("regulation");
    assertThat(si.status()).isEqualTo("enacted");
    assertThat(si.language()).isEqualTo("en");
    assertThat(si.url()).isEqualTo("http://www.legislation.gov.uk/uksi/2031/388/made");
    assertThat(si.textUrl()).isEqualTo("http://www.legislation.gov.uk/uksi/2031/388/made/data.xml");
    assertThat(si.summary()).isNull();
    assertThat(si.dates())
        .isEqualTo(
            new ItemDates(LocalDate.of(2031, 3, 24), null, null, null, LocalDate.of(2031, 3, 24)));
  }

  @Test
  void mapsARepublishedPdfAndARevisedVersionWithABilingualTitle() {
    List<LegislationItem> items =
        parsed(fixture("legislation-gov-uk/publication-log.feed.xml"), LOG).items();

    LegislationItem republished = items.get(0);
    assertThat(republished.title())
        .isEqualTo("The Public Sector Cyber Resilience (Scotland) Order 2030");
    assertThat(republished.url()).isEqualTo("http://www.legislation.gov.uk/ssi/2030/150/made");
    // Only the PDF was published: the CLML of the same document.
    assertThat(republished.textUrl())
        .isEqualTo("http://www.legislation.gov.uk/ssi/2030/150/made/data.xml");
    // Published is when the resource was first published; updated is this event.
    assertThat(republished.dates().published()).isEqualTo(LocalDate.of(2030, 11, 2));
    assertThat(republished.dates().updated()).isEqualTo(LocalDate.of(2031, 3, 24));

    LegislationItem revised = items.get(1);
    assertThat(revised.title())
        .isEqualTo(
            "The Digital Services (Wales) Regulations 2030 / Rheoliadau Gwasanaethau Digidol"
                + " (Cymru) 2030");
    assertThat(revised.type()).isEqualTo("regulation");
    assertThat(revised.language()).isEqualTo("en");
    assertThat(revised.url()).isEqualTo("http://www.legislation.gov.uk/wsi/2030/99/2031-03-01");
    assertThat(revised.textUrl())
        .isEqualTo("http://www.legislation.gov.uk/wsi/2030/99/2031-03-01/data.xml");
    assertThat(revised.dates().published()).isNull();
    assertThat(revised.dates().updated()).isEqualTo(LocalDate.of(2031, 3, 24));
  }

  @Test
  void leavesOutEntriesThatIdentifyNoItemOfLegislation() {
    String changes =
        """
        <feed xmlns="http://www.w3.org/2005/Atom"
              xmlns:ukm="http://www.legislation.gov.uk/namespaces/metadata">
          <id>http://www.legislation.gov.uk/changes/affected/uksi/2031/388/data.feed</id>
          <title>Changes to Legislation</title>
          <entry>
            <id>http://www.legislation.gov.uk/changes/affected/uksi/2031/388/affecting/ukpga/2031/7/key-1/modified/2031-03-24T10:00:00Z</id>
            <title>Cyber Security and Resilience Act 2031 effect on The Telecommunications (Security) (Amendment) Regulations 2031</title>
            <updated>2031-03-24T10:00:00Z</updated>
            <content type="text/xml"><ukm:Effect Type="amended" AffectedURI="http://www.legislation.gov.uk/id/uksi/2031/388"/></content>
          </entry>
        </feed>
        """;

    assertThat(parsed(changes.getBytes(StandardCharsets.UTF_8), LOG).items()).isEmpty();
  }
}
