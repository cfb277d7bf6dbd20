package org.rightslens.model.item;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.util.List;
import java.util.Objects;

/**
 * An item read against the FOC recommendations. Serialised flat: every field of the item, then the
 * assessment. {@code changes} is null for version 1 and for an item never re-tagged; {@code
 * taggingNote} says why an item could not be tagged (no rules for its language), else null.
 */
public record TaggedItem(
    @JsonUnwrapped LegislationItem item,
    boolean cybersecurity,
    double cyberScore,
    boolean rightsAffecting,
    List<Tag> tags,
    String taggerVersion,
    @JsonInclude(JsonInclude.Include.NON_NULL) TagChanges changes,
    @JsonInclude(JsonInclude.Include.NON_NULL) String taggingNote) {

  /** An item as tagged, with no note. */
  public TaggedItem(
      LegislationItem item,
      boolean cybersecurity,
      double cyberScore,
      boolean rightsAffecting,
      List<Tag> tags,
      String taggerVersion,
      TagChanges changes) {
    this(item, cybersecurity, cyberScore, rightsAffecting, tags, taggerVersion, changes, null);
  }

  /** The tagger version of items that no tagger has read yet. */
  public static final String UNTAGGED = "none";

  public TaggedItem {
    Objects.requireNonNull(item, "item");
    Objects.requireNonNull(taggerVersion, "taggerVersion");
    if (!(cyberScore >= 0 && cyberScore <= 1)) {
      throw new IllegalArgumentException("cyberScore must be in [0,1], got " + cyberScore);
    }
    tags = tags == null ? List.of() : List.copyOf(tags);
  }

  public String id() {
    return item.id();
  }

  public List<String> tagIds() {
    return tags.stream().map(Tag::id).toList();
  }
}
