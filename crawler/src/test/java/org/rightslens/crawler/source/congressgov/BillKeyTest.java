package org.rightslens.crawler.source.congressgov;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BillKeyTest {

  @ParameterizedTest
  @CsvSource({
    "1, 1st",
    "2, 2nd",
    "3, 3rd",
    "4, 4th",
    "11, 11th",
    "12, 12th",
    "13, 13th",
    "21, 21st",
    "22, 22nd",
    "23, 23rd",
    "101, 101st",
    "111, 111th",
    "112, 112th",
    "113, 113th",
    "117, 117th",
    "121, 121st",
    "122, 122nd",
    "123, 123rd"
  })
  void ordinals(int n, String expected) {
    assertThat(BillKey.ordinal(n)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "HR, https://www.congress.gov/bill/118th-congress/house-bill/5",
    "S, https://www.congress.gov/bill/118th-congress/senate-bill/5",
    "HJRES, https://www.congress.gov/bill/118th-congress/house-joint-resolution/5",
    "SJRES, https://www.congress.gov/bill/118th-congress/senate-joint-resolution/5",
    "HCONRES, https://www.congress.gov/bill/118th-congress/house-concurrent-resolution/5",
    "SCONRES, https://www.congress.gov/bill/118th-congress/senate-concurrent-resolution/5",
    "HRES, https://www.congress.gov/bill/118th-congress/house-resolution/5",
    "SRES, https://www.congress.gov/bill/118th-congress/senate-resolution/5",
    "S.Con.Res., https://www.congress.gov/bill/118th-congress/senate-concurrent-resolution/5"
  })
  void publicPages(String type, String url) {
    BillKey key = BillKey.of("118", type, "5").orElseThrow();
    assertThat(key.publicUrl()).isEqualTo(url);
  }

  @Test
  void billKeys() {
    assertThat(BillKey.of("114", "H", "2566").orElseThrow().nativeId()).isEqualTo("114-hr-2566");
    assertThat(BillKey.of("117", "HR", "021").orElseThrow().nativeId()).isEqualTo("117-hr-21");
    assertThat(BillKey.of("117", "XYZ", "1").orElseThrow().publicUrl()).isNull();
    assertThat(BillKey.of(null, "HR", "1")).isEmpty();
    assertThat(BillKey.of("117", "", "1")).isEmpty();
    assertThat(BillKey.of("117", "HR", "1 2")).isEmpty();
    assertThat(BillKey.of("0", "HR", "1")).isEmpty();
  }
}
