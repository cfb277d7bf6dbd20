package org.rightslens.crawler.source.eurlex;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The next page of the CELLAR notification API. It pages with a 1-based {@code page} query
 * parameter and says in {@code notifReq:moreEntries} whether more follow; it gives no next link, so
 * the next page is the request with {@code page} advanced by one.
 */
final class NotificationPaging {

  /** Entries per page, fixed by the service (third-party measurement); no parameter changes it. */
  static final int PAGE_SIZE = 1000;

  private NotificationPaging() {}

  /**
   * The next page's URL, or null when there is none: the feed says no more entries follow (or, if
   * it does not say, the page is not full), this page had no entries (following on would loop), or
   * the request URL is unknown.
   *
   * @param feedPage the page number the feed reports ({@code notifReq:page}), or null
   * @param more the feed's {@code notifReq:moreEntries}, or null when absent
   */
  static URI next(URI request, Integer feedPage, Boolean more, int entries) {
    if (request == null || entries == 0) {
      return null;
    }
    boolean hasMore = more != null ? more : entries >= PAGE_SIZE;
    if (!hasMore) {
      return null;
    }
    List<String> params = new ArrayList<>();
    int pageAt = -1;
    long requested = 1;
    String query = request.getRawQuery();
    if (query != null) {
      for (String param : query.split("&")) {
        if (param.isEmpty()) {
          continue;
        }
        String name = param.contains("=") ? param.substring(0, param.indexOf('=')) : param;
        if (name.toLowerCase(Locale.ROOT).equals("page") && pageAt < 0) {
          pageAt = params.size();
          requested = number(param.substring(name.length()).replaceFirst("^=", ""));
          if (requested < 1) {
            return null;
          }
        }
        params.add(param);
      }
    }
    // Never go back: a server that ignored the parameter and reports another page must not send
    // the crawler round in a circle.
    long current = Math.max(requested, feedPage == null ? 0 : feedPage);
    String page = "page=" + (current + 1);
    if (pageAt < 0) {
      params.add(page);
    } else {
      params.set(pageAt, page);
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

  private static long number(String value) {
    try {
      return value.isEmpty() ? 1 : Long.parseLong(value);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
