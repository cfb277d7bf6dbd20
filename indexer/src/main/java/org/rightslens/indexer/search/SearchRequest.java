package org.rightslens.indexer.search;

import java.time.LocalDate;

/**
 * A search: a Lucene-syntax query (blank matches everything) and optional filters, one page of
 * results. Filters that are null do not apply.
 */
public record SearchRequest(
    String query,
    String jurisdiction,
    String tag,
    Integer recommendation,
    String type,
    Boolean rightsAffecting,
    LocalDate from,
    LocalDate to,
    int page,
    int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;
  public static final int MAX_PAGE = 500;

  public SearchRequest {
    if (page < 1 || page > MAX_PAGE) {
      throw new InvalidSearchException("page: expected 1.." + MAX_PAGE + ", got " + page);
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new InvalidSearchException("size: expected 1.." + MAX_SIZE + ", got " + size);
    }
    if (from != null && to != null && from.isAfter(to)) {
      throw new InvalidSearchException("from " + from + " is after to " + to);
    }
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, null, null, null, null, null, null, null, 1, DEFAULT_SIZE);
  }
}
