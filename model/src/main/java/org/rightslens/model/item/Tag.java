package org.rightslens.model.item;

import java.util.List;
import java.util.Objects;

/** One claim about an item (a concern, a safeguard or a topic) with the passages behind it. */
public record Tag(
    String id,
    TagKind kind,
    String label,
    List<Integer> recommendations,
    double confidence,
    List<Evidence> evidence) {

  public Tag {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    if (!(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException("confidence must be in [0,1], got " + confidence);
    }
    recommendations = recommendations == null ? List.of() : List.copyOf(recommendations);
    evidence = evidence == null ? List.of() : List.copyOf(evidence);
  }
}
