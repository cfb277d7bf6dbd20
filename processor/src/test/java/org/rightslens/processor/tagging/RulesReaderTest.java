package org.rightslens.processor.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.rightslens.model.taxonomy.Taxonomy;

class RulesReaderTest {

  private final RulesReader reader = new RulesReader(Taxonomy.load());

  @Test
  void aValidFileReadsWithoutProblems() {
    RulesReader.Result result = reader.read(TestRules.EN, "en.yaml");

    assertThat(result.problems()).isEmpty();
    assertThat(result.file().language()).isEqualTo("en");
    assertThat(result.file().rules()).hasSize(7);
  }

  @Test
  void everyProblemNamesTheRuleAndWhereItIs() {
    String yaml =
        """
        language: en
        version: "2"
        rules:
          - id: en.warrantless-access.a
            tag: warrantless-access
            query: '"without a warrant'
            weight: 0.5
          - id: en.warrantless-access.a
            tag: no-such-tag
            query: warrant
            weight: 2
          - id: en.cybersecurity.ok
            tag: cybersecurity
            query: cyber
            weight: 0.5
            colour: blue
          - id: en.cybersecurity.fine
            tag: cybersecurity
            query: cybersecurity
            weight: 0.4
        """;

    RulesReader.Result result = reader.read(yaml, "en.yaml");

    assertThat(result.problems())
        .anySatisfy(
            p -> assertThat(p).startsWith("en.yaml: rules[0] (en.warrantless-access.a).query: "))
        .contains(
            "en.yaml: rules[1] (en.warrantless-access.a).id: used twice",
            "en.yaml: rules[1] (en.warrantless-access.a).tag: no concern, safeguard or topic"
                + " \"no-such-tag\" in the taxonomy",
            "en.yaml: rules[1] (en.warrantless-access.a).weight: expected a number in (0, 1], got 2")
        .anySatisfy(
            p ->
                assertThat(p)
                    .startsWith("en.yaml: rules[2] (en.cybersecurity.ok).colour: unknown key"));
    assertThat(result.file().rules()).extracting(Rule::id).containsExactly("en.cybersecurity.fine");
  }

  @Test
  void notYamlAndUnknownLanguagesAreRefusedWithTheirPosition() {
    assertThat(reader.read("rules: [unclosed", "x.yaml").problems().get(0))
        .startsWith("x.yaml: not YAML at line ");
    assertThat(reader.read("language: de\nversion: 1\nrules: []", "de.yaml").problems())
        .anySatisfy(p -> assertThat(p).startsWith("de.yaml: language: expected one of"));
  }
}
