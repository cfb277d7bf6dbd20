package org.rightslens.crawler.source.eurlex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.rightslens.crawler.source.feed.SourceParserRejections.fixture;
import static org.rightslens.crawler.source.feed.SourceParserRejections.payload;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.SourceSettings;
import org.rightslens.model.item.ItemDates;
import org.rightslens.model.item.LegislationItem;

class EurLexXhtmlParserTest {

  private static final Instant FETCHED_AT = Instant.parse("2031-03-25T09:00:00Z");

  private final EurLexXhtmlParser parser = new EurLexXhtmlParser();

  private ParseOutcome parse(byte[] body) {
    return parser.parse(
        body,
        new ParseContext(
            "test-source",
            URI.create("http://publications.europa.eu/resource/celex/32024R2982"),
            "application/xhtml+xml",
            FETCHED_AT,
            SourceSettings.NONE));
  }

  private ParseOutcome parse(String body) {
    return parse(body.getBytes(StandardCharsets.UTF_8));
  }

  private LegislationItem only(byte[] body) {
    ParseOutcome outcome = parse(body);
    assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
    ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) outcome;
    assertThat(parsed.next()).isNull();
    assertThat(parsed.items()).hasSize(1);
    return parsed.items().get(0);
  }

  private static String rejection(ParseOutcome outcome) {
    assertThat(outcome).isInstanceOf(ParseOutcome.Rejected.class);
    String reason = ((ParseOutcome.Rejected) outcome).reason();
    assertThat(reason).startsWith("eurlex-xhtml: ");
    return reason;
  }

  private static ItemDates dates(String published, String adopted) {
    return new ItemDates(LocalDate.parse(published), null, LocalDate.parse(adopted), null, null);
  }

  @Test
  void parsesTheEudiWalletProtocolsRegulation() {
    LegislationItem act = only(payload("eurlex/act-32024R2982.html"));

    assertThat(act.id()).isEqualTo("test-source:32024R2982");
    assertThat(act.source()).isEqualTo("test-source");
    assertThat(act.title())
        .isEqualTo(
            "COMMISSION IMPLEMENTING REGULATION (EU) 2024/2982 of 28 November 2024 laying down"
                + " rules for the application of Regulation (EU) No 910/2014 of the European"
                + " Parliament and of the Council as regards protocols and interfaces to be"
                + " supported by the European Digital Identity Framework");
    assertThat(act.jurisdiction()).isEqualTo("EU");
    assertThat(act.type()).isEqualTo("regulation");
    assertThat(act.status()).isEqualTo("enacted");
    assertThat(act.language()).isEqualTo("en");
    assertThat(act.url()).isEqualTo("https://eur-lex.europa.eu/eli/reg_impl/2024/2982/oj/eng");
    assertThat(act.textUrl()).isEqualTo("http://publications.europa.eu/resource/celex/32024R2982");
    assertThat(act.dates()).isEqualTo(dates("2024-12-04", "2024-11-28"));
    assertThat(act.summary()).isNull();
    assertThat(act.subjects()).isEmpty();
    assertThat(act.fetchedAt()).isEqualTo(FETCHED_AT);
  }

  @Test
  void takesTheTextOfTheActAndItsAnnexWithoutHeaderOrFootnotes() {
    String text = only(payload("eurlex/act-32024R2982.html")).text();

    assertThat(text)
        .startsWith(
            String.join(
                "\n\n",
                "THE EUROPEAN COMMISSION,",
                "Having regard to the Treaty on the Functioning of the European Union,",
                "Having regard to Regulation (EU) No 910/2014 of the European Parliament and of the"
                    + " Council of 23 July 2014 on electronic identification and trust services for"
                    + " electronic transactions in the internal market and repealing Directive"
                    + " 1999/93/EC, and in particular Article 5a(23) thereof,",
                "Whereas:",
                "(1) The European Digital Identity Framework established by Regulation (EU) No"
                    + " 910/2014 is a crucial component"))
        .contains(
            "\n\nArticle 5\n\nPresentation of attributes to wallet-relying parties\n\n"
                + "1. Wallet providers shall ensure that wallet solutions support protocols and"
                + " interfaces for the presentation of attributes to wallet-relying parties,"
                + " remotely, and where appropriate in proximity, in accordance with the standards"
                + " set out in the Annex.\n\n")
        .contains(
            "\n\n(9) do not present any requested attributes to wallet-relying parties or wallet"
                + " units until the following requirements are met:\n\n(a) verify the wallet"
                + " secure cryptographic application has authenticated the identity of the wallet"
                + " user;\n\n")
        .contains("\n\nDone at Brussels, 28 November 2024.\n\nFor the Commission\n\n")
        .endsWith(
            "ANNEX\n\nSTANDARDS REFERRED TO IN ARTICLE 5(1) AND (2)\n\n"
                + "— ISO/IEC 18013-5:2021\n\n— ISO/IEC TS 18013-7:2024")
        .doesNotContain("Official Journal of the European Union\n") // the OJ header
        .doesNotContain("OJ L 257, 28.8.2014") // a footnote
        .doesNotContain("ISSN 1977-0677")
        .doesNotContain(" ,");
  }

  @Test
  void parsesTheShortGeographicalIndicationRegulation() {
    LegislationItem act = only(payload("eurlex/act-32024R2978.html"));

    assertThat(act.id()).isEqualTo("test-source:32024R2978");
    assertThat(act.title())
        .isEqualTo(
            "COMMISSION IMPLEMENTING REGULATION (EU) 2024/2978 of 25 November 2024 on the"
                + " registration of the geographical indication ‘Gaziantep Menengiç Kahvesi /"
                + " Gaziantep Melengiç Kahvesi’ (PDO) in the Union register of geographical"
                + " indications pursuant to Regulation (EU) 2024/1143 of the European Parliament"
                + " and of the Council");
    assertThat(act.jurisdiction()).isEqualTo("EU");
    assertThat(act.type()).isEqualTo("regulation");
    assertThat(act.status()).isEqualTo("enacted");
    assertThat(act.language()).isEqualTo("en");
    assertThat(act.url()).isEqualTo("https://eur-lex.europa.eu/eli/reg_impl/2024/2978/oj/eng");
    assertThat(act.textUrl()).isEqualTo("http://publications.europa.eu/resource/celex/32024R2978");
    assertThat(act.dates()).isEqualTo(dates("2024-12-02", "2024-11-25"));
    assertThat(act.text())
        .startsWith("THE EUROPEAN COMMISSION,\n\n")
        .contains(
            "\n\n(1) Pursuant to Article 50(2), point (a), of Regulation (EU) No 1151/2012 of the"
                + " European Parliament and of the Council, Türkiye’s application")
        .contains("published in the Official Journal of the European Union.\n\n(2) No statement")
        .contains(
            "\n\nHAS ADOPTED THIS REGULATION:\n\nArticle 1\n\nThe geographical indication"
                + " ‘Gaziantep Menengiç Kahvesi / Gaziantep Melengiç Kahvesi’ (PDO) is hereby"
                + " entered in the Union register")
        .endsWith(
            "Done at Brussels, 25 November 2024.\n\nFor the Commission,\n\nOn behalf of the"
                + " President,\n\nJanusz WOJCIECHOWSKI\n\nMember of the Commission")
        .doesNotContain("OJ L, 2024/1143, 23.4.2024");
  }

  @Test
  void parsesTheCurrentMarkup() {
    LegislationItem act = only(fixture("eurlex-xhtml/act-32031R0101.html"));

    assertThat(act.id()).isEqualTo("test-source:32031R0101");
    assertThat(act.title())
        .isEqualTo(
            "COMMISSION IMPLEMENTING REGULATION (EU) 2031/101 of 20 March 2031 laying down rules"
                + " for the application of Directive (EU) 2031/42 of the European Parliament and of"
                + " the Council as regards the reporting of incidents (Text with EEA relevance)");
    assertThat(act.jurisdiction()).isEqualTo("EU");
    assertThat(act.type()).isEqualTo("regulation");
    assertThat(act.status()).isEqualTo("enacted");
    assertThat(act.language()).isEqualTo("en");
    assertThat(act.url()).isEqualTo("https://eur-lex.europa.eu/eli/reg_impl/2031/101/oj/eng");
    assertThat(act.textUrl()).isEqualTo("http://publications.europa.eu/resource/celex/32031R0101");
    assertThat(act.dates()).isEqualTo(dates("2031-03-24", "2031-03-20"));
    assertThat(act.text())
        .isEqualTo(
            String.join(
                "\n\n",
                "THE EUROPEAN COMMISSION,",
                "Having regard to Directive (EU) 2031/42 of the European Parliament and of the"
                    + " Council, and in particular Article 2 thereof,",
                "Whereas:",
                "(1) Incident reports should be made in a single format across the Union.",
                "HAS ADOPTED THIS REGULATION:",
                "Article 1",
                "Reporting format",
                "1. Manufacturers shall submit reports in the format set out in the Annex.",
                "2. The report shall contain:",
                "(a) the time the incident was detected;",
                "(b) the products affected.",
                "Article 2",
                "This Regulation shall enter into force on the twentieth day following that of its"
                    + " publication in the Official Journal of the European Union.",
                "This Regulation shall be binding in its entirety and directly applicable in all"
                    + " Member States.",
                "Done at Brussels, 20 March 2031.",
                "For the Commission",
                "A. EXAMPLE",
                "ANNEX",
                "REPORT FORMAT",
                "Field | Content",
                "Detected | Date and time (UTC)"));
  }

  @Test
  void parsesTheFormerMarkupIdentifyingTheActByItsTitle() {
    LegislationItem act = only(fixture("eurlex-xhtml/act-32009L0999-former-markup.html"));

    assertThat(act.id()).isEqualTo("test-source:32009L0999");
    assertThat(act.title())
        .isEqualTo(
            "DIRECTIVE 2009/999/EC OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL of 25 November"
                + " 2009 on the confidentiality of fictional electronic communications");
    assertThat(act.type()).isEqualTo("directive");
    assertThat(act.language()).isEqualTo("en");
    assertThat(act.url())
        .isEqualTo("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32009L0999");
    assertThat(act.textUrl()).isEqualTo("http://publications.europa.eu/resource/celex/32009L0999");
    assertThat(act.dates()).isEqualTo(dates("2009-12-16", "2009-11-25"));
    assertThat(act.text())
        .isEqualTo(
            String.join(
                "\n\n",
                "THE EUROPEAN PARLIAMENT AND THE COUNCIL OF THE EUROPEAN UNION,",
                "Having regard to the Treaty establishing the European Community,",
                "Whereas:",
                "(1) Confidentiality of communications is a fundamental right.",
                "HAVE ADOPTED THIS DIRECTIVE:",
                "Article 1",
                "Scope",
                "Member States shall ensure the confidentiality of fictional electronic"
                    + " communications.",
                "This Directive is addressed to the Member States.",
                "Done at Brussels, 25 November 2009."));
  }

  @Test
  void readsTheCelexAndDatesOfAEurLexPageFromItsEliMetadata() {
    LegislationItem act = only(fixture("eurlex-xhtml/eurlex-page-32031D0007-fr.html"));

    assertThat(act.id()).isEqualTo("test-source:32031D0007");
    assertThat(act.title())
        .isEqualTo(
            "DÉCISION (PESC) 2031/7 DU CONSEIL du 3 mars 2031 concernant des mesures restrictives"
                + " contre les cyberattaques qui menacent l'Union");
    assertThat(act.type()).isEqualTo("decision");
    assertThat(act.language()).isEqualTo("fr");
    assertThat(act.url())
        .isEqualTo("https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32031D0007");
    assertThat(act.dates()).isEqualTo(dates("2031-03-05", "2031-03-03"));
    // Only the document: the page around it is not the act.
    assertThat(act.text())
        .isEqualTo(
            "LE CONSEIL DE L'UNION EUROPÉENNE,\n\nArticle premier\n\nLes mesures restrictives"
                + " s'appliquent aux cyberattaques ayant un effet important.");
  }

  @Test
  void readsTheCelexOfAEurLexPageFromItsCanonicalAddress() {
    String page =
        "<html lang=\"en\"><head><link rel=\"canonical\""
            + " href=\"https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A32031L0042\"/>"
            + "</head><body><div id=\"document1\"><p class=\"doc-ti\">Directive on connected"
            + " products</p><p class=\"normal\">Article 1</p></div></body></html>";

    LegislationItem act = only(page.getBytes(StandardCharsets.UTF_8));

    assertThat(act.id()).isEqualTo("test-source:32031L0042");
    assertThat(act.type()).isEqualTo("directive");
    assertThat(act.language()).isEqualTo("en");
    assertThat(act.url())
        .isEqualTo("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX%3A32031L0042");
    assertThat(act.dates().published()).isNull();
    assertThat(act.dates().adopted()).isNull();
  }

  @Test
  void identifiesACorrigendumByItsEli() {
    String page =
        "<html><head><link rel=\"canonical\""
            + " href=\"https://eur-lex.europa.eu/eli/reg_impl/2031/101/corrigendum/2031-04-02/oj/eng\"/>"
            + "</head><body><p class=\"oj-hd-lg\">EN</p><p class=\"oj-hd-date\">3.4.2031</p>"
            + "<div class=\"eli-container\"><p class=\"oj-doc-ti\">Corrigendum to Commission"
            + " Implementing Regulation (EU) 2031/101 of 20 March 2031</p>"
            + "<p class=\"oj-normal\">On page 2, Article 1(2):</p></div></body></html>";

    LegislationItem corrigendum = only(page.getBytes(StandardCharsets.UTF_8));

    assertThat(corrigendum.id())
        .isEqualTo("test-source:reg_impl/2031/101/corrigendum/2031-04-02/oj");
    assertThat(corrigendum.type()).isNull();
    assertThat(corrigendum.url())
        .isEqualTo("https://eur-lex.europa.eu/eli/reg_impl/2031/101/corrigendum/2031-04-02/oj/eng");
    assertThat(corrigendum.text()).isEqualTo("On page 2, Article 1(2):");
  }

  @Test
  void rejectsTheEurLexWafChallengePage() {
    assertThat(rejection(parse(payload("eurlex/eurlex-legal-content-aws-waf-challenge.html"))))
        .isEqualTo(
            "eurlex-xhtml: bot challenge page (AWS WAF), not content: retry later, more slowly");
  }

  @Test
  void rejectsTheCellarMultipleChoicesPage() {
    assertThat(rejection(parse(payload("eurlex/cellar-32016R0679-fmx4-300-multiple-choices.html"))))
        .isEqualTo(
            "eurlex-xhtml: a CELLAR 300 Multiple Choices page listing manifestations (DOC_1,"
                + " DOC_2), not an act: fetch the streams it lists one by one");
  }

  @Test
  void rejectsEmptyAndBlankBodies() {
    assertThat(rejection(parse(new byte[0]))).isEqualTo("eurlex-xhtml: empty response body");
    assertThat(rejection(parse(" \n\t "))).isEqualTo("eurlex-xhtml: blank response body");
  }

  @Test
  void rejectsABillionLaughsDocumentWithoutExpandingIt() {
    StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">\n");
    for (int i = 1; i <= 9; i++) {
      dtd.append("<!ENTITY lol")
          .append(i)
          .append(" \"")
          .append(("&lol" + (i - 1) + ";").repeat(10))
          .append("\">\n");
    }
    String page =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE html [\n"
            + dtd
            + "]>\n<html><body><p class=\"oj-doc-ti\">REGULATION (EU) 2031/1 &lol9;</p></body></html>";

    ParseOutcome outcome = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> parse(page));

    assertThat(rejection(outcome))
        .isEqualTo(
            "eurlex-xhtml: hostile markup: a DOCTYPE declaring entities is not accepted (no act"
                + " page has one)");
  }

  @Test
  void rejectsAnExternalEntityDocumentWithoutReadingTheFile(@TempDir Path dir) throws IOException {
    Path secret = dir.resolve("secret.txt");
    Files.writeString(secret, "XXE-SECRET-7f3a");
    String page =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE html [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]>\n<html><body><p class=\"oj-doc-ti\">REGULATION (EU) 2031/1 &xxe;</p>"
            + "</body></html>";

    assertThat(rejection(parse(page)))
        .contains("hostile markup: a DOCTYPE declaring entities")
        .doesNotContain("XXE-SECRET-7f3a");
  }

  @Test
  void rejectsMalformedXmlThatIsNoAct() {
    assertThat(rejection(parse("<?xml version=\"1.0\"?>\n<ACT>\n<TITLE>unclosed\n</ACT>")))
        .isEqualTo(
            "eurlex-xhtml: not the XHTML of an act: no title lines (p.oj-doc-ti or p.doc-ti)"
                + " found");
    assertThat(rejection(parse("{\"results\": []}"))).contains("not the XHTML of an act");
  }

  @Test
  void rejectsAFormexDocumentAndAnHtmlErrorPage() {
    assertThat(
            rejection(parse(payload("eurlex/formex-32022L2555-NIS2-L_2022333EN.01008001.doc.xml"))))
        .contains("not the XHTML of an act");
    assertThat(
            rejection(
                parse(
                    "<!DOCTYPE html><html><head><title>503 Service Unavailable</title></head>"
                        + "<body><h1>Service Unavailable</h1></body></html>")))
        .contains("not the XHTML of an act");
  }

  @Test
  void rejectsAnActItCannotIdentify() {
    String page =
        "<html><body><p class=\"doc-ti\">COMMISSION DECISION</p><p class=\"doc-ti\">of 1 March"
            + " 2031</p><p class=\"normal\">Article 1</p></body></html>";

    assertThat(rejection(parse(page)))
        .isEqualTo(
            "eurlex-xhtml: cannot identify the act \"COMMISSION DECISION of 1 March 2031\": no"
                + " CELEX number in its metadata, no ELI and no act number in its title");
  }

  @Test
  void readsAnActCutOffInTheMiddleAsFarAsItGoes() {
    byte[] whole = payload("eurlex/act-32024R2978.html");
    byte[] cut = Arrays.copyOf(whole, 6000);

    LegislationItem act = only(cut);

    assertThat(act.id()).isEqualTo("test-source:32024R2978");
    assertThat(act.title()).endsWith("of the European Parliament and of the Council");
    assertThat(act.text())
        .startsWith("THE EUROPEAN COMMISSION,")
        .endsWith("has been received by the Commission.")
        .doesNotContain("HAS ADOPTED");
  }
}
