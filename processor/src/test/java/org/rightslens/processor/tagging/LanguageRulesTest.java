package org.rightslens.processor.tagging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageRulesTest {

  private static RuleFile file(String version) {
    return new RuleFile(
        "en",
        version,
        List.of(
            new Rule(
                "en.mandatory-data-retention.retain",
                "mandatory-data-retention",
                "fn:maxwidth(8 fn:unordered(retain \"communications data\"))",
                0.8,
                "test")));
  }

  private static final String TEXT = "A provider must retain communications data for a year.";

  @Test
  void handlesOnTheSameFileShareOneMonitorThatOutlivesAllButTheLastHandle() {
    LanguageRules first = LanguageRules.compile(file("1"));
    LanguageRules second = LanguageRules.compile(file("1"));
    LanguageRules other = LanguageRules.compile(file("2"));

    assertThat(first.sharesWith(second)).isTrue();
    assertThat(first.sharesWith(other)).isFalse();

    first.close();
    first.close(); // a second close of one handle must not release another's
    assertThat(second.match("", TEXT)).isNotEmpty();

    second.close();
    try (LanguageRules again = LanguageRules.compile(file("1"))) {
      assertThat(again.sharesWith(second)).as("compiled anew after the last close").isFalse();
      assertThat(again.match("", TEXT)).isNotEmpty();
    }
    other.close();
  }
}
