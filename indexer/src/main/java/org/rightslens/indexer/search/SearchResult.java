package org.rightslens.indexer.search;

import java.util.List;
import java.util.Map;

/**
 * One page of hits, the total, and counts per value of each facet dimension. The counts of a
 * filtered dimension are those of the search without that dimension's filter, so that a user can
 * see what choosing another value would give. {@code partial} is true when the search hit its time
 * limit and the figures are those of what it had read by then.
 */
public record SearchResult(
    long total,
    int page,
    int size,
    String sort,
    boolean partial,
    long tookMs,
    List<SearchHit> hits,
    Map<String, Map<String, Integer>> facets) {}
