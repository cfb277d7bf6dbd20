package org.rightslens.processor.normalise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.rightslens.model.item.ContentHash;
import org.rightslens.model.item.LegislationItem;
import org.rightslens.model.json.Json;

class ItemNormaliserTest {

  private static final Instant NOW = Instant.parse("2026-11-28T10:00:00Z");
  private final ItemNormaliser normaliser = new ItemNormaliser();

  private static JsonNode json(String text) throws Exception {
    return Json.mapper().readTree(text);
  }

  @Test
  void normalisesHtmlDatesJurisdictionNamesAndTypes() throws Exception {
    LegislationItem item =
        normaliser.normalise(
            json(
                """
                {"id":"manual:ke-cmca","title":"  Computer Misuse and <b>Cybercrimes</b> Act  ",
                 "jurisdiction":"Kenya","type":"Law","status":"In force","language":"en_GB",
                 "url":"http://kenyalaw.org/kl/","text":"<p>Part one.</p><p>Part&nbsp;two &amp; more.</p>",
                 "subjects":"cybercrime; interception ;cybercrime",
                 "dates":{"adopted":"16 May 2018","published":"2018-05-30T00:00:00Z","effective":"20180530"}}
                """),
            NOW);
    assertThat(item.title()).isEqualTo("Computer Misuse and Cybercrimes Act");
    assertThat(item.text()).isEqualTo("Part one.\n\nPart two & more.");
    assertThat(item.jurisdiction()).isEqualTo("KE");
    assertThat(item.type()).isEqualTo("act");
    assertThat(item.status()).isEqualTo("in-force");
    assertThat(item.language()).isEqualTo("en-GB");
    assertThat(item.source()).isEqualTo("manual");
    assertThat(item.subjects()).containsExactly("cybercrime", "interception");
    assertThat(item.dates().adopted()).isEqualTo(LocalDate.of(2018, 5, 16));
    assertThat(item.dates().published()).isEqualTo(LocalDate.of(2018, 5, 30));
    assertThat(item.dates().effective()).isEqualTo(LocalDate.of(2018, 5, 30));
    assertThat(item.fetchedAt()).isEqualTo(NOW);
    assertThat(item.version()).isZero();
  }

  @Test
  void resolvesAlphaThreeCodesAndAliases() throws Exception {
    assertThat(Jurisdictions.resolve("GBR")).contains("GB");
    assertThat(Jurisdictions.resolve("uk")).contains("GB");
    assertThat(Jurisdictions.resolve("European Union")).contains("EU");
    assertThat(Jurisdictions.resolve("Atlantis")).isEmpty();
  }

  @Test
  void prefixesABareIdWithItsSource() throws Exception {
    LegislationItem item =
        normaliser.normalise(
            json("{\"id\":\"2016/25\",\"source\":\"uk\",\"title\":\"T\",\"jurisdiction\":\"GB\"}"),
            NOW);
    assertThat(item.id()).isEqualTo("uk:2016/25");
  }

  @Test
  void reportsEveryProblemNamingItsField() {
    assertThatThrownBy(
            () ->
                normaliser.normalise(
                    json(
                        """
                        {"id":"has space","jurisdiction":"XX","type":"poem",
                         "url":"ftp://example.org/x","dates":{"adopted":"yesterday","signed":"2020-01-01"}}
                        """),
                    NOW))
        .isInstanceOf(InvalidItemException.class)
        .hasMessageContaining("id: expected \"<source>:<native id>\"")
        .hasMessageContaining("title: missing")
        .hasMessageContaining("jurisdiction: unknown \"XX\"")
        .hasMessageContaining("type: unknown \"poem\"")
        .hasMessageContaining("url: expected an absolute http(s) URL")
        .hasMessageContaining("dates.adopted: cannot read \"yesterday\" as a date")
        .hasMessageContaining("dates.signed: unknown date");
  }

  @Test
  void rejectsWhatIsNotAnObject() {
    assertThatThrownBy(() -> normaliser.normalise(json("[1,2]"), NOW))
        .hasMessage("item: expected a JSON object");
  }

  @Test
  void contentHashIgnoresFetchTimeButNotText() throws Exception {
    String base = "{\"id\":\"m:1\",\"title\":\"T\",\"jurisdiction\":\"FR\",\"text\":\"%s\"}";
    LegislationItem a = normaliser.normalise(json(base.formatted("same")), NOW);
    LegislationItem b = normaliser.normalise(json(base.formatted("same")), NOW.plusSeconds(60));
    LegislationItem c = normaliser.normalise(json(base.formatted("changed")), NOW);
    assertThat(ContentHash.of(a)).isEqualTo(ContentHash.of(b)).hasSize(64);
    assertThat(ContentHash.of(c)).isNotEqualTo(ContentHash.of(a));
  }
}
