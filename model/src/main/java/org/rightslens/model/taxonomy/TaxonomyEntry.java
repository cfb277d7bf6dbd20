package org.rightslens.model.taxonomy;

import java.util.List;
import org.rightslens.model.item.TagKind;

/**
 * A concern, safeguard or topic of the taxonomy. {@code recommendations} lists the FOC
 * recommendation numbers it touches, the primary one first; {@code mitigatedBy}, for a concern, the
 * safeguards that answer it when they appear in the same text.
 */
public record TaxonomyEntry(
    String id,
    TagKind kind,
    String label,
    List<Integer> recommendations,
    String covers,
    List<String> mitigatedBy) {

  public TaxonomyEntry {
    recommendations = List.copyOf(recommendations);
    mitigatedBy = mitigatedBy == null ? List.of() : List.copyOf(mitigatedBy);
  }
}
