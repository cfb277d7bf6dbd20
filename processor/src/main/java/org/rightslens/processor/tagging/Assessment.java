package org.rightslens.processor.tagging;

import java.util.List;
import org.rightslens.model.item.Tag;

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

  public List<String> tagIds() {
    return tags.stream().map(Tag::id).toList();
  }
}
