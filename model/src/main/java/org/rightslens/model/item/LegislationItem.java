package org.rightslens.model.item;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A bill, act, regulation or strategy as published by a source, in plain text.
 *
 * <p>{@code id} is {@code "<source>:<native id>"}. {@code contentHash} and {@code version} are
 * assigned by the processor: the version grows by one each time the hash of the content changes.
 */
public record LegislationItem(
    String id,
    String source,
    String jurisdiction,
    String title,
    String type,
    String status,
    String language,
    String url,
    String textUrl,
    String summary,
    String text,
    List<String> subjects,
    ItemDates dates,
    Instant fetchedAt,
    String contentHash,
    int version) {

  public LegislationItem {
    Objects.requireNonNull(id, "id");
    subjects = subjects == null ? List.of() : List.copyOf(subjects);
    dates = dates == null ? ItemDates.NONE : dates;
    if (version < 0) {
      throw new IllegalArgumentException("version must be >= 0, got " + version);
    }
  }

  public LegislationItem withVersion(String newContentHash, int newVersion) {
    return new LegislationItem(
        id,
        source,
        jurisdiction,
        title,
        type,
        status,
        language,
        url,
        textUrl,
        summary,
        text,
        subjects,
        dates,
        fetchedAt,
        newContentHash,
        newVersion);
  }

  /** This item with its language set, as detected when the source did not say. */
  public LegislationItem withLanguage(String newLanguage) {
    return new LegislationItem(
        id,
        source,
        jurisdiction,
        title,
        type,
        status,
        newLanguage,
        url,
        textUrl,
        summary,
        text,
        subjects,
        dates,
        fetchedAt,
        contentHash,
        version);
  }
}
