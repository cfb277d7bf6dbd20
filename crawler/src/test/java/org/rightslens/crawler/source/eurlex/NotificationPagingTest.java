package org.rightslens.crawler.source.eurlex;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import org.junit.jupiter.api.Test;

class NotificationPagingTest {

  private static final String BASE =
      "https://publications.europa.eu/webapi/notification/ingestion?startDate=2031-03-24&type=CREATE";

  private static URI next(String request, Integer feedPage, Boolean more, int entries) {
    return NotificationPaging.next(URI.create(request), feedPage, more, entries);
  }

  @Test
  void advancesThePageWhileTheFeedSaysMoreEntriesFollow() {
    assertThat(next(BASE + "&page=1", 1, true, 1000)).isEqualTo(URI.create(BASE + "&page=2"));
    assertThat(next(BASE + "&page=2&wemiClasses=work", 2, true, 12))
        .isEqualTo(URI.create(BASE + "&page=3&wemiClasses=work"));
    assertThat(next(BASE, null, true, 5)).isEqualTo(URI.create(BASE + "&page=2"));
  }

  @Test
  void stopsAtTheLastPage() {
    assertThat(next(BASE + "&page=2", 2, false, 253)).isNull();
  }

  @Test
  void withoutTheFlagOnlyAFullPageHasASuccessor() {
    assertThat(next(BASE + "&page=1", null, null, NotificationPaging.PAGE_SIZE))
        .isEqualTo(URI.create(BASE + "&page=2"));
    assertThat(next(BASE + "&page=1", null, null, NotificationPaging.PAGE_SIZE - 1)).isNull();
  }

  @Test
  void neverLoops() {
    // An empty page that claims more would be fetched again and again.
    assertThat(next(BASE + "&page=4", 4, true, 0)).isNull();
    // A server that ignores the parameter and reports page 1 must not send the crawler back.
    assertThat(next(BASE + "&page=5", 1, true, 10)).isEqualTo(URI.create(BASE + "&page=6"));
    assertThat(next(BASE + "&page=-1", null, true, 10)).isNull();
    assertThat(next(BASE + "&page=x", null, true, 10)).isNull();
    assertThat(NotificationPaging.next(null, 1, true, 10)).isNull();
  }

  @Test
  void keepsTheRestOfTheQueryAsSent() {
    assertThat(
            next(
                "https://publications.europa.eu/webapi/notification/ingestion"
                    + "?startDate=2031-03-24T00%3A00%3A00&Page=3&type=UPDATE#top",
                3, true, 1))
        .isEqualTo(
            URI.create(
                "https://publications.europa.eu/webapi/notification/ingestion"
                    + "?startDate=2031-03-24T00%3A00%3A00&page=4&type=UPDATE"));
  }
}
