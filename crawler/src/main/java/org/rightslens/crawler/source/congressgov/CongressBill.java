package org.rightslens.crawler.source.congressgov;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Optional;
import org.rightslens.crawler.source.ItemDraft;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.model.item.LegislationItem;

/**
 * Maps one bill object of Congress.gov API v3 to an item: an element of {@code bills[]} in a list
 * response, or the {@code bill} object of a detail response. The two share the fields used here;
 * the detail adds {@code introducedDate}, {@code laws[]} and {@code policyArea}.
 */
final class CongressBill {

  private CongressBill() {}

  /** The bill's key, or empty if {@code congress}, {@code type} or {@code number} is missing. */
  static Optional<BillKey> key(JsonNode bill) {
    return BillKey.of(
        JsonValues.text(bill, "congress"),
        JsonValues.text(bill, "type"),
        JsonValues.text(bill, "number"));
  }

  static LegislationItem toItem(JsonNode bill, BillKey key, ParseContext context) {
    ItemDraft d = ItemDraft.of(context, key.nativeId());
    d.jurisdiction = "US";
    if (d.language == null) {
      d.language = "en";
    }
    // List responses give "" as the title of many bills; that is no title, not an empty one.
    d.title = JsonValues.plain(JsonValues.text(bill, "title"));
    JsonNode latest = bill.get("latestAction");
    String latestText = JsonValues.text(latest, "text");
    JsonNode laws = bill.get("laws");
    boolean hasLaw = laws != null && laws.isArray() && !laws.isEmpty();
    d.status = LatestAction.status(latestText, hasLaw);
    boolean enacted = d.status.equals("enacted");
    d.type = enacted ? "act" : "bill";
    if (LatestAction.becameLaw(latestText)) {
      // The action that made it law is dated: that is when it was adopted.
      d.adopted = JsonValues.date(latest, "actionDate");
    }
    d.introduced = JsonValues.date(bill, "introducedDate");
    d.updated = JsonValues.date(bill, "updateDate");
    d.url = key.publicUrl();
    JsonNode policyArea = bill.get("policyArea");
    d.subject(JsonValues.text(policyArea, "name"));
    return d.build();
  }
}
