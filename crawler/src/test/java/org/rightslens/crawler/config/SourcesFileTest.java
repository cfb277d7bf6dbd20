package org.rightslens.crawler.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.rightslens.crawler.source.SourceTypes;

class SourcesFileTest {

  private static CrawlerConfig read(String yaml) {
    return SourcesFile.read(
        new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "sources.yaml");
  }

  @Test
  void theBundledSourcesAreValidAndUseLiveUrls() {
    CrawlerConfig bundled = SourcesFile.bundled();
    assertThat(bundled.sources()).hasSizeGreaterThanOrEqualTo(5);
    bundled
        .sources()
        .forEach(
            s -> {
              assertThat(SourceTypes.names()).contains(s.type());
              assertThat(s.url().getScheme()).isEqualTo("https");
              assertThat(s.delay()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            });
    assertThat(bundled.source("congress-gov").orElseThrow().apiKeyEnv())
        .isEqualTo("CONGRESS_API_KEY");
  }

  @Test
  void readsDurationsSettingsAndSelectors() {
    CrawlerConfig config =
        read(
            """
            contact: ops@example.org
            sources:
              - id: ke-parliament
                type: html
                url: https://parliament.example/bills
                schedule: 12h
                delay: 3s
                expectedCadence: 30d
                maxPages: 2
                jurisdiction: KE
                itemType: bill
                selectors: {item: "li.bill", title: "a", link: "a"}
            """);
    SourceConfig s = config.sources().get(0);
    assertThat(config.contact()).isEqualTo("ops@example.org");
    assertThat(s.schedule()).isEqualTo(Duration.ofHours(12));
    assertThat(s.delay()).isEqualTo(Duration.ofSeconds(3));
    assertThat(s.expectedCadence()).isEqualTo(Duration.ofDays(30));
    assertThat(s.maxPages()).isEqualTo(2);
    assertThat(s.settings().jurisdiction()).isEqualTo("KE");
    assertThat(s.settings().type()).isEqualTo("bill");
    assertThat(s.settings().selectors()).containsEntry("item", "li.bill");
  }

  @Test
  void everyProblemNamesTheFileAndKeyPath() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    sources:
                      - id: ok
                        type: rss
                        url: https://example.org/feed.xml
                      - id: Bad Id
                        type: telepathy
                        url: ftp://example.org
                        delay: fast
                        maxPages: -1
                        shedule: 1h
                      - id: ok
                        type: html
                        url: https://example.org/
                    """))
        .isInstanceOf(ConfigException.class)
        .hasMessageContaining("sources.yaml: sources[1].id: expected lower-case letters")
        .hasMessageContaining("sources.yaml: sources[1].type: expected one of [")
        .hasMessageContaining("got \"telepathy\"")
        .hasMessageContaining(
            "sources.yaml: sources[1].url: expected an absolute http(s) URL, got \"ftp://example.org\"")
        .hasMessageContaining(
            "sources.yaml: sources[1].delay: expected a duration such as 2s or 6h, got \"fast\"")
        .hasMessageContaining("sources.yaml: sources[1].maxPages: expected a positive whole number")
        .hasMessageContaining("sources.yaml: sources[1].shedule: unknown key")
        .hasMessageContaining("sources.yaml: sources[2].id: \"ok\" is used twice")
        .hasMessageContaining(
            "sources.yaml: sources[2].selectors.item: an html source needs a CSS selector");
  }

  @Test
  void htmlSelectorsAreCheckedAtStart() {
    assertThatThrownBy(
            () ->
                read(
                    """
                    sources:
                      - id: listing
                        type: html
                        url: https://example.org/bills
                        selectors: {item: "li[", colour: "b"}
                    """))
        .hasMessageContaining("sources.yaml: sources[0].selectors.item: not a CSS selector")
        .hasMessageContaining("sources.yaml: sources[0].selectors.colour: unknown field");
  }

  @Test
  void notYamlOrNoSourcesIsRefused() {
    assertThatThrownBy(() -> read("sources: [unclosed"))
        .hasMessageStartingWith("sources.yaml: not YAML");
    assertThatThrownBy(() -> read("contact: x\n"))
        .hasMessageContaining("sources.yaml: sources: expected a list of sources");
  }
}
