package org.rightslens.indexer.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.rightslens.indexer.TestItems.english;
import static org.rightslens.indexer.TestItems.item;
import static org.rightslens.indexer.TestItems.judicialAuthorisation;
import static org.rightslens.indexer.TestItems.retention;
import static org.rightslens.indexer.TestItems.sample;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rightslens.indexer.index.ItemIndex;
import org.rightslens.model.item.TaggedItem;

class SearchServiceTest {

  @TempDir Path dir;

  private ItemIndex index;
  private SearchService search;

  @BeforeEach
  void index() throws Exception {
    index = new ItemIndex(dir);
    List<TaggedItem> items = new ArrayList<>(sample());
    items.add(
        item(
            "t:renseignement",
            "FR",
            "fr",
            "in-force",
            "Loi relative au renseignement",
            "Les opérateurs conservent les données de connexion. Les techniques de recueil de"
                + " renseignement sont autorisées par le Premier ministre.",
            LocalDate.of(2015, 7, 24),
            1,
            List.of(retention())));
    items.add(
        item(
            "t:draft",
            "KE",
            "en",
            "proposed",
            "Computer Misuse and Cybercrimes (Amendment) Bill",
            "A judge may authorise the interception of communications data on application.",
            null,
            1,
            List.of(judicialAuthorisation())));
    index.apply(items, Map.of());
    search = new SearchService(index);
  }

  @AfterEach
  void close() throws Exception {
    index.close();
  }

  private List<String> ids(SearchResult result) {
    return result.hits().stream().map(SearchHit::id).toList();
  }

  @Test
  void aPhraseFindsItsItemWithTheMatchHighlighted() {
    SearchResult phrase = search.search(SearchRequest.of("\"technical capability notice\""));

    assertThat(ids(phrase)).containsExactly("t:ipa");
    assertThat(phrase.hits().get(0).highlights().get(0))
        .contains("<mark>technical capability notice</mark>");
    assertThat(phrase.hits().get(0).tags()).containsExactly("mandatory-data-retention");
    assertThat(phrase.hits().get(0).region()).isEqualTo("Europe");
  }

  @Test
  void wordsAreStemmedInTheItemsOwnLanguage() {
    SearchResult notices = search.search(SearchRequest.of("notices"));
    assertThat(ids(notices)).containsOnly("t:ipa", "t:taa");
    assertThat(notices.hits().get(0).highlights()).anyMatch(h -> h.contains("<mark>notice</mark>"));
    SearchResult french = search.search(SearchRequest.of("donnée connexion"));
    assertThat(ids(french)).containsExactly("t:renseignement");
    assertThat(french.hits().get(0).highlights())
        .containsExactly(
            "Les opérateurs conservent les <mark>données</mark> de <mark>connexion</mark>. ");
    assertThat(ids(search.search(SearchRequest.of("title:renseignement"))))
        .containsExactly("t:renseignement");
  }

  @Test
  void filtersCombineAcrossDimensionsAndOrWithinOne() {
    SearchRequest all = SearchRequest.of("");

    assertThat(ids(search.search(all.withFilter("jurisdiction", "gb")))).containsExactly("t:ipa");
    assertThat(ids(search.search(all.withFilter("jurisdiction", "GB", "AU"))))
        .containsExactlyInAnyOrder("t:ipa", "t:taa");
    assertThat(ids(search.search(all.withFilter("region", "Europe").withFilter("language", "fr"))))
        .containsExactly("t:renseignement");
    assertThat(
            ids(
                search.search(
                    all.withFilter("tag", "mandatory-data-retention")
                        .withFilter("recommendation", "8")
                        .withFilter("rightsAffecting", "true"))))
        .containsExactlyInAnyOrder("t:ipa", "t:renseignement");
    assertThat(ids(search.search(all.withFilter("kind", "safeguard")))).containsExactly("t:draft");
    assertThat(ids(search.search(all.withFilter("status", "proposed")))).containsExactly("t:draft");
    assertThat(ids(search.search(all.withFilter("region", "europe").withFilter("kind", "Concern"))))
        .containsExactlyInAnyOrder("t:ipa", "t:renseignement");
    assertThat(ids(search.search(all.withFilter("recommendation", "08"))))
        .containsExactlyInAnyOrder("t:ipa", "t:renseignement", "t:draft");
  }

