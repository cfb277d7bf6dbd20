package org.rightslens.processor.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.rightslens.model.taxonomy.Taxonomy;

class BundledRulesTest {

  private static final Taxonomy TAXONOMY = Taxonomy.load();

  @Test
  void everyBundledRulesFileIsValidAndCompilesWhole() {
    Map<String, String> files = BundledRules.files();
    assertThat(files).containsKeys("en", "fr", "es", "pt");
    RulesReader reader = new RulesReader(TAXONOMY);
    files.forEach(
        (language, yaml) -> {
          RulesReader.Result read = reader.read(yaml, language + ".yaml");
          assertThat(read.problems()).as(language).isEmpty();
          assertThat(read.file().language()).isEqualTo(language);
          assertThat(LanguageRules.compile(read.file()).size())
              .as(language + ": every rule compiles")
              .isEqualTo(read.file().rules().size());
        });
  }

  @Test
  void everyLanguageHasRulesForTheCybersecurityTopic() {
    RulesReader reader = new RulesReader(TAXONOMY);
    BundledRules.files()
        .forEach(
            (language, yaml) ->
                assertThat(reader.read(yaml, language).file().rules())
                    .as(language)
                    .anyMatch(rule -> rule.tag().equals("cybersecurity")));
  }
}
