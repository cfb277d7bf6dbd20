package org.rightslens.processor.topology;

import java.util.List;

/** What the processor remembers of the latest version of an item. */
public record ItemState(String contentHash, int version, List<String> tagIds) {

  public ItemState {
    tagIds = tagIds == null ? List.of() : List.copyOf(tagIds);
  }
}
