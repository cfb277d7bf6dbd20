package org.rightslens.processor.topology;

import java.util.List;
import org.rightslens.model.item.LegislationItem;

/**
 * What the processor remembers of the latest version of an item: enough to tell a new version from
 * a repeat, and the item itself with the tags and tagger version it got, so that new rules can tag
 * it again. {@code item} is null in states written before items were kept.
 */
public record ItemState(
    String contentHash,
    int version,
    List<String> tagIds,
    LegislationItem item,
    String taggerVersion) {

  public ItemState {
    tagIds = tagIds == null ? List.of() : List.copyOf(tagIds);
  }
}
