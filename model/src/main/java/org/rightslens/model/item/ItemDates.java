package org.rightslens.model.item;

import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;

/** The dates of a legislative item; any of them may be null when the source does not say. */
public record ItemDates(
    LocalDate published,
    LocalDate introduced,
    LocalDate adopted,
    LocalDate effective,
    LocalDate updated) {

  public static final ItemDates NONE = new ItemDates(null, null, null, null, null);

  /**
   * The date that best says when the item entered the public record: adopted, then published,
   * introduced, effective, updated.
   */
  public Optional<LocalDate> primary() {
    return Stream.of(adopted, published, introduced, effective, updated)
        .filter(d -> d != null)
        .findFirst();
  }
}
