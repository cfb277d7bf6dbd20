package org.rightslens.app.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.rightslens.app.importing.ImportFileReader;
import org.rightslens.app.importing.ImportFormat;
import org.rightslens.app.importing.ImportLine;
import org.rightslens.model.item.Evidence;
import org.rightslens.model.item.LegislationItem;
import org.rightslens.model.item.Tag;
import org.rightslens.model.taxonomy.Taxonomy;
import org.rightslens.processor.normalise.ItemNormaliser;
import org.rightslens.processor.tagging.Assessment;
import org.rightslens.processor.tagging.BundledRules;
import org.rightslens.processor.tagging.RuleBook;
import org.rightslens.processor.tagging.RulesTagger;

class StarterCatalogueTest {

  private static List<LegislationItem> items() throws Exception {
    ItemNormaliser normaliser = new ItemNormaliser();
    List<LegislationItem> items = new ArrayList<>();
    for (ImportLine line :
        ImportFileReader.read(StarterCatalogue.content(), ImportFormat.JSON_LINES)) {
      assertThat(line.error()).as("line %d", line.line()).isNull();
      items.add(normaliser.normalise(line.item(), Instant.EPOCH));
    }
    return items;
  }

  @Test
  void everyTagOfEveryEntryCarriesEvidenceThatIsInTheEntry() throws Exception {
    Taxonomy taxonomy = Taxonomy.load();
    int tags = 0;
    try (RuleBook book = RuleBook.of(BundledRules.files(), taxonomy)) {
      RulesTagger tagger = new RulesTagger(book, taxonomy);
      for (LegislationItem item : items()) {
        Assessment assessment = tagger.assess(item);
        for (Tag tag : assessment.tags()) {
          tags++;
          assertThat(tag.evidence()).as("%s %s", item.id(), tag.id()).isNotEmpty();
          for (Evidence e : tag.evidence()) {
            String source = e.field().equals(Evidence.IN_TITLE) ? item.title() : item.text();
            assertThat(source.substring(e.start(), e.end()))
                .as("%s %s %s", item.id(), tag.id(), e.rule())
                .isEqualTo(e.text());
          }
        }
      }
    }
    assertThat(tags).as("the catalogue gets tagged at all").isGreaterThan(100);
  }

  @Test
  void everyEntryIsAValidItem() throws Exception {
    assertThat(items()).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void coversTwentyJurisdictionsIncludingEuUsUkAndTheGlobalSouth() throws Exception {
    Set<String> jurisdictions = new HashSet<>();
    items().forEach(i -> jurisdictions.add(i.jurisdiction()));
    assertThat(jurisdictions).hasSizeGreaterThanOrEqualTo(20).contains("EU", "US", "GB");
    assertThat(jurisdictions)
        .containsAnyOf("NG", "KE", "ZA", "GH", "TZ", "UG", "EG")
        .containsAnyOf("IN", "PK", "BD", "LK", "ID", "MY", "PH", "VN", "TH", "KH")
        .containsAnyOf("BR", "MX", "CO", "NI", "AR", "CL", "PE");
  }

  @Test
  void everyEntryHasAUniqueIdAnOfficialUrlAndASummaryAndNearlyAllADate() throws Exception {
    Set<String> ids = new HashSet<>();
    List<String> undated = new ArrayList<>();
    for (LegislationItem item : items()) {
      assertThat(ids.add(item.id())).as("duplicate id %s", item.id()).isTrue();
      assertThat(item.id()).startsWith("catalogue:");
      assertThat(item.url()).as(item.id()).startsWith("http");
      assertThat(item.summary()).as(item.id()).isNotBlank();
      assertThat(item.text()).as(item.id()).hasSizeGreaterThan(200);
      if (item.dates().primary().isEmpty()) {
        undated.add(item.id());
      }
    }
    // A date is left out only where no official source confirmed it.
    assertThat(undated).hasSizeLessThanOrEqualTo(2);
  }
}
