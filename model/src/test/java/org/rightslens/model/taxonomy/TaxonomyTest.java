package org.rightslens.model.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.rightslens.model.item.TagKind;

class TaxonomyTest {

  @Test
  void bundledTaxonomyHasThirteenRecommendationsInOfficialWording() {
    Taxonomy taxonomy = Taxonomy.load();
    assertThat(taxonomy.recommendations()).hasSize(13);
    assertThat(taxonomy.recommendation(8).orElseThrow().text())
        .startsWith(
            "Cybersecurity-related laws, policies and practices should reflect the key role")
        .contains("encryption and anonymity");
    assertThat(taxonomy.recommendation(12).orElseThrow().text())
        .isEqualTo(
            "Human rights respecting cybersecurity best practices should be shared and promoted"
                + " among all stakeholders");
  }

  @Test
  void bundledTaxonomyHasTheConcernsAndSafeguardsOfPartB() {
    Taxonomy taxonomy = Taxonomy.load();
    assertThat(taxonomy.entries(TagKind.CONCERN)).hasSize(23);
    assertThat(taxonomy.entries(TagKind.SAFEGUARD)).hasSize(17);
    TaxonomyEntry entry = taxonomy.entry("encryption-weakening").orElseThrow();
    assertThat(entry.kind()).isEqualTo(TagKind.CONCERN);
    assertThat(entry.recommendations()).containsExactly(8, 7, 9);
    assertThat(taxonomy.entry("judicial-authorisation").orElseThrow().kind())
        .isEqualTo(TagKind.SAFEGUARD);
    assertThat(taxonomy.entry("warrantless-access").orElseThrow().mitigatedBy())
        .containsExactly("judicial-authorisation");
    assertThat(taxonomy.entries(TagKind.TOPIC))
        .extracting(TaxonomyEntry::id)
        .contains("cybersecurity", "cybercrime")
        .allSatisfy(id -> assertThat(taxonomy.entry(id).orElseThrow().recommendations()).isEmpty());
  }

  @Test
  void everyEntryPointsAtExistingRecommendations() {
    Taxonomy taxonomy = Taxonomy.load();
    taxonomy
        .entries()
        .forEach(
            e ->
                e.recommendations()
                    .forEach(n -> assertThat(taxonomy.recommendation(n)).as(e.id()).isPresent()));
  }

  @Test
  void invalidTaxonomyIsRejectedNamingEachProblem() {
    String yaml =
        """
        recommendations:
          - {number: 1, text: "one", citation: "c"}
          - {number: 1, text: "again", citation: "c"}
        concerns:
          - {id: Bad_Id, label: "x", recommendations: [1]}
          - {id: ok-one, label: "x", recommendations: [14], mitigatedBy: [nowhere]}
        safeguards:
          - {id: ok-one, label: "y", recommendations: [2]}
        """;
    assertThatThrownBy(
            () ->
                Taxonomy.parse(
                    new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "t.yaml"))
        .isInstanceOf(TaxonomyException.class)
        .hasMessageContaining("t.yaml: recommendations[1].number: recommendation 1 appears twice")
        .hasMessageContaining("number 13 is missing")
        .hasMessageContaining("concerns[0].id: expected a kebab-case id, got Bad_Id")
        .hasMessageContaining("concerns[1].recommendations: no recommendation 14")
        .hasMessageContaining("safeguards[0].id: ok-one is used twice")
        .hasMessageContaining("concerns[1].mitigatedBy: nowhere is not a safeguard");
  }
}
