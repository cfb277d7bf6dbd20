package org.rightslens.indexer.search;

import java.time.LocalDate;
import java.util.List;

/**
 * One item found: what a result list shows. Highlights are HTML-escaped, with {@code <mark>} around
 * the words that matched.
 */
public record SearchHit(
    String id,
    String title,
    String jurisdiction,
    String region,
    String type,
    String status,
    String language,
    LocalDate date,
    boolean rightsAffecting,
    double cyberScore,
    List<String> tags,
    List<String> highlights) {}
