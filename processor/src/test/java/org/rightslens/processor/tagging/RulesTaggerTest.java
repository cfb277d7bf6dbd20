package org.rightslens.processor.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightslens.model.item.Evidence;
import org.rightslens.model.item.ItemDates;
import org.rightslens.model.item.LegislationItem;
import org.rightslens.model.item.Tag;
import org.rightslens.model.item.TagKind;
import org.rightslens.model.taxonomy.Taxonomy;

class RulesTaggerTest {

  private static final Taxonomy TAXONOMY = Taxonomy.load();
  private final RulesTagger tagger =
      new RulesTagger(
          RuleBook.of(Map.of("en", TestRules.EN, "fr", TestRules.FR), TAXONOMY), TAXONOMY);

  static LegislationItem item(String title, String text, String language) {
    return new LegislationItem(
        "test:1",
        "test",
        "GB",
        title,
        "act",
        "enacted",
        language,
        null,
        null,
        null,
        text,
        List.of(),
        new ItemDates(null, null, null, null, null),
        Instant.EPOCH,
        null,
        0);
  }

  @Test
  void everyTagCarriesEvidenceWhoseOffsetsPointAtTheItemsText() {
    String text =
        "Part 1. Interpretation.\n"
            + "Section 3. An officer may intercept communications without a warrant where the"
            + " security of computer systems is at risk. The provider shall publish a transparency"
            + " report each year.";
    LegislationItem item = item("Network Security Act", text, "en");

    Assessment a = tagger.assess(item);

    assertThat(a.tagIds())
        .containsExactlyInAnyOrder("cybersecurity", "warrantless-access", "transparency-reporting");
    for (Tag tag : a.tags()) {
      assertThat(tag.evidence()).as(tag.id()).isNotEmpty();
      for (Evidence e : tag.evidence()) {
        String source = e.field().equals(Evidence.IN_TITLE) ? item.title() : item.text();
        assertThat(source.substring(e.start(), e.end())).isEqualTo(e.text());
      }
    }
    Tag access = tag(a, "warrantless-access");
    assertThat(access.kind()).isEqualTo(TagKind.CONCERN);
    assertThat(access.recommendations()).containsExactly(1, 4, 5);
    assertThat(access.evidence().get(0).text())
        .isEqualTo(
            "Section 3. An officer may intercept communications without a warrant where the"
                + " security of computer systems is at risk.");
    assertThat(access.evidence().get(0).rule()).isEqualTo("en.warrantless-access.without-warrant");
    assertThat(a.rightsAffecting()).isTrue();
    assertThat(a.cybersecurity()).isTrue();
    assertThat(a.taggerVersion()).isEqualTo("rightslens-tagger-1/en@t1");
  }

  @Test
  void negationTurnsAConcernIntoASafeguard() {
    Assessment duty =
        tagger.assess(
            item("Act", "A provider shall build a systemic weakness into its service.", "en"));
    Assessment bar =
        tagger.assess(
            item(
                "Act", "A notice must not require a provider to build a systemic weakness.", "en"));

    assertThat(duty.tagIds())
        .contains("encryption-weakening")
        .doesNotContain("encryption-protection");
    assertThat(bar.tagIds())
        .contains("encryption-protection")
        .doesNotContain("encryption-weakening");
  }

  @Test
  void aSafeguardInTheSameTextWeighsAgainstItsConcern() {
    String concern = "Officers may access stored data without a warrant. ";
    Assessment alone = tagger.assess(item("Act", concern, "en"));
    Assessment answered =
        tagger.assess(
            item("Act", concern + "Any interception needs a warrant issued by a judge.", "en"));

    assertThat(alone.rightsAffecting()).isTrue();
    assertThat(answered.tagIds()).contains("warrantless-access", "judicial-authorisation");
    assertThat(answered.rightsAffecting()).isFalse();
  }

  @Test
  void safeguardWordsInTheTitleAloneDoNotMakeASafeguard() {
    Assessment a =
        tagger.assess(item("Transparency Report Rules", "The regulator may block websites.", "en"));

    assertThat(a.tagIds()).doesNotContain("transparency-reporting");
  }

  @Test
  void securityWithoutACyberContextIsNotCybersecurity() {
    Assessment a =
        tagger.assess(
            item(
                "Social Security Act", "Contributions to social security are paid monthly.", "en"));

    assertThat(a.cybersecurity()).isFalse();
    assertThat(a.cyberScore()).isZero();
  }

  @Test
  void hitsInThePreambleWeighLessThanInTheOperativeProvisions() {
    String operative = "Article 1\nThe security of computer systems shall be ensured.";
    String preamble = "Whereas the security of computer systems matters,\nArticle 1\nScope.";
    double inBody = tagger.assess(item("Act", operative, "en")).cyberScore();
    double inPreamble = tagger.assess(item("Act", preamble, "en")).cyberScore();

    assertThat(inBody).isEqualTo(0.7);
    assertThat(inPreamble).isEqualTo(0.42);
  }

  @Test
  void theItemsLanguageChoosesTheRulesAndIsDetectedWhenNotGiven() {
    String french =
        "Les agents peuvent accéder aux données de connexion sans autorisation du juge, dans les"
            + " conditions fixées par décret en Conseil d'État.";
    Assessment declared = tagger.assess(item("Loi", french, "fr-FR"));
    Assessment detected = tagger.assess(item("Loi relative au renseignement", french, null));

    assertThat(declared.tagIds()).containsExactly("warrantless-access");
    assertThat(detected.language()).isEqualTo("fr");
    assertThat(detected.tagIds()).containsExactly("warrantless-access");
  }

  @Test
  void anItemInALanguageWithoutRulesIsMarkedAndNotTreatedAsEnglish() {
    Assessment a =
        tagger.assess(
            item(
                "Gesetz",
                "Die Behörde darf ohne richterliche Anordnung auf gespeicherte Daten zugreifen.",
                "de"));

    assertThat(a.tags()).isEmpty();
    assertThat(a.note()).isEqualTo("no rules for language \"de\": not tagged");
    assertThat(a.taggerVersion()).isEqualTo("rightslens-tagger-1/de@none");
  }

  @Test
  void poisonInputIsTaggedWithoutFailing() {
    StringBuilder junk = new StringBuilder();
    for (int i = 0; i < 300_000; i++) {
      junk.append((char) (i * 7919 % 0xD7FF));
    }
    assertThat(tagger.assess(item("", "", "en")).tags()).isEmpty();
    assertThat(tagger.assess(item(null, null, "en")).tags()).isEmpty();
    assertThat(tagger.assess(item("x", junk.toString(), "en")).taggerVersion())
        .startsWith("rightslens-tagger-1/en@");
    String huge = "The security of computer systems. ".repeat(70_000);
    Assessment big = tagger.assess(item("Act", huge, "en"));
    assertThat(big.note()).contains("only its start was read");
    assertThat(tag(big, "cybersecurity").evidence()).hasSize(RulesTagger.MAX_EVIDENCE_PER_TAG);
  }

  private static Tag tag(Assessment a, String id) {
    return a.tags().stream().filter(t -> t.id().equals(id)).findFirst().orElseThrow();
  }
}
