package org.rightslens.crawler.source.ukparliament;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.regex.Pattern;
import org.rightslens.crawler.source.ItemDraft;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.model.item.LegislationItem;

/**
 * Maps one bill of the UK Parliament Bills API to an item: an entry of {@code items[]} of {@code
 * GET /api/v1/Bills}, or the detail of {@code GET /api/v1/Bills/{billId}}, which adds {@code
 * longTitle} and {@code summary}.
 */
final class UkBill {

  /** Longest status the item model accepts: a letter and up to 40 more characters. */
  private static final int MAX_STATUS = 41;

  private static final Pattern NOT_SLUG = Pattern.compile("[^a-z0-9]+");

  private UkBill() {}

  /** The bill id as digits, or null if it is missing or not a positive whole number. */
  static String billId(JsonNode bill) {
    JsonNode id = bill.get("billId");
    if (id == null || !(id.isIntegralNumber() || id.isTextual())) {
      return null;
    }
    String s = id.asText().strip();
    return s.matches("[0-9]{1,9}") && !s.matches("0+") ? s : null;
  }

  static LegislationItem toItem(JsonNode bill, String billId, ParseContext context) {
    ItemDraft d = ItemDraft.of(context, billId);
    d.jurisdiction = "GB";
    if (d.language == null) {
      d.language = "en";
    }
    d.title = JsonValues.plain(JsonValues.text(bill, "shortTitle"));
    boolean isAct = bill.path("isAct").asBoolean(false);
    d.status = status(bill, isAct);
    // A bill at Royal Assent is an act, whether or not isAct has caught up.
    d.type = isAct || "enacted".equals(d.status) ? "act" : "bill";
    d.updated = JsonValues.date(bill, "lastUpdate");
    d.url = "https://bills.parliament.uk/bills/" + billId;
    String summary = JsonValues.plain(JsonValues.text(bill, "summary"));
    d.summary = summary != null ? summary : JsonValues.plain(JsonValues.text(bill, "longTitle"));
    return d.build();
  }

  /**
   * Withdrawn ({@code billWithdrawn} holds the date), defeated, enacted (an act, or at Royal
   * Assent), else the house and stage it is at, such as {@code commons-committee-stage} or {@code
   * lords-2nd-reading}; null when the bill names no current stage.
   */
  static String status(JsonNode bill, boolean isAct) {
    JsonNode withdrawn = bill.get("billWithdrawn");
    if (withdrawn != null
        && (withdrawn.isBoolean()
            ? withdrawn.asBoolean()
            : JsonValues.text(bill, "billWithdrawn") != null)) {
      return "withdrawn";
    }
    if (bill.path("isDefeated").asBoolean(false)) {
      return "defeated";
    }
    JsonNode stage = bill.get("currentStage");
    String description = JsonValues.text(stage, "description");
    if (isAct || (description != null && description.equalsIgnoreCase("Royal Assent"))) {
      return "enacted";
    }
    if (description == null) {
      return null;
    }
    String house = JsonValues.text(stage, "house");
    // Stages are named the same in both houses ("2nd reading"), so the house says where it is.
    boolean chamber = "Commons".equalsIgnoreCase(house) || "Lords".equalsIgnoreCase(house);
    return slug((chamber ? house + " " : "stage ") + description);
  }

  private static String slug(String s) {
    String slug = NOT_SLUG.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("-");
    slug = slug.replaceAll("^-+|-+$", "");
    if (slug.length() > MAX_STATUS) {
      // Cut at the last word boundary that fits, so no word is left half.
      int cut = slug.lastIndexOf('-', MAX_STATUS);
      slug = slug.substring(0, cut > 0 ? cut : MAX_STATUS);
    }
    return slug;
  }
}
