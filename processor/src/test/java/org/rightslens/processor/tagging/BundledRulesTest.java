package org.rightslens.processor.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.rightslens.model.taxonomy.Taxonomy;

class BundledRulesTest {

  private static final Taxonomy TAXONOMY = Taxonomy.load();

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "es", "pt"})
  void theBundledRulesOfEachLanguageAreValidAndCompileWhole(String language) {
    String yaml = BundledRules.files().get(language);
    assertThat(yaml).as("bundled rules/" + language + ".yaml").isNotNull();

    RulesReader.Result read = new RulesReader(TAXONOMY).read(yaml, language + ".yaml");

    assertThat(read.problems()).as(language).isEmpty();
    assertThat(read.file().language()).isEqualTo(language);
    assertThat(read.file().rules())
        .as(language + ": has rules for the cybersecurity topic")
        .anyMatch(rule -> rule.tag().equals("cybersecurity"));
    try (LanguageRules compiled = LanguageRules.compile(read.file())) {
      assertThat(compiled.size())
          .as(language + ": every rule compiles")
          .isEqualTo(read.file().rules().size());
    }
  }
}
