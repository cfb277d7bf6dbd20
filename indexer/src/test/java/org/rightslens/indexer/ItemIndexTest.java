package org.rightslens.indexer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightslens.indexer.index.ItemIndex;
import org.rightslens.indexer.search.InvalidSearchException;
import org.rightslens.indexer.search.SearchRequest;
import org.rightslens.indexer.search.SearchResult;
import org.rightslens.indexer.search.SearchService;
import org.rightslens.model.item.Evidence;
import org.rightslens.model.item.ItemDates;
import org.rightslens.model.item.LegislationItem;
import org.rightslens.model.item.Tag;
import org.rightslens.model.item.TagChanges;
import org.rightslens.model.item.TagKind;
import org.rightslens.model.item.TaggedItem;

class ItemIndexTest {

  @TempDir Path dir;

  private static TaggedItem item(
      String id,
      String jurisdiction,
      String title,
      String text,
      LocalDate adopted,
      int version,
      List<Tag> tags) {
    LegislationItem item =
        new LegislationItem(
            id,
            id.substring(0, id.indexOf(':')),
            jurisdiction,
            title,
            "act",
            "in-force",
            "en",
            "https://example.org/" + id,
            null,
            null,
            text,
            List.of(),
            new ItemDates(null, null, adopted, null, null),
            null,
            "h" + version,
            version);
    return new TaggedItem(
        item,
        false,
        0,
        !tags.isEmpty(),
        tags,
        "test",
        version == 1 ? null : new TagChanges(List.of(), List.of()));
  }

  private static Tag retention() {
    return new Tag(
        "mandatory-data-retention",
        TagKind.CONCERN,
        "Mandatory data retention",
        List.of(1, 5, 8),
        0.8,
        List.of(new Evidence("retain", 0, 6, "r")));
  }

  private static List<TaggedItem> sample() {
    return List.of(
        item(
            "t:ipa",
            "GB",
            "Investigatory Powers Act 2016",
            "A technical capability notice may require the removal of electronic protection.",
            LocalDate.of(2016, 11, 29),
            1,
            List.of(retention())),
        item(
            "t:taa",
            "AU",
            "Telecommunications and Other Legislation Amendment (Assistance and Access) Act 2018",
            "A technical assistance notice may require a provider to give help.",
            LocalDate.of(2018, 12, 8),
            1,
            List.of()),
        item(
            "t:nis2",
            "EU",
            "NIS 2 Directive",
            "Essential entities must notify significant incidents without undue delay.",
            LocalDate.of(2022, 12, 14),
            1,
            List.of()));
  }

  @Test
  void itemsAreSearchableWithPhrasesFiltersFacetsAndHighlights() throws Exception {
    try (ItemIndex index = new ItemIndex(dir)) {
      index.apply(sample(), Map.of("topic/0", 3L));
      SearchService search = new SearchService(index);

      SearchResult phrase = search.search(SearchRequest.of("\"technical capability notice\""));
      assertThat(phrase.hits()).extracting(h -> h.id()).containsExactly("t:ipa");
      assertThat(phrase.hits().get(0).highlights().get(0))
          .contains("<mark>technical capability notice</mark>");
      assertThat(phrase.hits().get(0).tags()).containsExactly("mandatory-data-retention");

      SearchResult notices = search.search(SearchRequest.of("notice"));
      assertThat(notices.total()).isEqualTo(2);
      assertThat(notices.facets().get("jurisdiction"))
          .containsEntry("GB", 1)
          .containsEntry("AU", 1);

      SearchResult recent =
          search.search(
              new SearchRequest(
                  "", null, null, null, null, null, LocalDate.of(2018, 1, 1), null, 1, 20));
      assertThat(recent.hits())
          .extracting(h -> h.id())
          .containsExactlyInAnyOrder("t:taa", "t:nis2");
      assertThat(recent.facets().get("month")).containsOnlyKeys("2018-12", "2022-12");

      SearchResult gb =
          search.search(new SearchRequest("", "gb", null, null, null, null, null, null, 1, 20));
      assertThat(gb.hits()).extracting(h -> h.id()).containsExactly("t:ipa");
      SearchResult tagged =
          search.search(
              new SearchRequest(
                  "", null, "mandatory-data-retention", 8, null, true, null, null, 1, 20));
      assertThat(tagged.total()).isEqualTo(1);
      assertThat(search.search(SearchRequest.of("")).facets().get("recommendation"))
          .containsEntry("8", 1);
    }
  }

