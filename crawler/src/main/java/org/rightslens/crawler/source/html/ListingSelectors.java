package org.rightslens.crawler.source.html;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jsoup.select.Selector;

/**
 * The CSS selectors that map a listing page to items. {@code item} selects one element per item;
 * the others are evaluated inside that element: {@code title} (default: the link's text), {@code
 * link} (default: its first {@code a[href]}), {@code id} (default: the link), {@code date}, {@code
 * summary}. {@code next}, evaluated on the whole page, finds the link to the next page.
 */
record ListingSelectors(
    Evaluator item,
    Evaluator title,
    Evaluator link,
    Evaluator id,
    Evaluator date,
    Evaluator summary,
    Evaluator next) {

  static final Set<String> FIELDS =
      Set.of("item", "title", "link", "id", "date", "summary", "next");

  private static final String DEFAULT_LINK = "a[href]";

  /**
   * What is wrong with {@code selectors}, by field: unknown fields, a missing {@code item}, and
   * selectors that do not parse. Empty when they can be used.
   */
  static Map<String, String> problems(Map<String, String> selectors) {
    Map<String, String> problems = new LinkedHashMap<>();
    if (!selectors.containsKey("item")) {
      problems.put("item", "an html source needs a CSS selector for its items");
    }
    selectors.forEach(
        (field, css) -> {
          if (!FIELDS.contains(field)) {
            problems.put(field, "unknown field, expected one of " + FIELDS);
          } else {
            String error = parseError(css);
            if (error != null) {
              problems.put(field, "not a CSS selector: " + error);
            }
          }
        });
    return problems;
  }

  /** The selectors of {@code selectors}, which {@link #problems} must have found valid. */
  static ListingSelectors of(Map<String, String> selectors) {
    return new ListingSelectors(
        evaluator(selectors.get("item")),
        evaluator(selectors.get("title")),
        evaluator(selectors.getOrDefault("link", DEFAULT_LINK)),
        evaluator(selectors.get("id")),
        evaluator(selectors.get("date")),
        evaluator(selectors.get("summary")),
        evaluator(selectors.get("next")));
  }

  private static Evaluator evaluator(String css) {
    return css == null ? null : QueryParser.parse(css);
  }

  private static String parseError(String css) {
    if (css == null || css.isBlank()) {
      return "empty";
    }
    try {
      QueryParser.parse(css);
      return null;
    } catch (Selector.SelectorParseException | IllegalArgumentException e) {
      return e.getMessage();
    }
  }
}
