package org.rightslens.indexer.search;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rightslens.indexer.index.IndexMapping;
import org.rightslens.indexer.index.Regions;
import org.rightslens.model.taxonomy.Taxonomy;

/**
 * A search: a Lucene-syntax query (blank matches everything), filters, a date range, an order and
 * one page of results. Filters are facet values per dimension of {@link IndexMapping#FACETS}: an
 * item matches when it has one of the values of every filtered dimension.
 */
public record SearchRequest(
    String query,
    Map<String, List<String>> filters,
    LocalDate from,
    LocalDate to,
    SearchOrder order,
    int page,
    int size) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;
  public static final int MAX_PAGE = 500;
  public static final int MAX_VALUES_PER_FILTER = 50;

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
    order = order == null ? SearchOrder.RELEVANCE : order;
    filters = normalised(filters == null ? Map.of() : filters);
  }

  public static SearchRequest of(String query) {
    return new SearchRequest(query, Map.of(), null, null, null, 1, DEFAULT_SIZE);
  }

  public SearchRequest withFilter(String dimension, String... values) {
    Map<String, List<String>> next = new LinkedHashMap<>(filters);
    next.put(dimension, List.of(values));
    return new SearchRequest(query, next, from, to, order, page, size);
  }

  public SearchRequest between(LocalDate from, LocalDate to) {
    return new SearchRequest(query, filters, from, to, order, page, size);
  }

  public SearchRequest orderedBy(SearchOrder order) {
    return new SearchRequest(query, filters, from, to, order, page, size);
  }

  public SearchRequest page(int page, int size) {
    return new SearchRequest(query, filters, from, to, order, page, size);
  }

  private static Map<String, List<String>> normalised(Map<String, List<String>> filters) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    filters.forEach(
        (dimension, values) -> {
          if (!IndexMapping.FACETS.contains(dimension)) {
            throw new InvalidSearchException(
                "unknown filter \"" + dimension + "\"; filters are " + IndexMapping.FACETS);
          }
          Set<String> clean = new LinkedHashSet<>();
          for (String value : values) {
            if (value != null && !value.isBlank()) {
              clean.add(checked(dimension, IndexMapping.normalise(dimension, value)));
            }
          }
          if (clean.size() > MAX_VALUES_PER_FILTER) {
            throw new InvalidSearchException(
                dimension + ": at most " + MAX_VALUES_PER_FILTER + " values");
          }
          if (!clean.isEmpty()) {
            result.put(dimension, List.copyOf(clean));
          }
        });
    return Map.copyOf(result);
  }

  private static String checked(String dimension, String value) {
    switch (dimension) {
      case IndexMapping.RECOMMENDATION -> {
        int number = value.matches("[0-9]{1,2}") ? Integer.parseInt(value) : 0;
        if (number < 1 || number > Taxonomy.RECOMMENDATION_COUNT) {
          throw new InvalidSearchException(
              "recommendation: expected a number from 1 to "
                  + Taxonomy.RECOMMENDATION_COUNT
                  + ", got \""
                  + value
                  + "\"");
        }
        return Integer.toString(number);
      }
      case IndexMapping.REGION -> {
        return Regions.NAMES.stream()
            .filter(name -> name.equalsIgnoreCase(value))
            .findFirst()
            .orElseThrow(
                () ->
                    new InvalidSearchException(
                        "region: expected one of " + Regions.NAMES + ", got \"" + value + "\""));
      }
      case IndexMapping.RIGHTS_AFFECTING -> {
        if (!value.equals("true") && !value.equals("false")) {
          throw new InvalidSearchException(
              "rightsAffecting: expected true or false, got \"" + value + "\"");
        }
      }
      case IndexMapping.KIND -> {
        if (!Set.of("concern", "safeguard", "topic").contains(value)) {
          throw new InvalidSearchException(
              "kind: expected concern, safeguard or topic, got \"" + value + "\"");
        }
      }
      case IndexMapping.MONTH -> {
        if (!value.matches("[0-9]{4}-[0-9]{2}")) {
          throw new InvalidSearchException("month: expected YYYY-MM, got \"" + value + "\"");
        }
      }
      default -> {}
    }
    return value;
  }
}
