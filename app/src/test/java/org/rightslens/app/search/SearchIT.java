package org.rightslens.app.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.rightslens.app.runtime.RightsLens;
import org.rightslens.app.runtime.RunSettings;
import org.rightslens.app.testing.Api;
import org.rightslens.app.testing.Browser;
import org.rightslens.app.testing.CommandRun;
import org.rightslens.app.testing.KafkaFixture;
import org.rightslens.indexer.index.IndexMapping;
import org.rightslens.indexer.index.Regions;
import org.rightslens.model.item.LegislationItem;
import org.rightslens.model.json.Json;

/**
 * Search as users meet it, with the starter catalogue loaded on a real broker and index (the
 * application's own embedded broker, so that other tests' items do not change the counts): the
 * API's hits and facet counts are checked against the catalogue file itself, then a headless
 * Chromium searches, filters by a facet, goes back, opens an item, shows a tag's evidence, and
 * meets a law whose title is markup.
 */
class SearchIT {

  private static final Duration WAIT = Duration.ofSeconds(90);

  /** Markup in a title: import strips the tags, so what is stored is plain text. */
  private static final String MARKUP_TITLE =
      "<b>Quokka</b> <img src=x onerror=\"window.pwned=1\"><script>window.pwned=2</script> Act";

  private static final String MARKUP_TITLE_ID = "manual:markup-quokka";

  /**
   * Escaped markup in a plain-text title is kept as it is; a page that handled strings as HTML
   * would show it as {@code <img ...>} and could run it.
   */
  private static final String ESCAPED_TITLE =
      "Wombat &lt;img src=x onerror=&quot;window.pwned=3&quot;&gt; Act";

  private static final String ESCAPED_ID = "manual:escaped-wombat";

  /** Ids are checked only for their shape, so one can carry markup to every place it is shown. */
  private static final String MARKUP_ID = "manual:<img/src=x/onerror=window.pwned=4>";

  private static Path dataDir;
  private static RightsLens app;
  private static Api api;
  private static List<LegislationItem> catalogue;
  private static ChromeDriver browser;

  @BeforeAll
  static void start() throws Exception {
    catalogue = catalogue();
    dataDir = Files.createTempDirectory("rightslens-search-it");
    app = RightsLens.start(new RunSettings("127.0.0.1", 0, dataDir, null, (short) 1, true, null));
    api = new Api(app.port());
    String lines =
        hostile(MARKUP_TITLE_ID, MARKUP_TITLE, "A quokka provision.")
            + "\n"
            + hostile(ESCAPED_ID, ESCAPED_TITLE, "A wombat provision.")
            + "\n"
            + hostile(MARKUP_ID, "Numbat Act", "A numbat provision.")
            + "\n";
    assertThat(api.post("/api/import", "application/x-ndjson", lines).status()).isEqualTo(200);
    await()
        .atMost(WAIT)
        .until(
            () -> {
              JsonNode health = api.get("/api/health").json();
              return health.path("indexed").asInt() == catalogue.size() + 3
                  && health.path("lag").asLong() == 0;
            });
    browser = Browser.start();
  }

  @AfterAll
  static void stop() {
    if (browser != null) {
      browser.quit();
    }
    if (app != null) {
      app.close();
    }
    KafkaFixture.delete(dataDir);
  }

  private static String hostile(String id, String title, String lead) {
    return Json.write(
        Map.of(
            "id",
            id,
            "title",
            title,
            "jurisdiction",
            "NZ",
            "type",
            "bill",
            "text",
            lead
                + " The Minister may order a provider to block any website without a court"
                + " order.",
            "dates",
            Map.of("introduced", "2031-02-03")));
  }

