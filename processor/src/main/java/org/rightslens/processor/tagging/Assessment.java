package org.rightslens.processor.tagging;

import java.util.List;
import org.rightslens.model.item.LegislationItem;
import org.rightslens.model.item.Tag;
import org.rightslens.model.item.TagChanges;
import org.rightslens.model.item.TaggedItem;

/**
 * What a tagger concluded about one item.
 *
 * @param language the language whose rules were applied (declared by the source or detected), or
 *     null if unknown
 * @param note why the item could not be tagged, or null
 */
public record Assessment(
    boolean cybersecurity,
    double cyberScore,
    boolean rightsAffecting,
    List<Tag> tags,
    String taggerVersion,
    String language,
    String note) {

  public Assessment(
      boolean cybersecurity,
      double cyberScore,
      boolean rightsAffecting,
      List<Tag> tags,
      String taggerVersion) {
    this(cybersecurity, cyberScore, rightsAffecting, tags, taggerVersion, null, null);
  }

  public Assessment {
    tags = List.copyOf(tags);
  }

  /** {@code item} with this assessment: the language detected, if it had none, and every tag. */
  public TaggedItem applyTo(LegislationItem item, TagChanges changes) {
    LegislationItem shown =
        item.language() == null && language != null ? item.withLanguage(language) : item;
    return new TaggedItem(
        shown, cybersecurity, cyberScore, rightsAffecting, tags, taggerVersion, changes, note);
  }

  public List<String> tagIds() {
    return tags.stream().map(Tag::id).toList();
  }
}
