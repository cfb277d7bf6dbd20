package org.rightslens.indexer.search;

import java.time.LocalDate;
import java.util.List;

/** One item found: what a result list shows. Highlights are HTML-escaped with {@code <mark>}. */
public record SearchHit(
    String id,
    String title,
    String jurisdiction,
    String type,
    LocalDate date,
    boolean rightsAffecting,
    List<String> tags,
    List<String> highlights) {}