  @Test
  void pagesDoNotOverlap() throws Exception {
    try (ItemIndex index = new ItemIndex(dir)) {
      index.apply(sample(), Map.of());
      SearchService search = new SearchService(index);
      var p1 = search.search(new SearchRequest("", null, null, null, null, null, null, null, 1, 2));
      var p2 = search.search(new SearchRequest("", null, null, null, null, null, null, null, 2, 2));
      assertThat(p1.hits()).hasSize(2);
      assertThat(p2.hits()).hasSize(1);
      assertThat(p1.hits()).extracting(h -> h.id()).doesNotContain(p2.hits().get(0).id());
    }
  }

  @Test
  void badQueriesAreRefusedWithTheirPosition() throws Exception {
    try (ItemIndex index = new ItemIndex(dir)) {
      SearchService search = new SearchService(index);
      assertThatThrownBy(() -> search.search(SearchRequest.of("encryption AND")))
          .isInstanceOf(InvalidSearchException.class)
          .hasMessageContaining("cannot parse")
          .hasMessageContaining("column");
      assertThatThrownBy(() -> search.search(SearchRequest.of("*crypt")))
          .hasMessageContaining("not allowed as first character");
      assertThatThrownBy(() -> search.search(SearchRequest.of("/enc.*/")))
          .hasMessageContaining("regular expressions are not supported");
      assertThatThrownBy(
              () -> new SearchRequest("x", null, null, null, null, null, null, null, 0, 20))
          .hasMessageContaining("page");
    }
  }

  @Test
  void newVersionReplacesTheCurrentDocumentAndKeepsHistory() throws Exception {
    try (ItemIndex index = new ItemIndex(dir)) {
      TaggedItem v1 = sample().get(0);
      TaggedItem v2 =
          item(
              "t:ipa",
              "GB",
              "Investigatory Powers Act 2016",
              "Amended text.",
              LocalDate.of(2016, 11, 29),
              2,
              List.of());
      index.apply(List.of(v1), Map.of());
      index.apply(List.of(v2, v2), Map.of());
      index.apply(List.of(v1), Map.of()); // a replay of version 1 adds no document
      assertThat(index.count()).isEqualTo(1);
      assertThat(index.versions("t:ipa")).extracting(v -> v.item().version()).containsExactly(1, 2);
    }
  }

  @Test
  void offsetsAreCommittedWithTheDocumentsAndSurviveReopening() throws Exception {
    try (ItemIndex index = new ItemIndex(dir)) {
      index.apply(
          sample().subList(0, 2),
          Map.of("rightslens.items.tagged/0", 2L, "rightslens.items.tagged/1", 7L));
      index.apply(sample().subList(2, 3), Map.of("rightslens.items.tagged/1", 8L));
    }
    try (ItemIndex reopened = new ItemIndex(dir)) {
      assertThat(reopened.count()).isEqualTo(3);
      assertThat(reopened.committedOffsets())
          .containsEntry("rightslens.items.tagged/0", 2L)
          .containsEntry("rightslens.items.tagged/1", 8L);
      assertThat(reopened.find("t:nis2"))
          .get()
          .extracting(t -> t.item().title())
          .isEqualTo("NIS 2 Directive");
      assertThat(reopened.find("t:none")).isEmpty();
    }
  }
}
