package org.rightslens.crawler.crawl;

/**
 * What one crawl of one source did.
 *
 * @param error why the crawl failed, or null if it succeeded
 */
public record CrawlReport(String sourceId, int pages, int found, int published, String error) {

  public boolean succeeded() {
    return error == null;
  }

  /** The progress line printed per source. */
  public String line() {
    return succeeded()
        ? String.format(
            "%s: %d pages, %d items found, %d new or changed", sourceId, pages, found, published)
        : String.format(
            "%s: FAILED after %d pages (%d published): %s", sourceId, pages, published, error);
  }
}
