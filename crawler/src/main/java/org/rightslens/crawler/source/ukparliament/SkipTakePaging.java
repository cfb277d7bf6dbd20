package org.rightslens.crawler.source.ukparliament;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The next page of a Skip/Take query. The Bills API gives no next link, only {@code totalResults}
 * and {@code itemsPerPage}, so the next page is the request itself with {@code Skip} advanced by
 * one page.
 */
final class SkipTakePaging {

  private SkipTakePaging() {}

  /**
   * The next page's URL, or null when this page is the last, nothing came back (following on would
   * loop), or the request URL is unknown.
   */
  static URI next(URI request, long totalResults, long itemsPerPage, int returned) {
    if (request == null || itemsPerPage <= 0 || returned == 0) {
      return null;
    }
    List<String> params = new ArrayList<>();
    int skipAt = -1;
    long skip = 0;
    String skipName = "Skip";
    String query = request.getRawQuery();
    if (query != null && !query.isEmpty()) {
      for (String param : query.split("&")) {
        String name = param.contains("=") ? param.substring(0, param.indexOf('=')) : param;
        if (name.toLowerCase(Locale.ROOT).equals("skip") && skipAt < 0) {
          skipName = name;
          skipAt = params.size();
          skip = parse(param.substring(name.length()).replaceFirst("^=", ""));
          if (skip < 0) {
            return null;
          }
        }
        if (!param.isEmpty()) {
          params.add(param);
        }
      }
    }
    long nextSkip = skip + itemsPerPage;
    if (nextSkip >= totalResults) {
      return null;
    }
    // The parameter keeps its place and spelling; the rest of the query is kept as sent.
    if (skipAt < 0) {
      params.add(skipName + "=" + nextSkip);
    } else {
      params.set(skipAt, skipName + "=" + nextSkip);
    }
    String s = request.toString();
    int cut = s.indexOf('?');
    if (cut < 0) {
      cut = s.indexOf('#');
    }
    String base = cut < 0 ? s : s.substring(0, cut);
    try {
      return URI.create(base + "?" + String.join("&", params));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static long parse(String value) {
    try {
      return value.isEmpty() ? 0 : Long.parseLong(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
