package org.rightslens.indexer.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RegionsTest {

  @Test
  void jurisdictionsMapToTheirRegionWhateverTheirCase() {
    assertThat(Regions.of("GB")).contains("Europe");
    assertThat(Regions.of("eu")).contains("Europe");
    assertThat(Regions.of("BR")).contains("Americas");
    assertThat(Regions.of("NG")).contains("Africa");
    assertThat(Regions.of("IN")).contains("Asia-Pacific");
    assertThat(Regions.of("SA")).contains("Middle East");
    assertThat(Regions.of("UN")).contains("international");
    assertThat(Regions.of("ZZ")).isEmpty();
    assertThat(Regions.of(null)).isEmpty();
  }

  @Test
  void theTableHasTheSixRegionsAndEveryCountry() {
    assertThat(Regions.NAMES)
        .containsExactly(
            "Africa", "Americas", "Asia-Pacific", "Europe", "Middle East", "international");
    for (String code : java.util.Locale.getISOCountries()) {
      if (!code.equals("AQ")
          && !code.equals("BV")
          && !code.equals("GS")
          && !code.equals("HM")
          && !code.equals("TF")) {
        assertThat(Regions.of(code)).as(code).isPresent();
      }
    }
  }
}
