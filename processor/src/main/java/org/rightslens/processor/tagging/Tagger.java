package org.rightslens.processor.tagging;

import java.util.List;
import org.rightslens.model.item.LegislationItem;
import org.rightslens.model.item.TaggedItem;

/** Reads an item against the FOC recommendations. Implementations must be thread-safe. */
@FunctionalInterface
public interface Tagger {

  /**
   * Makes no claims: no tags, not marked as cybersecurity or rights-affecting, and {@code
   * taggerVersion} {@value TaggedItem#UNTAGGED} so that readers can tell "not read" from "read and
   * found nothing".
   */
  Tagger NONE = item -> new Assessment(false, 0, false, List.of(), TaggedItem.UNTAGGED);

  Assessment assess(LegislationItem item);

  /**
   * The tagger version {@link #assess} would give {@code item} now, so that an item tagged under
   * other rules can be found and tagged again; null if this tagger never changes.
   */
  default String versionFor(LegislationItem item) {
    return null;
  }
}
