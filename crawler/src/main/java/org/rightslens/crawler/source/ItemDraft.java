package org.rightslens.crawler.source;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.rightslens.model.item.ItemDates;
import org.rightslens.model.item.LegislationItem;

/**
 * A mutable item under construction by a parser; {@link #build()} makes the immutable {@link
 * LegislationItem} (version 0, no content hash: the processor assigns those).
 */
public final class ItemDraft {

  public String id;
  public String source;
  public String jurisdiction;
  public String title;
  public String type;
  public String status;
  public String language;
  public String url;
  public String textUrl;
  public String summary;
  public String text;
  public final LinkedHashSet<String> subjects = new LinkedHashSet<>();
  public LocalDate published;
  public LocalDate introduced;
  public LocalDate adopted;
  public LocalDate effective;
  public LocalDate updated;
  public Instant fetchedAt;

  /** A draft whose id is {@code <context source id>:<nativeId>}, with the context's defaults. */
  public static ItemDraft of(ParseContext context, String nativeId) {
    ItemDraft d = new ItemDraft();
    d.source = context.sourceId();
    d.id = context.sourceId() + ":" + nativeId;
    d.fetchedAt = context.fetchedAt();
    SourceSettings s = context.settings();
    d.jurisdiction = s.jurisdiction();
    d.type = s.type();
    d.status = s.status();
    d.language = s.language();
    return d;
  }

  public ItemDraft subject(String subject) {
    if (subject != null && !subject.isBlank()) {
      subjects.add(subject.strip());
    }
    return this;
  }

  public LegislationItem build() {
    return new LegislationItem(
        id,
        source,
        jurisdiction,
        title,
        type,
        status,
        language,
        url,
        textUrl,
        summary,
        text,
        new ArrayList<>(subjects),
        new ItemDates(published, introduced, adopted, effective, updated),
        fetchedAt,
        null,
        0);
  }

  /** All drafts built, in order. */
  public static List<LegislationItem> buildAll(List<ItemDraft> drafts) {
    return drafts.stream().map(ItemDraft::build).toList();
  }
}