  private static List<LegislationItem> catalogue() throws Exception {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(
                    SearchIT.class.getResourceAsStream("/catalogue/starter.jsonl")),
                StandardCharsets.UTF_8))) {
      return in.lines()
          .filter(l -> !l.isBlank())
          .map(l -> Json.read(l, LegislationItem.class))
          .toList();
    }
  }

  private static JsonNode search(String query) {
    Api.Response response = api.get("/api/search?size=100&" + query);
    assertThat(response.status()).as(response.body()).isEqualTo(200);
    return response.json();
  }

  private static List<String> ids(JsonNode result) {
    return result.get("hits").findValuesAsText("id");
  }

  private static List<String> expected(Predicate<LegislationItem> predicate) {
    return catalogue.stream().filter(predicate).map(LegislationItem::id).toList();
  }

  private static Map<String, Integer> facet(JsonNode result, String dimension) {
    Map<String, Integer> counts = new TreeMap<>();
    result
        .get("facets")
        .get(dimension)
        .fields()
        .forEachRemaining(e -> counts.put(e.getKey(), e.getValue().asInt()));
    return counts;
  }

  private static Map<String, Integer> countBy(
      List<String> ids, java.util.function.Function<LegislationItem, String> key) {
    return catalogue.stream()
        .filter(i -> ids.contains(i.id()))
        .collect(Collectors.groupingBy(key, TreeMap::new, Collectors.summingInt(i -> 1)));
  }

  @Test
  void aPhraseFindsEveryCatalogueEntryThatHasItAndCountsThemPerJurisdiction() {
    Pattern phrase =
        Pattern.compile(
            "\\bcritical\\W+information\\W+infrastructures?\\b", Pattern.CASE_INSENSITIVE);
    List<String> want =
        expected(
            i -> phrase.matcher(String.join(" ", i.title(), nz(i.summary()), nz(i.text()))).find());
    assertThat(want).hasSizeGreaterThan(5);

    JsonNode result = search("q=" + enc("\"critical information infrastructure\""));

    assertThat(ids(result)).containsExactlyInAnyOrderElementsOf(want);
    assertThat(result.get("total").asInt()).isEqualTo(want.size());
    assertThat(facet(result, IndexMapping.JURISDICTION))
        .isEqualTo(countBy(want, LegislationItem::jurisdiction));
    assertThat(result.get("hits").get(0).get("highlights").toString())
        .containsIgnoringCase("<mark>critical information infrastructure</mark>");
  }

  @Test
  void aRegionFilterKeepsItsJurisdictionsAndStillCountsTheOtherRegions() {
    List<String> africa = expected(i -> Regions.of(i.jurisdiction()).orElse("").equals("Africa"));
    assertThat(africa).hasSizeGreaterThan(3);

    JsonNode result = search("region=Africa");

    assertThat(ids(result)).containsExactlyInAnyOrderElementsOf(africa);
    assertThat(facet(result, IndexMapping.JURISDICTION))
        .isEqualTo(countBy(africa, LegislationItem::jurisdiction));
    Map<String, Integer> regions =
        catalogue.stream()
            .collect(
                Collectors.groupingBy(
                    i -> Regions.of(i.jurisdiction()).orElseThrow(),
                    TreeMap::new,
                    Collectors.summingInt(i -> 1)));
    regions.merge("Asia-Pacific", 3, Integer::sum); // the three hostile bills, from New Zealand
    assertThat(facet(result, IndexMapping.REGION)).isEqualTo(regions);
  }

  @Test
  void aTagFilterGivesAsManyItemsAsItsFacetCountPromised() {
    JsonNode all = search("");
    Map<String, Integer> tags = facet(all, IndexMapping.TAG);
    assertThat(tags).isNotEmpty();
    for (Map.Entry<String, Integer> tag : tags.entrySet()) {
      JsonNode filtered = search("tag=" + enc(tag.getKey()));
      assertThat(filtered.get("total").asInt()).as(tag.getKey()).isEqualTo(tag.getValue());
      for (JsonNode hit : filtered.get("hits")) {
        assertThat(hit.get("tags").toString()).contains("\"" + tag.getKey() + "\"");
      }
    }
  }

  @Test
  void aDateRangeKeepsTheEntriesDatedInsideItCountedPerMonth() {
    LocalDate from = LocalDate.of(2018, 1, 1);
    LocalDate to = LocalDate.of(2020, 12, 31);
    List<String> want =
        expected(
            i -> i.dates().primary().map(d -> !d.isBefore(from) && !d.isAfter(to)).orElse(false));
    assertThat(want).hasSizeGreaterThan(3);

    JsonNode result = search("from=" + from + "&to=" + to + "&sort=newest");

    assertThat(ids(result)).containsExactlyInAnyOrderElementsOf(want);
    assertThat(facet(result, IndexMapping.MONTH))
        .isEqualTo(countBy(want, i -> IndexMapping.month(i.dates().primary().orElseThrow())));
    List<String> dates = result.get("hits").findValuesAsText("date");
    assertThat(dates).isSortedAccordingTo(java.util.Comparator.reverseOrder());
  }

  @Test
  void anInvalidQueryIsA400ThatSaysWhereAndWhy() {
    Api.Response response = api.get("/api/search?q=" + enc("encryption AND (interception"));

    assertThat(response.status()).isEqualTo(400);
    assertThat(response.json().get("error").asText()).startsWith("q: syntax error at position");
    assertThat(response.json().get("position").asInt()).isPositive();
    assertThat(api.get("/api/search?q=" + enc("*crypt")).json().get("error").asText())
        .contains("cannot start with *");
    assertThat(api.get("/api/search?recommendation=99").status()).isEqualTo(400);
    assertThat(api.get("/api/search?from=yesterday").status()).isEqualTo(400);
  }

  @Test
  void markupInATitleIsStrippedOnImportAndEscapedMarkupKeptAsText() {
    assertThat(api.get("/api/items/" + MARKUP_TITLE_ID).json().get("title").asText())
        .isEqualTo("Quokka Act");
    assertThat(api.get("/api/items/" + ESCAPED_ID).json().get("title").asText())
        .isEqualTo(ESCAPED_TITLE);
  }

  @Test
  void theItemApiGivesTheWordingOfTheRecommendationsItsTagsTouch() {
    JsonNode item = api.get("/api/items/" + ESCAPED_ID).json();
    assertThat(item.get("tags").findValuesAsText("id")).contains("content-blocking-power");
    assertThat(item.get("recommendations")).isNotEmpty();
    for (JsonNode recommendation : item.get("recommendations")) {
      assertThat(recommendation.get("text").asText()).isNotBlank();
      assertThat(recommendation.get("tags").toString()).contains("content-blocking-power");
    }
  }

  @Test
  void theSearchCommandPrintsTheSameHitsAsTheApiAndRefusesBadQueries() {
    JsonNode api = search("q=" + enc("\"critical information infrastructure\"") + "&region=Africa");
    CommandRun run =
        CommandRun.of(
            "search",
            "\"critical information infrastructure\"",
            "--region",
            "Africa",
            "--server",
            SearchIT.api.base().toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).startsWith(api.get("total").asInt() + " items");
    for (String id : ids(api)) {
      assertThat(run.out()).contains(id);
    }

    CommandRun bad =
        CommandRun.of("search", "encryption AND", "--server", SearchIT.api.base().toString());
    assertThat(bad.exitCode()).isEqualTo(2);
    assertThat(bad.err()).contains("q: syntax error at position");
  }

  // ---- in the browser

  private WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(15));
  }

  private String status() {
    return browser.findElement(By.id("status")).getText();
  }

  private void open(String path) {
    browser.get(api.base().resolve(path).toString());
  }

  @Test
  void inTheBrowserASearchAFacetAndTheBackButtonKeepTheUrlAndTheResultsInStep() {
    open("/?q=" + enc("cybercrime"));
    int total = search("q=cybercrime").get("total").asInt();
    waiting().until(d -> status().equals(total + " items"));
    assertThat(browser.findElements(By.cssSelector("#results > li"))).hasSize(Math.min(total, 20));

    WebElement africa =
        browser.findElement(
            By.cssSelector("details[data-dimension=region] a[href*='region=Africa']"));
    africa.click();
    int inAfrica = search("q=cybercrime&region=Africa").get("total").asInt();
    waiting().until(d -> status().equals(inAfrica + " items"));
    assertThat(browser.getCurrentUrl()).contains("region=Africa");
    assertThat(browser.findElement(By.id("active")).getText()).contains("Region: Africa");
    assertThat(inAfrica).isLessThan(total);

    browser.navigate().back();
    waiting().until(d -> status().equals(total + " items"));
    assertThat(browser.getCurrentUrl()).doesNotContain("region=");
  }

  @Test
  void inTheBrowserATagShowsItsEvidenceHighlightedInTheText() {
    open("/?q=" + enc("\"Investigatory Powers Act 2016\""));
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results a")));
    browser.findElement(By.cssSelector("#results a")).click();
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("button.tag")));

    WebElement tag = browser.findElement(By.cssSelector("button.tag.concern"));
    String tagId = tag.getAttribute("data-tag");
    tag.click();

    assertThat(tag.getAttribute("aria-pressed")).isEqualTo("true");
    WebElement passages =
        browser.findElement(By.cssSelector(".passages[data-tag='" + tagId + "']"));
    assertThat(passages.isDisplayed()).isTrue();
    List<WebElement> selected = browser.findElements(By.cssSelector("#text mark.selected"));
    assertThat(selected).isNotEmpty();
    String quoted = passages.findElement(By.tagName("blockquote")).getText();
    String marked = selected.stream().map(WebElement::getText).collect(Collectors.joining());
    assertThat(quoted.replaceAll("\\s+", " "))
        .contains(selected.get(0).getText().replaceAll("\\s+", " ").strip());
    assertThat(marked).isNotBlank();
    assertThat(browser.findElements(By.cssSelector(".recommendations li"))).isNotEmpty();
  }

  @Test
  void inTheBrowserTitlesAreTextNeverMarkup() {
    open("/?q=quokka+OR+wombat&sort=oldest");
    waiting().until(ExpectedConditions.numberOfElementsToBe(By.cssSelector("#results h3 a"), 2));
    List<String> titles =
        browser.findElements(By.cssSelector("#results h3 a")).stream()
            .map(WebElement::getText)
            .toList();
    assertThat(titles).containsExactlyInAnyOrder("Quokka Act", ESCAPED_TITLE);
    assertThat(browser.findElements(By.cssSelector("#results img, #results script"))).isEmpty();
    assertThat(pwned(browser)).isNull();

    open("/items/" + ESCAPED_ID);
    waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), ESCAPED_TITLE));
    assertThat(browser.findElements(By.cssSelector("main img, main script"))).isEmpty();
    assertThat(browser.getTitle()).isEqualTo("RightsLens — " + ESCAPED_TITLE);
    assertThat(pwned(browser)).isNull();
  }

  @Test
  void inTheBrowserAnIdCarryingMarkupIsShownAsTextAndItsLinkWorks() {
    open("/?q=numbat");
    waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#results h3 a")));
    browser.findElement(By.cssSelector("#results h3 a")).click();
    waiting().until(ExpectedConditions.textToBe(By.tagName("h1"), "Numbat Act"));

    assertThat(browser.findElement(By.cssSelector("code.item-id")).getText()).isEqualTo(MARKUP_ID);
    assertThat(browser.findElements(By.cssSelector("main img, main script"))).isEmpty();
    assertThat(pwned(browser)).isNull();
  }

  private static Object pwned(WebDriver driver) {
    return ((JavascriptExecutor) driver)
        .executeScript("return window.pwned === undefined ? null : window.pwned;");
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }
}
