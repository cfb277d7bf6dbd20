package org.rightslens.crawler.source.ukparliament;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.rightslens.crawler.source.NotContent;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.ParseOutcome.Parsed;
import org.rightslens.crawler.source.ParseOutcome.Rejected;
import org.rightslens.crawler.source.SourceParser;
import org.rightslens.model.item.LegislationItem;

/**
 * Parser of type {@code uk-parliament-bills}: UK Parliament Bills API JSON
 * (https://bills-api.parliament.uk/api/v1).
 *
 * <p>Accepts the bill list of {@code GET /api/v1/Bills?…&Skip=…&Take=…} ({@code items[]}, {@code
 * totalResults}, {@code itemsPerPage}) and the detail of {@code GET /api/v1/Bills/{billId}} (one
 * bill object). Each bill becomes an item with native id {@code billId}, jurisdiction GB, type bill
 * (act once it is one) and url {@code https://bills.parliament.uk/bills/{billId}}; see {@link
 * UkBill}. The next page is the request URL ({@link ParseContext#baseUrl()}) with {@code Skip}
 * advanced by {@code itemsPerPage}, while results remain.
 */
public final class UkParliamentBillsParser implements SourceParser {

  static final String WRONG_SHAPE =
      "uk-parliament-bills: expected a bill list with items[] or a bill with billId";

  @Override
  public ParseOutcome parse(byte[] body, ParseContext context) {
    Optional<String> notContent = NotContent.reason(body);
    if (notContent.isPresent()) {
      return new Rejected(notContent.get());
    }
    if (NotContent.looksLikeHtml(body)) {
      return new Rejected(
          "uk-parliament-bills: an HTML page where JSON was expected (an error page?)");
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
      return new Rejected("uk-parliament-bills: cannot read the response: " + e);
    }
  }

  private static ParseOutcome parseTree(JsonNode root, ParseContext context) {
    if (root == null || !root.isObject()) {
      return new Rejected(WRONG_SHAPE);
    }
    JsonNode items = root.get("items");
    if (items != null && items.isArray()) {
      return list(items, root, context);
    }
    String billId = UkBill.billId(root);
    if (billId != null) {
      return Parsed.of(List.of(UkBill.toItem(root, billId, context)));
    }
    // Errors come as RFC 7807 problem details: {"title": …, "status": 400, "errors": {…}}.
    if (root.has("status") && root.has("title")) {
      return new Rejected(
          "uk-parliament-bills: API error "
              + JsonValues.text(root, "status")
              + ": "
              + JsonValues.text(root, "title"));
    }
    return new Rejected(WRONG_SHAPE);
  }

  private static ParseOutcome list(JsonNode items, JsonNode root, ParseContext context) {
    List<LegislationItem> out = new ArrayList<>();
    for (JsonNode bill : items) {
      // An entry without its id cannot be identified; it is left out, not guessed at.
      String billId = bill.isObject() ? UkBill.billId(bill) : null;
      if (billId != null) {
        out.add(UkBill.toItem(bill, billId, context));
      }
    }
    if (out.isEmpty() && !items.isEmpty()) {
      return new Rejected(WRONG_SHAPE + " (no entry of items[] has a billId)");
    }
    URI next =
        SkipTakePaging.next(
            context.baseUrl(),
            root.path("totalResults").asLong(0),
            root.path("itemsPerPage").asLong(0),
            items.size());
    return new Parsed(out, next);
  }
}
