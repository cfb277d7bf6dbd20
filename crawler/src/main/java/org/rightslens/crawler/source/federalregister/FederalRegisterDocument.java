package org.rightslens.crawler.source.federalregister;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import org.rightslens.crawler.source.ItemDraft;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.model.item.LegislationItem;

/**
 * Maps one Federal Register document (a full {@code GET /documents/{number}.json} or one entry of a
 * search's {@code results[]}, which may carry only the {@code fields[]} asked for) to an item.
 */
final class FederalRegisterDocument {

  private FederalRegisterDocument() {}

  static LegislationItem toItem(JsonNode doc, String documentNumber, ParseContext context) {
    ItemDraft d = ItemDraft.of(context, documentNumber);
    d.jurisdiction = "US";
    if (d.language == null) {
      d.language = "en";
    }
    d.title = JsonValues.plain(JsonValues.text(doc, "title"));
    type(doc, d);
    d.published = JsonValues.date(doc, "publication_date");
    d.effective = JsonValues.date(doc, "effective_on");
    // Only presidential documents are signed; the signing is when they were adopted.
    d.adopted = JsonValues.date(doc, "signing_date");
    d.url = JsonValues.text(doc, "html_url");
    d.textUrl = first(doc, "body_html_url", "raw_text_url", "full_text_xml_url", "pdf_url");
    d.summary = JsonValues.plain(JsonValues.text(doc, "abstract"));
    JsonNode topics = doc.get("topics");
    if (topics != null && topics.isArray()) {
      topics.forEach(t -> d.subject(t.isTextual() ? t.asText() : null));
    }
    JsonNode agencies = doc.get("agencies");
    if (agencies != null && agencies.isArray()) {
      for (JsonNode agency : agencies) {
        // Agencies the FR does not know by name come with raw_name only.
        String name = JsonValues.text(agency, "name");
        d.subject(name != null ? name : JsonValues.text(agency, "raw_name"));
      }
    }
    return d.build();
  }

  /**
   * Rule and Proposed Rule are regulations, final or proposed. Executive orders and proclamations
   * are binding acts of the President (decision); other presidential documents (memoranda,
   * determinations, notices) announce, as notices do. Any other type keeps the source's default.
   */
  private static void type(JsonNode doc, ItemDraft d) {
    String type = JsonValues.text(doc, "type");
    if (type == null) {
      return;
    }
    switch (type.toLowerCase(Locale.ROOT)) {
      case "rule" -> {
        d.type = "regulation";
        d.status = "final";
      }
      case "proposed rule" -> {
        d.type = "regulation";
        d.status = "proposed";
      }
      case "notice" -> d.type = "notice";
      case "presidential document" -> d.type = bindingPresidentialAct(doc) ? "decision" : "notice";
      default -> {
        // Uncategorized and other documents: nothing to say about them.
      }
    }
  }

  private static boolean bindingPresidentialAct(JsonNode doc) {
    String subtype = JsonValues.text(doc, "subtype");
    if (subtype != null) {
      String s = subtype.toLowerCase(Locale.ROOT);
      return s.equals("executive order") || s.equals("proclamation");
    }
    return JsonValues.text(doc, "executive_order_number") != null
        || JsonValues.text(doc, "proclamation_number") != null;
  }

  private static String first(JsonNode doc, String... fields) {
    for (String field : fields) {
      String s = JsonValues.text(doc, field);
      if (s != null) {
        return s;
      }
    }
    return null;
  }
}
