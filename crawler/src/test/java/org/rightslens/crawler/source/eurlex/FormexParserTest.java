package org.rightslens.crawler.source.eurlex;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.SourceParser;
import org.rightslens.crawler.source.feed.SourceParserRejections;
import org.rightslens.model.item.ItemDates;
import org.rightslens.model.item.LegislationItem;

/**
 * The Formex parser over hand-written acts and notices and over the real recorded files. The real
 * notices ({@code .doc.xml}, CELLAR's {@code DOC_1} stream) carry the act's number, legal value,
 * title, language, OJ date and date of the act, so each yields an item, without text: the notice
 * holds none. The real annex names no act (only the OJ file of its notice), so it is rejected with
 * that reason.
 */
class FormexParserTest extends SourceParserRejections {

  @Override
  protected SourceParser parser() {
    return new FormexParser();
  }

  @Override
  protected String type() {
    return "formex";
  }

  @Override
  protected String rootStartTag() {
    return "ACT";
  }

  @Override
  protected String wrongKindDocument() {
    return "<rss version=\"2.0\"><channel><title>Acts</title></channel></rss>";
  }

  @Override
  protected String wrongKindReason() {
    return "expected a Formex 4 act (<ACT>) or notice (<DOC>), got <rss>";
  }

  private LegislationItem only(byte[] body) {
    ParseOutcome outcome = parse(body);
    assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
    ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) outcome;
    assertThat(parsed.next()).isNull();
    assertThat(parsed.items()).hasSize(1);
    return parsed.items().get(0);
  }

  private static ItemDates dates(String published, String adopted) {
    return new ItemDates(
        published == null ? null : LocalDate.parse(published),
        null,
        LocalDate.parse(adopted),
        null,
        null);
  }

  @Test
  void parsesTheGdprNoticeServedByCellarAsDoc1() {
    LegislationItem gdpr = only(payload("eurlex/cellar-32016R0679-fmx4-DOC_1.doc.xml"));

    assertThat(gdpr.id()).isEqualTo("test-source:32016R0679");
    assertThat(gdpr.source()).isEqualTo("test-source");
    assertThat(gdpr.title())
        .isEqualTo(
            "Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April"
                + " 2016 on the protection of natural persons with regard to the processing of"
                + " personal data (General Data Protection Regulation)");
    assertThat(gdpr.jurisdiction()).isEqualTo("EU");
    assertThat(gdpr.type()).isEqualTo("regulation");
    assertThat(gdpr.status()).isEqualTo("enacted");
    assertThat(gdpr.language()).isEqualTo("en");
    assertThat(gdpr.url())
        .isEqualTo("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679");
    assertThat(gdpr.textUrl()).isEqualTo("http://publications.europa.eu/resource/celex/32016R0679");
    assertThat(gdpr.dates()).isEqualTo(dates("2016-05-04", "2016-04-27"));
    assertThat(gdpr.text()).isNull();
    assertThat(gdpr.summary()).isNull();
    assertThat(gdpr.subjects()).isEmpty();
    assertThat(gdpr.fetchedAt()).isEqualTo(FETCHED_AT);
  }

  @Test
  void parsesTheCybersecurityActNoticeWithoutItsFootnote() {
    LegislationItem csa =
        only(payload("eurlex/formex-32019R0881-CSA-L_2019151EN.01001501.doc.xml"));

    assertThat(csa.id()).isEqualTo("test-source:32019R0881");
    assertThat(csa.title())
        .isEqualTo(
            "Regulation (EU) 2019/881 of the European Parliament and of the Council of 17 April"
                + " 2019 on ENISA (the European Union Agency for Cybersecurity) and on information"
                + " and communications technology cybersecurity certification and repealing"
                + " Regulation (EU) No 526/2013 (Cybersecurity Act)");
    assertThat(csa.type()).isEqualTo("regulation");
    assertThat(csa.status()).isEqualTo("enacted");
    assertThat(csa.jurisdiction()).isEqualTo("EU");
    assertThat(csa.language()).isEqualTo("en");
    assertThat(csa.url())
        .isEqualTo("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32019R0881");
    assertThat(csa.textUrl()).isEqualTo("http://publications.europa.eu/resource/celex/32019R0881");
    assertThat(csa.dates()).isEqualTo(dates("2019-06-07", "2019-04-17"));
    assertThat(csa.text()).isNull();
  }

  @Test
  void parsesTheNis2NoticeAsADirective() {
    LegislationItem nis2 =
        only(payload("eurlex/formex-32022L2555-NIS2-L_2022333EN.01008001.doc.xml"));

    assertThat(nis2.id()).isEqualTo("test-source:32022L2555");
    assertThat(nis2.title())
        .isEqualTo(
            "Directive (EU) 2022/2555 of the European Parliament and of the Council of 14 December"
                + " 2022 on measures for a high common level of cybersecurity across the Union,"
                + " amending Regulation (EU) No 910/2014 and Directive (EU) 2018/1972, and repealing"
                + " Directive (EU) 2016/1148 (NIS 2 Directive)");
    assertThat(nis2.type()).isEqualTo("directive");
    assertThat(nis2.status()).isEqualTo("enacted");
    assertThat(nis2.jurisdiction()).isEqualTo("EU");
    assertThat(nis2.language()).isEqualTo("en");
    assertThat(nis2.url())
        .isEqualTo("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32022L2555");
    assertThat(nis2.textUrl()).isEqualTo("http://publications.europa.eu/resource/celex/32022L2555");
    assertThat(nis2.dates()).isEqualTo(dates("2022-12-27", "2022-12-14"));
    assertThat(nis2.text()).isNull();
  }

  @Test
  void rejectsTheNis2AnnexWhichDoesNotSayWhichActItBelongsTo() {
    assertThat(
            rejection(
                parse(payload("eurlex/formex-32022L2555-NIS2-annex-L_2022333EN.01015001.xml"))))
        .isEqualTo(
            "formex: an <ANNEX> (\"ANNEX III CORRELATION TABLE\") is part of an act (notice"
                + " L_2022333EN.01008001.doc.xml) and does not say which act (no CELEX, act number"
                + " or act title): read the act's <ACT> or <DOC> notice instead");
  }

  @Test
  void rejectsTheCellarMultipleChoicesPage() {
    assertThat(rejection(parse(payload("eurlex/cellar-32016R0679-fmx4-300-multiple-choices.html"))))
        .isEqualTo(
            "formex: a CELLAR 300 Multiple Choices page listing manifestations (DOC_1, DOC_2), not"
                + " an act: fetch the streams it lists one by one");
  }

  @Test
  void parsesAnActWithItsText() {
    LegislationItem act = only(fixture("formex/act-32031L0042.xml"));

    assertThat(act.id()).isEqualTo("test-source:32031L0042");
    assertThat(act.title())
        .isEqualTo(
            "Directive (EU) 2031/42 of the European Parliament and of the Council of 12 March 2031"
                + " on the security of connected products and amending Directive (EU) 2022/2555");
    assertThat(act.jurisdiction()).isEqualTo("EU");
    assertThat(act.type()).isEqualTo("directive");
    assertThat(act.status()).isEqualTo("enacted");
    assertThat(act.language()).isEqualTo("en");
    assertThat(act.url())
        .isEqualTo("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32031L0042");
    assertThat(act.textUrl()).isEqualTo("http://publications.europa.eu/resource/celex/32031L0042");
    // An act carries the date it was adopted, not the date of its Official Journal.
    assertThat(act.dates()).isEqualTo(dates(null, "2031-03-12"));
    assertThat(act.text())
        .isEqualTo(
            String.join(
                "\n\n",
                "THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,",
                "Having regard to the Treaty on the Functioning of the European Union, and in"
                    + " particular Article 114 thereof,",
                "Having regard to the opinion of the European Economic and Social Committee,",
                "Whereas:",
                "(1) Connected products are a frequent target of ‘botnets’.",
                "(2) Any restriction of the confidentiality of communications should be necessary"
                    + " and proportionate and subject to prior judicial authorisation.",
                "HAVE ADOPTED THIS DIRECTIVE:",
                "CHAPTER I",
                "GENERAL PROVISIONS",
                "Article 1",
                "Subject matter",
                "1. This Directive lays down:",
                "(a) security requirements for connected products; and",
                "(b) obligations to report actively exploited vulnerabilities.",
                "2. This Directive is without prejudice to the competences of the Member States"
                    + " regarding national security.",
                "Article 2",
                "Reporting deadlines",
                "Manufacturers shall report within the following deadlines:",
                "Report | Deadline",
                "Early warning | 24 hours",
                "This Directive is addressed to the Member States.",
                "Done at Strasbourg, 12 March 2031.",
                "For the European Parliament",
                "The President",
                "A. Example"));
    assertThat(act.text()).doesNotContain("Title note").doesNotContain("OJ C 401");
  }

  @Test
  void parsesAFrenchNoticeOfADecision() {
    LegislationItem decision = only(fixture("formex/notice-32031D0007-fr.doc.xml"));

    assertThat(decision.id()).isEqualTo("test-source:32031D0007");
    assertThat(decision.title())
        .isEqualTo(
            "Décision (PESC) 2031/7 du Conseil du 3 mars 2031 concernant des mesures restrictives"
                + " contre les cyberattaques qui menacent l'Union");
    assertThat(decision.type()).isEqualTo("decision");
    assertThat(decision.language()).isEqualTo("fr");
    assertThat(decision.url())
        .isEqualTo("https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32031D0007");
    assertThat(decision.dates()).isEqualTo(dates("2031-03-05", "2031-03-03"));
  }

  @Test
  void derivesTheCelexOfAnActWithoutNumberFromItsTitle() {
    LegislationItem act = only(fixture("formex/act-31997L0099-former-numbering.xml"));

    assertThat(act.id()).isEqualTo("test-source:31997L0099");
    assertThat(act.type()).isEqualTo("directive");
    assertThat(act.dates()).isEqualTo(dates(null, "1997-12-01"));
    assertThat(act.text())
        .isEqualTo(
            "Article 1\n\nMember States shall protect fictional telecommunications networks.");
  }

  @Test
  void prefersAnExplicitCelexNumber() {
    String act =
        "<ACT><BIB.INSTANCE><NO.CELEX>32031R0555</NO.CELEX><LG.DOC>DE</LG.DOC></BIB.INSTANCE>"
            + "<TITLE><TI><P>Durchführungsverordnung (EU) 2031/555 der Kommission</P></TI></TITLE>"
            + "</ACT>";

    LegislationItem item = only(act.getBytes(StandardCharsets.UTF_8));

    assertThat(item.id()).isEqualTo("test-source:32031R0555");
    assertThat(item.type()).isEqualTo("regulation");
    assertThat(item.language()).isEqualTo("de");
    assertThat(item.text()).isNull();
  }

  @Test
  void ignoresACelexNumberCitedInTheText() {
    String act =
        "<ACT><BIB.INSTANCE><NO.DOC><NO.CURRENT>101</NO.CURRENT><YEAR>2031</YEAR></NO.DOC>"
            + "</BIB.INSTANCE><TITLE><TI><P>Regulation (EU) 2031/101</P></TI></TITLE><PREAMBLE>"
            + "<VISA>Having regard to<NOTE><P><NO.CELEX>32016R0679</NO.CELEX></P></NOTE></VISA>"
            + "</PREAMBLE></ACT>";

    LegislationItem item = only(act.getBytes(StandardCharsets.UTF_8));

    assertThat(item.id()).isEqualTo("test-source:32031R0101");
    assertThat(item.text()).isEqualTo("Having regard to");
  }

  @Test
  void rejectsABareNoticeWithoutTheActsTitle() {
    assertThat(rejection(parse(fixture("formex/notice-without-title.doc.xml"))))
        .isEqualTo(
            "formex: a <DOC> notice without the act's title (no TITLE/TI): nothing to index");
  }

  @Test
  void rejectsAnActItCannotIdentify() {
    String act =
        "<ACT><TITLE><TI><P>Commission Decision of 1 March 2031 on a fund</P></TI></TITLE></ACT>";

    assertThat(rejection(parse(act)))
        .isEqualTo(
            "formex: cannot derive the CELEX number of the <ACT>: no NO.CELEX, no NO.DOC and no act"
                + " number in its title");
  }

  @Test
  void rejectsTheMalformedFixture() {
    assertThat(rejection(parse(fixture("formex/malformed.xml"))))
        .startsWith("formex: malformed XML at line 7");
  }

  @Test
  void rejectsOtherFormexDocuments() {
    List<String> roots = List.of("CONS.ACT", "GENERAL");
    for (String root : roots) {
      assertThat(rejection(parse("<" + root + "><TITLE><TI><P>x</P></TI></TITLE></" + root + ">")))
          .isEqualTo(
              "formex: expected a Formex 4 act (<ACT>) or notice (<DOC>), got <" + root + ">");
    }
  }
}
