package org.rightslens.indexer;

import java.time.LocalDate;
import java.util.List;
import org.rightslens.model.item.Evidence;
import org.rightslens.model.item.ItemDates;
import org.rightslens.model.item.LegislationItem;
import org.rightslens.model.item.Tag;
import org.rightslens.model.item.TagChanges;
import org.rightslens.model.item.TagKind;
import org.rightslens.model.item.TaggedItem;

/** Tagged items built in memory for index and search tests. */
public final class TestItems {

  private TestItems() {}

  public static TaggedItem item(
      String id,
      String jurisdiction,
      String language,
      String status,
      String title,
      String text,
      LocalDate adopted,
      int version,
      List<Tag> tags) {
    LegislationItem item =
        new LegislationItem(
            id,
            id.substring(0, id.indexOf(':')),
            jurisdiction,
            title,
            "act",
            status,
            language,
            "https://example.org/" + id,
            null,
            null,
            text,
            List.of(),
            new ItemDates(null, null, adopted, null, null),
            null,
            "h" + version,
            version);
    boolean concern = tags.stream().anyMatch(t -> t.kind() == TagKind.CONCERN);
    return new TaggedItem(
        item,
        false,
        0,
        concern,
        tags,
        "test",
        version == 1 ? null : new TagChanges(List.of(), List.of()));
  }

  public static TaggedItem english(
      String id, String jurisdiction, String title, String text, LocalDate adopted, Tag... tags) {
    return item(id, jurisdiction, "en", "in-force", title, text, adopted, 1, List.of(tags));
  }

  public static Tag retention() {
    return new Tag(
        "mandatory-data-retention",
        TagKind.CONCERN,
        "Mandatory data retention",
        List.of(1, 5, 8),
        0.8,
        List.of(new Evidence("retain", 0, 6, "r")));
  }

  public static Tag judicialAuthorisation() {
    return new Tag(
        "judicial-authorisation",
        TagKind.SAFEGUARD,
        "Judicial authorisation",
        List.of(5, 8),
        0.7,
        List.of(new Evidence("judge", 0, 5, "j")));
  }

  /** Three English laws of three jurisdictions, one tagged with a concern. */
  public static List<TaggedItem> sample() {
    return List.of(
        english(
            "t:ipa",
            "GB",
            "Investigatory Powers Act 2016",
            "A technical capability notice may require the removal of electronic protection.",
            LocalDate.of(2016, 11, 29),
            retention()),
        english(
            "t:taa",
            "AU",
            "Telecommunications and Other Legislation Amendment (Assistance and Access) Act 2018",
            "A technical assistance notice may require a provider to give help.",
            LocalDate.of(2018, 12, 8)),
        english(
            "t:nis2",
            "EU",
            "NIS 2 Directive",
            "Essential entities must notify significant incidents without undue delay.",
            LocalDate.of(2022, 12, 14)));
  }
}
