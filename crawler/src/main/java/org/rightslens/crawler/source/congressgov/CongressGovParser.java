package org.rightslens.crawler.source.congressgov;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rightslens.crawler.source.NotContent;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.ParseOutcome.Parsed;
import org.rightslens.crawler.source.ParseOutcome.Rejected;
import org.rightslens.crawler.source.SourceParser;
import org.rightslens.model.item.LegislationItem;

/**
 * Parser of type {@code congress-gov}: Congress.gov API v3 JSON.
 *
 * <p>Accepts a bill list ({@code GET /bill…}, {@code GET /law…}: {@code bills[]} with {@code
 * pagination.next}, which becomes the next page) and a bill detail ({@code GET
 * /bill/{congress}/{type}/{number}}: {@code bill{…}}). Each bill becomes an item with id {@code
 * {congress}-{type}-{number}}, jurisdiction US, type bill (act once it lists a law) and the public
 * Congress.gov page as its url.
 *
 * <p>The sub-resources of a bill ({@code /actions}, {@code /amendments}, {@code /committees},
 * {@code /cosponsors}, {@code /relatedbills}, {@code /subjects}, {@code /summaries}, {@code /text},
 * {@code /titles}) are rejected with a reason naming them. Each holds one facet of a bill and no
 * title, status or dates; an item made from one alone would carry the bill's id with most fields
 * empty and, being a different content, would replace the full bill as its newest version. They
 * belong merged into the bill detail before it is parsed.
 */
public final class CongressGovParser implements SourceParser {

  static final String WRONG_SHAPE =
      "congress-gov: expected a bill list with bills[] or a bill detail with bill{}";

  /** Top-level key of each sub-resource response, to the path segment that names it. */
  private static final Map<String, String> SUB_RESOURCES =
      Map.of(
          "actions", "actions",
          "amendments", "amendments",
          "committees", "committees",
          "cosponsors", "cosponsors",
          "relatedBills", "relatedbills",
          "subjects", "subjects",
          "summaries", "summaries",
          "textVersions", "text",
          "titles", "titles");

  @Override
  public ParseOutcome parse(byte[] body, ParseContext context) {
    Optional<String> notContent = NotContent.reason(body);
    if (notContent.isPresent()) {
      return new Rejected(notContent.get());
    }
    if (NotContent.looksLikeHtml(body)) {
      return new Rejected("congress-gov: an HTML page where JSON was expected (an error page?)");
    }
    JsonNode root;
    try {
      root = JsonValues.read(body);
    } catch (IOException e) {
      return new Rejected("not JSON: " + JsonValues.describe(e));
    }
    try {
      return parseTree(root, context);
    } catch (RuntimeException e) {
      // A shape no branch foresaw must cost this page, never the crawl.
      return new Rejected("congress-gov: cannot read the response: " + e);
    }
  }

  private static ParseOutcome parseTree(JsonNode root, ParseContext context) {
    if (root == null || !root.isObject()) {
      return new Rejected(WRONG_SHAPE);
    }
    JsonNode bills = root.get("bills");
    if (bills != null && bills.isArray()) {
      return list(bills, root, context);
    }
    JsonNode bill = root.get("bill");
    if (bill != null && bill.isObject()) {
      return CongressBill.key(bill)
          .<ParseOutcome>map(key -> Parsed.of(List.of(CongressBill.toItem(bill, key, context))))
          .orElseGet(
              () -> new Rejected("congress-gov: bill detail without congress, type or number"));
    }
    JsonNode error = root.get("error");
    if (error != null && !error.isNull()) {
      String message = error.isObject() ? JsonValues.text(error, "message") : error.asText();
      return new Rejected("congress-gov: API error: " + message);
    }
    for (Map.Entry<String, String> sub : SUB_RESOURCES.entrySet()) {
      if (root.has(sub.getKey())) {
        return new Rejected(subResource(sub.getValue(), root.get("request")));
      }
    }
    return new Rejected(WRONG_SHAPE);
  }

  private static ParseOutcome list(JsonNode bills, JsonNode root, ParseContext context) {
    List<LegislationItem> items = new ArrayList<>();
    for (JsonNode bill : bills) {
      // A list entry without its key cannot be identified; it is left out, not guessed at.
      CongressBill.key(bill).ifPresent(key -> items.add(CongressBill.toItem(bill, key, context)));
    }
    if (items.isEmpty() && !bills.isEmpty()) {
      return new Rejected(WRONG_SHAPE + " (no entry of bills[] has congress, type and number)");
    }
    return new Parsed(items, next(root, context));
  }

  private static URI next(JsonNode root, ParseContext context) {
    String link = context.resolve(JsonValues.text(root.get("pagination"), "next"));
    if (link == null) {
      return null;
    }
    try {
      return URI.create(link);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static String subResource(String name, JsonNode request) {
    String reason = "congress.gov " + name + " sub-resource, not a bill or bill list";
    Optional<BillKey> of =
        BillKey.of(
            JsonValues.text(request, "congress"),
            JsonValues.text(request, "billType"),
            JsonValues.text(request, "billNumber"));
    if (of.isPresent()) {
      reason += " (bill " + of.get().nativeId() + ")";
    }
    return reason + ": parse the bill detail, which it belongs to";
  }
}
