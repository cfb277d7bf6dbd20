package org.rightslens.crawler.source.eurlex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ActTitlesTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Regulation (EU) 2016/679 of the European Parliament and of the Council | 32016R0679",
        "COMMISSION IMPLEMENTING REGULATION (EU) 2024/2982                      | 32024R2982",
        "Directive (EU) 2022/2555 of the European Parliament, amending Regulation (EU) No 910/2014 | 32022L2555",
        "Regulation (EU) No 910/2014 of the European Parliament                 | 32014R0910",
        "Council Regulation (EEC) No 1408/71 of 14 June 1971                    | 31971R1408",
        "Directive 95/46/EC of the European Parliament and of the Council       | 31995L0046",
        "DIRECTIVE 2002/58/EC OF THE EUROPEAN PARLIAMENT AND OF THE COUNCIL     | 32002L0058",
        "Council Decision (CFSP) 2031/7 of 3 March 2031                         | 32031D0007",
        "Commission Recommendation (EU) 2021/946 of 3 June 2021                 | 32021H0946",
        "Règlement (UE) 2016/679 du Parlement européen et du Conseil            | 32016R0679",
        "Richtlinie (EU) 2022/2555 des Europäischen Parlaments                  | 32022L2555",
        "Regolamento (CE) n. 864/2007 del Parlamento europeo                    | 32007R0864",
        "Commission Decision of 12 May 2010 on a fund                           | -",
        "Corrigendum to Regulation (EU) 2024/1679                               | -",
        "Opinion of the European Data Protection Supervisor                     | -",
      })
  void readsTheNumberAnActGivesItselfInItsTitle(String title, String celex) {
    assertThat(ActTitles.celex(title).map(Celex::value)).isEqualTo(Optional.ofNullable(celex));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Commission Delegated Regulation (EU) 2031/1 | R",
        "Directive (EU) 2031/42                      | L",
        "Décision (PESC) 2031/7 du Conseil           | D",
        "Durchführungsbeschluss der Kommission       | -",
        "Notice of the Commission                    | -",
      })
  void readsTheKindOfActTheTitleNamesFirst(String title, String letter) {
    assertThat(ActTitles.letter(title)).isEqualTo(letter);
  }
}
