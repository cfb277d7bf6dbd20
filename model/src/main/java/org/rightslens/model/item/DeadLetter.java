package org.rightslens.model.item;

import java.time.Instant;
import java.util.Objects;

/**
 * A record that could not be processed, with the reason, where it came from and the payload as
 * received, so that nothing is lost and it can be fixed and replayed.
 *
 * @param origin where the record was read, e.g. {@code rightslens.items.raw/2@15} or {@code import
 *     line 7}
 */
public record DeadLetter(
    String reason, String origin, String key, String payload, Instant failedAt) {

  public DeadLetter {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(failedAt, "failedAt");
  }
}
