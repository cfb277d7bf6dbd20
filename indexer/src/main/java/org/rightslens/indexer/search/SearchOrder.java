package org.rightslens.indexer.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** How hits are ordered: by relevance to the query, or by the item's date. */
public enum SearchOrder {
  RELEVANCE,
  NEWEST,
  OLDEST;

  public String param() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static SearchOrder parse(String value) {
    for (SearchOrder order : values()) {
      if (order.param().equals(value)) {
        return order;
      }
    }
    throw new InvalidSearchException(
        "sort: expected "
            + Arrays.stream(values()).map(SearchOrder::param).collect(Collectors.joining(", "))
            + ", got \""
            + value
            + "\"");
  }
}
