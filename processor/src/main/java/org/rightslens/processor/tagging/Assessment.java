package org.rightslens.processor.tagging;

import java.util.List;
import org.rightslens.model.item.Tag;

/** What a tagger concluded about one item. */
public record Assessment(
    boolean cybersecurity,
    double cyberScore,
    boolean rightsAffecting,
    List<Tag> tags,
    String taggerVersion) {

  public Assessment {
    tags = List.copyOf(tags);
  }

  public List<String> tagIds() {
    return tags.stream().map(Tag::id).toList();
  }
}
