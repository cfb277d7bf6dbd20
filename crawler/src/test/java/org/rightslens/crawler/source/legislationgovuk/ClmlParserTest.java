package org.rightslens.crawler.source.legislationgovuk;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.SourceParser;
import org.rightslens.crawler.source.feed.SourceParserRejections;
import org.rightslens.model.item.ItemDates;
import org.rightslens.model.item.LegislationItem;

class ClmlParserTest extends SourceParserRejections {

  @Override
  protected SourceParser parser() {
    return new ClmlParser();
  }

  @Override
  protected String type() {
    return "legislation-gov-uk-clml";
  }

  @Override
  protected String rootStartTag() {
    return "Legislation xmlns=\"http://www.legislation.gov.uk/namespaces/legislation\"";
  }

  @Override
  protected String wrongKindDocument() {
    return "<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>New legislation</title></feed>";
  }

  @Override
  protected String wrongKindReason() {
    return "expected a CLML <Legislation>, got <feed> (namespace http://www.w3.org/2005/Atom)";
  }

  private LegislationItem only(byte[] body) {
    ParseOutcome outcome = parse(body);
    assertThat(outcome).isInstanceOf(ParseOutcome.Parsed.class);
    ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) outcome;
    assertThat(parsed.next()).isNull();
    assertThat(parsed.items()).hasSize(1);
    return parsed.items().get(0);
  }

  @Test
  void parsesTheMadeVersionOfAStatutoryInstrument() {
    LegislationItem si = only(payload("legislation-gov-uk/uksi-2015-1995-made.clml.xml"));

    assertThat(si.id()).isEqualTo("test-source:uksi/2015/1995");
    assertThat(si.source()).isEqualTo("test-source");
    assertThat(si.title())
        .isEqualTo(
            "The Wireless Telegraphy (Licence Charges) (Amendment) (No. 2) Regulations 2015");
    assertThat(si.jurisdiction()).isEqualTo("GB");
    assertThat(si.type()).isEqualTo("regulation");
    assertThat(si.status()).isEqualTo("enacted");
    assertThat(si.language()).isEqualTo("en");
    assertThat(si.url()).isEqualTo("http://www.legislation.gov.uk/uksi/2015/1995/made");
    assertThat(si.textUrl())
        .isEqualTo("http://www.legislation.gov.uk/uksi/2015/1995/made/data.xml");
    assertThat(si.summary())
        .isEqualTo(
            "These Regulations amend the Wireless Telegraphy (Licence Charges) Regulations 2011"
                + " (S.I. 2011/1128 as amended by S.I. 2012/1075, S.I. 2013/917, S.I. 2014/1295 and"
                + " S.I. 2015/1334).");
    assertThat(si.subjects()).containsExactly("ELECTRONIC COMMUNICATIONS");
    assertThat(si.dates())
        .isEqualTo(
            new ItemDates(
                LocalDate.of(2015, 12, 9),
                null,
                LocalDate.of(2015, 12, 9),
                LocalDate.of(2015, 12, 31),
                LocalDate.of(2015, 12, 9)));
    assertThat(si.fetchedAt()).isEqualTo(FETCHED_AT);
  }

  @Test
  void takesTheTextOfTheDocumentWithoutMetadataContentsOrFootnotes() {
    LegislationItem si = only(payload("legislation-gov-uk/uksi-2015-1995-made.clml.xml"));

    assertThat(si.text())
        .isEqualTo(
            String.join(
                "\n\n",
                "2015 No. 1995",
                "Electronic Communications",
                "The Wireless Telegraphy (Licence Charges) (Amendment) (No. 2) Regulations 2015",
                "Made 9th December 2015",
                "Coming into force 31st December 2015",
                "The Office of Communications (“OFCOM”) make the following Regulations in exercise"
                    + " of the powers conferred by sections 12, 13(2) and 122 of the Wireless"
                    + " Telegraphy Act 2006 (the “Act”).",
                "Before making these Regulations, OFCOM have given notice of their proposal to do"
                    + " so in accordance with section 122(4)(a) of the Act, published notice of"
                    + " their proposal in accordance with section 122(4)(b) of the Act, and have"
                    + " considered the representations made to them before the time specified in"
                    + " the notice in accordance with section 122(4)(c) of the Act."));
    assertThat(si.text())
        .doesNotContain("Citation and commencement") // the table of contents
        .doesNotContain("2006 c.36") // a footnote
        .doesNotContain("Queen's Printer") // metadata
        .doesNotContain("9780111141762");
  }

  @Test
  void parsesAnActAsEnactedWithPartsSectionsAndSchedules() {
    LegislationItem act = only(fixture("legislation-gov-uk-clml/ukpga-2031-7-enacted.clml.xml"));

    assertThat(act.id()).isEqualTo("test-source:ukpga/2031/7");
    assertThat(act.title()).isEqualTo("Cyber Security and Resilience Act 2031");
    assertThat(act.type()).isEqualTo("act");
    assertThat(act.status()).isEqualTo("enacted");
    assertThat(act.url()).isEqualTo("http://www.legislation.gov.uk/ukpga/2031/7/enacted");
    assertThat(act.textUrl())
        .isEqualTo("http://www.legislation.gov.uk/ukpga/2031/7/enacted/data.xml");
    assertThat(act.subjects()).containsExactly("Cyber security");
    assertThat(act.dates())
        .isEqualTo(
            new ItemDates(
                LocalDate.of(2031, 3, 24),
                null,
                LocalDate.of(2031, 3, 20),
                null,
                LocalDate.of(2031, 3, 24)));
    assertThat(act.text())
        .isEqualTo(
            String.join(
                "\n\n",
                "Cyber Security and Resilience Act 2031",
                "2031 CHAPTER 7",
                "An Act to make provision about the security of network and information systems;"
                    + " and for connected purposes.",
                "[20th March 2031]",
                "Be it enacted by the King’s most Excellent Majesty, by and with the advice and"
                    + " consent of the Lords Spiritual and Temporal, and Commons, in this present"
                    + " Parliament assembled, and by the authority of the same, as follows:—",
                "PART 1",
                "Duties of operators",
                "Security duty",
                "1. (1) An operator of an essential service must take appropriate measures to"
                    + " manage risks to the security of its network and information systems.",
                "(2) The measures must—",
                "(a) prevent and minimise the impact of incidents; and",
                "(b) be proportionate to the risk.",
                "Reporting of incidents",
                "2. An operator must notify the regulator of a significant incident within 24 hours"
                    + " of becoming aware of it.",
                "PART 2",
                "Final provisions",
                "Short title",
                "3. This Act may be cited as the Cyber Security and Resilience Act 2031.",
                "SCHEDULES",
                "SCHEDULE 1",
                "Section 1",
                "Essential services",
                "Sector | Regulator",
                "Energy | Gas and Electricity Markets Authority",
                "Drinking water | The Water Services Regulation Authority"));
  }

  @Test
  void parsesARevisedScottishInstrument() {
    LegislationItem ssi = only(fixture("legislation-gov-uk-clml/ssi-2031-210-revised.clml.xml"));

    assertThat(ssi.id()).isEqualTo("test-source:ssi/2031/210");
    assertThat(ssi.jurisdiction()).isEqualTo("GB");
    assertThat(ssi.type()).isEqualTo("regulation");
    assertThat(ssi.url()).isEqualTo("http://www.legislation.gov.uk/ssi/2031/210");
    assertThat(ssi.textUrl()).isEqualTo("http://www.legislation.gov.uk/ssi/2031/210/data.xml");
    assertThat(ssi.summary()).isNull();
    assertThat(ssi.subjects()).containsExactly("NETWORK SECURITY", "ELECTRONIC COMMUNICATIONS");
    // A revised text is not the one first issued: no published date; effective is the first date.
    assertThat(ssi.dates())
        .isEqualTo(
            new ItemDates(
                null,
                null,
                LocalDate.of(2031, 3, 18),
                LocalDate.of(2031, 4, 30),
                LocalDate.of(2031, 10, 2)));
    assertThat(ssi.text())
        .startsWith(
            String.join(
                "\n\n",
                "2031 No. 210",
                "Network Security",
                "The Network Security (Scotland) Regulations 2031",
                "Made 18th March 2031",
                "Laid before the Scottish Parliament 19th March 2031",
                "Coming into force",
                "regulations 1 and 2 30th April 2031",
                "regulation 3 1st October 2031",
                "The Scottish Ministers make the following Regulations"))
        .contains(
            "\n\n2.—(1) A report must state the time at which the incident began.\n\n(2) . . .\n\n")
        .contains("\n\nA. Minister\n\n")
        .endsWith(
            "EXPLANATORY NOTE\n\n(This note is not part of the Regulations)\n\n"
                + "These Regulations require operators in Scotland to report network security"
                + " incidents.")
        .doesNotContain("2031 c. 7.");
  }

  @Test
  void rejectsTheMalformedFixture() {
    assertThat(rejection(parse(fixture("legislation-gov-uk-clml/malformed.clml.xml"))))
        .startsWith("legislation-gov-uk-clml: malformed XML at line 6");
  }

  @Test
  void rejectsADocumentWithoutAnIdUri() {
    String clml =
        "<Legislation xmlns=\"http://www.legislation.gov.uk/namespaces/legislation\">"
            + "<Primary><Body><P1><Pnumber>1</Pnumber></P1></Body></Primary></Legislation>";

    assertThat(rejection(parse(clml)))
        .isEqualTo(
            "legislation-gov-uk-clml: a CLML <Legislation> without an IdURI: the item cannot be"
                + " identified");
  }

  @Test
  void rejectsAFeedWhereADocumentWasExpected() {
    assertThat(
            rejection(parse(payload("legislation-gov-uk/search-title-data-protection.feed.xml"))))
        .isEqualTo(
            "legislation-gov-uk-clml: expected a CLML <Legislation>, got <feed> (namespace"
                + " http://www.w3.org/2005/Atom)");
  }
}
