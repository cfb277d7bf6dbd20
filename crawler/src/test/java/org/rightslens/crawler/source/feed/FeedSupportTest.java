package org.rightslens.crawler.source.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class FeedSupportTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2031-03-04                        | 2031-03-04",
        "2031-03-04T14:30:00Z              | 2031-03-04",
        "2031-03-04T23:30:00.254-05:00     | 2031-03-04",
        "2031-03-04T14:30:00               | 2031-03-04",
        "2031-03-04 14:30:00               | 2031-03-04",
        "Tue, 04 Mar 2031 14:30:00 GMT     | 2031-03-04",
        "Tue, 4 Mar 2031 14:30:00 +0100    | 2031-03-04",
        "4 Mar 2031 14:30 EST              | 2031-03-04",
        "Tue, 04 Mar 31 14:30:00 GMT       | 2031-03-04",
        "Thu, 04 Mar 99 14:30:00 GMT       | 1999-03-04",
        "Tuesday, 04 March 2031 14:30:00 Z | 2031-03-04",
        "Di, 04 Mar 2031 14:30:00 +0100    | 2031-03-04",
      })
  void readsIsoAndRfc1123Dates(String value, LocalDate expected) {
    assertThat(FeedSupport.date(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "  ", "sometime in March", "2031-02-30", "31 Foo 2031", "03/04/2031"})
  void givesNoDateForWhatItCannotRead(String value) {
    assertThat(FeedSupport.date(value)).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "https://www.parl.example/bills/45-1/C-27      | www.parl.example/bills/45-1/C-27",
        "http://example.org/a b?c=d&e#f                | example.org/a-b-c-d-e-f",
        "urn:uuid:6f1c2a1e-3b4d                        | uuid-6f1c2a1e-3b4d",
        "tag:bills.example.org,2031:bill/HB-1042       | bills.example.org-2031-bill/HB-1042",
        "'  bill C-27 (45-1) '                         | bill-C-27--45-1-",
        "ukpga/2016/25                                 | ukpga/2016/25",
        "Loi_n°2031~412.v2                             | Loi_n-2031~412.v2",
      })
  void makesStableNativeIdsWithoutSchemeOrSpaces(String raw, String expected) {
    assertThat(FeedSupport.nativeId(raw)).isEqualTo(expected);
  }

  @ParameterizedTest
  @NullSource
  @ValueSource(strings = {"", "   ", "https://", "???"})
  void givesNoIdWhenNothingIsLeft(String raw) {
    assertThat(FeedSupport.nativeId(raw)).isNull();
  }

  @Test
  void cutsVeryLongIdsButKeepsThemDistinct() {
    String base = "https://example.org/" + "x".repeat(400);

    String a = FeedSupport.nativeId(base + "/a");
    String b = FeedSupport.nativeId(base + "/b");

    assertThat(a).hasSize(300).isNotEqualTo(b);
    assertThat(b).hasSize(300);
    assertThat(FeedSupport.nativeId(base + "/a")).isEqualTo(a);
  }

  @Test
  void turnsHtmlIntoPlainText() {
    assertThat(FeedSupport.htmlText("<p>First <b>reading</b></p><p>&amp; referral</p>"))
        .isEqualTo("First reading & referral");
    assertThat(FeedSupport.htmlText("  ")).isNull();
  }
}
