package org.rightslens.crawler.source.eurlex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class CelexTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "32016R0679          | 32016R0679          | regulation | enacted",
        "CELEX:32022L2555    | 32022L2555          | directive  | enacted",
        "celex:32006d0241    | 32006D0241          | decision   | enacted",
        "32016R0679R(02)     | 32016R0679R(02)     | regulation | enacted",
        "02016R0679-20160504 | 02016R0679-20160504 | regulation | enacted",
        "32021H0946          | 32021H0946          | other      | enacted",
        "52031PC0123         | 52031PC0123         | bill       | proposed",
        "52031DC0010         | 52031DC0010         | other      | -",
        "62024CC0286         | 62024CC0286         | other      | -",
        "12016M/TXT          | 12016M/TXT          | treaty     | -",
        "22012A0123(01)      | 22012A0123(01)      | treaty     | -",
      })
  void readsCelexNumbersAndWhatTheySay(String raw, String value, String type, String status) {
    Celex celex = Celex.parse(raw).orElseThrow();

    assertThat(celex.value()).isEqualTo(value);
    assertThat(celex.type()).isEqualTo(type);
    assertThat(celex.status()).isEqualTo(status);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(
      strings = {
        "",
        "  ",
        "32016",
        "2016R0679",
        "32016R",
        "3201R0679",
        "32016R0679 x",
        "X2016R0679"
      })
  void refusesWhatIsNoCelexNumber(String raw) {
    assertThat(Celex.parse(raw)).isEmpty();
  }

  @Test
  void padsTheNumberOfAnAct() {
    assertThat(Celex.ofAct(2016, "R", "679").map(Celex::value)).contains("32016R0679");
    assertThat(Celex.ofAct(2022, "L", "2555").map(Celex::value)).contains("32022L2555");
    assertThat(Celex.ofAct(2031, "D", "007").map(Celex::value)).contains("32031D0007");
    assertThat(Celex.ofAct(2031, "R", "12345").map(Celex::value)).contains("32031R12345");
    assertThat(Celex.ofAct(2031, "R", "12a")).isEmpty();
    assertThat(Celex.ofAct(31, "R", "12")).isEmpty();
    assertThat(Celex.ofAct(2031, null, "12")).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "http://data.europa.eu/eli/reg_impl/2024/2982/oj               | 32024R2982",
        "https://eur-lex.europa.eu/eli/reg_impl/2024/2978/oj/eng       | 32024R2978",
        "http://data.europa.eu/eli/dir/2022/2555/oj                    | 32022L2555",
        "http://data.europa.eu/eli/reg/2016/679/oj?locale=en           | 32016R0679",
        "http://data.europa.eu/eli/dec_impl/2031/7                     | 32031D0007",
        "http://data.europa.eu/eli/reco/2021/946/oj                    | 32021H0946",
        "http://data.europa.eu/eli/reg/2024/1679/corrigendum/2025-11-14/oj | -",
        "http://data.europa.eu/eli/C/2024/4505/oj                      | -",
        "https://www.legislation.gov.uk/eur/2016/679                   | -",
      })
  void derivesTheCelexNumberOfAnActFromItsEli(String eli, String celex) {
    assertThat(Celex.fromEli(eli).map(Celex::value)).isEqualTo(Optional.ofNullable(celex));
  }

  @Test
  void linksToEurLexInTheDocumentsLanguageAndToCellar() {
    Celex celex = Celex.parse("32016R0679").orElseThrow();

    assertThat(celex.eurLexUrl("fr"))
        .isEqualTo("https://eur-lex.europa.eu/legal-content/FR/TXT/?uri=CELEX:32016R0679");
    assertThat(celex.eurLexUrl(null))
        .isEqualTo("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679");
    assertThat(celex.eurLexUrl("pt-BR"))
        .isEqualTo("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:32016R0679");
    assertThat(celex.cellarUri())
        .isEqualTo("http://publications.europa.eu/resource/celex/32016R0679");
  }
}