  @Test
  void facetCountsOfAFilteredDimensionStillShowItsOtherValues() {
    SearchResult gb = search.search(SearchRequest.of("").withFilter("jurisdiction", "GB"));

    assertThat(gb.total()).isEqualTo(1);
    assertThat(gb.facets().get("jurisdiction"))
        .containsEntry("GB", 1)
        .containsEntry("AU", 1)
        .containsEntry("FR", 1)
        .containsEntry("EU", 1)
        .containsEntry("KE", 1);
    assertThat(gb.facets().get("region")).containsExactlyEntriesOf(Map.of("Europe", 1));
    assertThat(gb.facets().get("tag"))
        .containsExactlyEntriesOf(Map.of("mandatory-data-retention", 1));
    assertThat(gb.facets().keySet())
        .containsExactly(
            "jurisdiction",
            "region",
            "tag",
            "recommendation",
            "kind",
            "type",
            "status",
            "language",
            "rightsAffecting",
            "month");

    SearchResult all = search.search(SearchRequest.of(""));
    assertThat(all.facets().get("region"))
        .containsEntry("Europe", 3)
        .containsEntry("Asia-Pacific", 1)
        .containsEntry("Africa", 1);
    assertThat(all.facets().get("rightsAffecting"))
        .containsEntry("true", 2)
        .containsEntry("false", 3);
    assertThat(all.facets().get("recommendation")).containsEntry("8", 3).containsEntry("1", 2);
    assertThat(all.facets().get("month").keySet())
        .containsExactly("2022-12", "2018-12", "2016-11", "2015-07");
  }

  @Test
  void aDateRangeKeepsDatedItemsInsideIt() {
    SearchResult recent =
        search.search(
            SearchRequest.of("").between(LocalDate.of(2016, 1, 1), LocalDate.of(2019, 1, 1)));

    assertThat(ids(recent)).containsExactlyInAnyOrder("t:ipa", "t:taa");
    assertThat(recent.facets().get("month")).containsOnlyKeys("2016-11", "2018-12");
  }

  @Test
  void resultsSortByDateWithUndatedItemsLast() {
    assertThat(ids(search.search(SearchRequest.of("").orderedBy(SearchOrder.NEWEST))))
        .containsExactly("t:nis2", "t:taa", "t:ipa", "t:renseignement", "t:draft");
    assertThat(ids(search.search(SearchRequest.of("").orderedBy(SearchOrder.OLDEST))))
        .containsExactly("t:renseignement", "t:ipa", "t:taa", "t:nis2", "t:draft");
  }

  @Test
  void pagesDoNotOverlapAndCoverEveryItem() {
    SearchRequest byDate = SearchRequest.of("").orderedBy(SearchOrder.NEWEST);
    List<String> seen = new ArrayList<>();
    for (int page = 1; page <= 3; page++) {
      SearchResult result = search.search(byDate.page(page, 2));
      assertThat(result.total()).isEqualTo(5);
      seen.addAll(ids(result));
    }
    assertThat(seen).doesNotHaveDuplicates().hasSize(5);
  }

  @Test
  void syntaxErrorsNameTheirPosition() {
    assertThatThrownBy(() -> search.search(SearchRequest.of("encryption AND")))
        .isInstanceOf(InvalidSearchException.class)
        .hasMessageStartingWith("q: syntax error at position 14")
        .extracting(e -> ((InvalidSearchException) e).position())
        .isEqualTo(14);
    assertThatThrownBy(() -> search.search(SearchRequest.of("\"unclosed phrase")))
        .hasMessageStartingWith("q: syntax error");
    assertThatThrownBy(() -> search.search(SearchRequest.of("column 5 AND")))
        .extracting(e -> ((InvalidSearchException) e).position())
        .isEqualTo(12);
    assertThatThrownBy(() -> search.search(SearchRequest.of("encryption\nAND")))
        .extracting(e -> ((InvalidSearchException) e).position())
        .isEqualTo(14);
  }

