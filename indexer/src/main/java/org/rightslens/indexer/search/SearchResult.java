package org.rightslens.indexer.search;

import java.util.List;
import java.util.Map;

/** One page of hits, the total, and counts per value of each facet dimension. */
public record SearchResult(
    long total,
    int page,
    int size,
    List<SearchHit> hits,
    Map<String, Map<String, Integer>> facets) {}
