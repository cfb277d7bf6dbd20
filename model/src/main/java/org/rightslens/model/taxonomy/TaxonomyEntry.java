package org.rightslens.model.taxonomy;

import java.util.List;
import org.rightslens.model.item.TagKind;

/**
 * A concern or safeguard of the taxonomy. {@code recommendations} lists the FOC recommendation
 * numbers it touches, the primary one first.
 */
public record TaxonomyEntry(
    String id, TagKind kind, String label, List<Integer> recommendations, String covers) {

  public TaxonomyEntry {
    recommendations = List.copyOf(recommendations);
  }
}