  @Test
  void queriesThatCouldRunAwayAreRefused() {
    assertThatThrownBy(() -> search.search(SearchRequest.of("*crypt")))
        .hasMessageContaining("cannot start with *");
    assertThatThrownBy(() -> search.search(SearchRequest.of("e*")))
        .hasMessageContaining("letters before a trailing *");
    assertThatThrownBy(() -> search.search(SearchRequest.of("/enc.*/")))
        .hasMessageContaining("regular expressions are not supported");
    assertThatThrownBy(() -> search.search(SearchRequest.of("[a TO z]")))
        .hasMessageContaining("ranges of words are not supported");
    assertThatThrownBy(() -> search.search(SearchRequest.of("text:{* TO *}")))
        .hasMessageContaining("ranges of words are not supported");
    String huge = String.join(" OR ", java.util.Collections.nCopies(80, "word"));
    assertThatThrownBy(() -> search.search(SearchRequest.of(huge)))
        .hasMessageContaining("too many clauses");
    assertThatThrownBy(() -> search.search(SearchRequest.of("x".repeat(1001))))
        .hasMessageContaining("at most 1000 characters");
    assertThat(ids(search.search(SearchRequest.of("encr*")))).isEmpty();
    assertThat(ids(search.search(SearchRequest.of("intercept*")))).containsExactly("t:draft");
  }

  @Test
  void badFiltersAreRefusedWithTheirName() {
    SearchRequest all = SearchRequest.of("");
    assertThatThrownBy(() -> all.withFilter("recommendation", "14"))
        .hasMessageContaining("recommendation: expected a number from 1 to 13");
    assertThatThrownBy(() -> all.withFilter("rightsAffecting", "yes"))
        .hasMessageContaining("rightsAffecting: expected true or false");
    assertThatThrownBy(() -> all.withFilter("region", "Atlantis"))
        .hasMessageContaining("region: expected one of [Africa, Americas");
    assertThatThrownBy(() -> all.withFilter("colour", "red"))
        .hasMessageContaining("unknown filter \"colour\"");
    assertThatThrownBy(() -> all.page(0, 20)).hasMessageContaining("page");
    assertThatThrownBy(() -> all.between(LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1)))
        .hasMessageContaining("is after");
    assertThatThrownBy(() -> SearchOrder.parse("random"))
        .hasMessageContaining("sort: expected relevance, newest, oldest");
  }

  @Test
  void aSearchThatReachesItsTimeLimitSaysItsResultsArePartial() {
    SearchService hurried = new SearchService(index, java.time.Duration.ZERO);
    SearchResult result = hurried.search(SearchRequest.of("notice"));
    assertThat(result.partial()).isTrue();
    assertThat(search.search(SearchRequest.of("notice")).partial()).isFalse();
  }

  @Test
  void searchesAndTheirFacetCountsFollowTheIndexAcrossRefreshes() throws Exception {
    assertThat(search.search(SearchRequest.of("")).facets().get("jurisdiction"))
        .doesNotContainKey("NZ");
    for (int i = 0; i < 3; i++) {
      index.apply(
          List.of(english("t:new" + i, "NZ", "New Act " + i, "Text.", LocalDate.of(2024, 1, 1))),
          Map.of());
      SearchResult after = search.search(SearchRequest.of(""));
      assertThat(after.total()).isEqualTo(6 + i);
      assertThat(after.facets().get("jurisdiction")).containsEntry("NZ", i + 1);
    }
  }

  @Test
  void aMatchDeepInALongTextIsHighlighted(@TempDir Path other) throws Exception {
    String text = "Filler words about nothing in particular. ".repeat(2_000) + "A wombat clause.";
    try (ItemIndex longText = new ItemIndex(other)) {
      longText.apply(
          List.of(english("t:long", "GB", "Long Act", text, LocalDate.of(2020, 1, 1))), Map.of());
      SearchResult result = new SearchService(longText).search(SearchRequest.of("wombat"));
      assertThat(result.hits().get(0).highlights())
          .containsExactly("A <mark>wombat</mark> clause.");
    }
  }

  @Test
  void anEmptyIndexAnswersWithNoHitsAndEmptyFacets(@TempDir Path empty) throws Exception {
    try (ItemIndex nothing = new ItemIndex(empty)) {
      SearchResult result =
          new SearchService(nothing).search(SearchRequest.of("x").withFilter("tag", "t"));
      assertThat(result.total()).isZero();
      assertThat(result.facets().get("tag")).isEmpty();
    }
  }
}
