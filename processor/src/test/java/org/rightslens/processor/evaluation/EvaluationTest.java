package org.rightslens.processor.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rightslens.model.item.ItemDates;
import org.rightslens.model.item.LegislationItem;
import org.rightslens.model.item.Tag;
import org.rightslens.model.item.TagKind;
import org.rightslens.processor.tagging.Assessment;
import org.rightslens.processor.tagging.Tagger;

class EvaluationTest {

  /** Claims the tags named in the item's title, separated by spaces. */
  private static final Tagger TITLE_TAGGER =
      item -> {
        List<Tag> tags =
            item.title().isBlank()
                ? List.of()
                : List.of(item.title().split(" ")).stream()
                    .map(id -> new Tag(id, TagKind.CONCERN, id, List.of(1), 0.9, List.of()))
                    .toList();
        return new Assessment(
            !tags.isEmpty(), tags.isEmpty() ? 0 : 0.9, !tags.isEmpty(), tags, "t", "en", null);
      };

  private static Labelled law(String claimed, boolean rights, String... expected) {
    LegislationItem item =
        new LegislationItem(
            "t:" + claimed.hashCode(),
            "t",
            null,
            claimed,
            "act",
            null,
            "en",
            null,
            null,
            null,
            "text",
            List.of(),
            new ItemDates(null, null, null, null, null),
            Instant.EPOCH,
            null,
            0);
    return new Labelled(item, new Expected(rights, rights, Set.of(expected)));
  }

  @Test
  void countsEachTagAndPoolsThem() {
    EvaluationReport report =
        Evaluation.run(
            TITLE_TAGGER,
            List.of(
                law("a b", true, "a"), // a right, b wrong
                law("a", true, "a", "c"), // a right, c missed
                law("", false, "c"))); // c missed, verdict right

    Score a = score(report, "a");
    assertThat(a.truePositives()).isEqualTo(2);
    assertThat(a.f1()).isEqualTo(1.0);
    Score b = score(report, "b");
    assertThat(b.precision()).isEqualTo(0.0);
    assertThat(b.recall()).isNull();
    assertThat(b.f1()).isEqualTo(0.0);
    Score c = score(report, "c");
    assertThat(c.recall()).isEqualTo(0.0);
    assertThat(c.precision()).isNull();
    assertThat(report.tags().truePositives()).isEqualTo(2);
    assertThat(report.tags().falsePositives()).isEqualTo(1);
    assertThat(report.tags().falseNegatives()).isEqualTo(2);
    assertThat(report.tags().precision()).isEqualTo(0.667);
    assertThat(report.tags().recall()).isEqualTo(0.5);
    assertThat(report.tags().f1()).isEqualTo(0.571);
    assertThat(report.rightsAffecting().f1()).isEqualTo(1.0);
    assertThat(report.perTag().get(0).label()).isEqualTo("a");
    assertThat(report.perLanguage())
        .singleElement()
        .satisfies(
            l -> {
              assertThat(l.language()).isEqualTo("en");
              assertThat(l.items()).isEqualTo(3);
              assertThat(l.tags().truePositives()).isEqualTo(2);
            });
  }

  private static Score score(EvaluationReport report, String label) {
    return report.perTag().stream().filter(s -> s.label().equals(label)).findFirst().orElseThrow();
  }
}
