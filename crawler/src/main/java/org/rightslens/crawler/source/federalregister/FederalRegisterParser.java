package org.rightslens.crawler.source.federalregister;

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
 * Parser of type {@code federal-register}: Federal Register API v1 JSON.
 *
 * <p>Accepts the search envelope of {@code GET /documents.json} ({@code count}, {@code results[]},
 * {@code next_page_url}, which becomes the next page; zero hits omit {@code results}, and give no
 * items), a bare {@code results}-style array, and a single document of {@code GET
 * /documents/{document_number}.json}. Each document becomes an item whose native id is its {@code
 * document_number}; see {@link FederalRegisterDocument} for the fields.
 */
public final class FederalRegisterParser implements SourceParser {

  static final String WRONG_SHAPE =
      "federal-register: expected a search envelope with results[], a results array or a document"
          + " with document_number";

  @Override
  public ParseOutcome parse(byte[] body, ParseContext context) {
    Optional<String> notContent = NotContent.reason(body);
    if (notContent.isPresent()) {
      return new Rejected(notContent.get());
    }
    // The FR sometimes answers with an HTML error page.
    if (NotContent.looksLikeHtml(body)) {
      return new Rejected(
          "federal-register: an HTML page where JSON was expected (an error page?)");
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
      return new Rejected("federal-register: cannot read the response: " + e);
    }
  }

  private static ParseOutcome parseTree(JsonNode root, ParseContext context) {
    if (root == null) {
      return new Rejected(WRONG_SHAPE);
    }
    if (root.isArray()) {
      return results(root, null, context);
    }
    if (!root.isObject()) {
      return new Rejected(WRONG_SHAPE);
    }
    String documentNumber = JsonValues.text(root, "document_number");
    if (documentNumber != null) {
      return Parsed.of(List.of(FederalRegisterDocument.toItem(root, documentNumber, context)));
    }
    JsonNode results = root.get("results");
    if (results != null && results.isArray()) {
      return results(results, next(root, context), context);
    }
    // Zero hits: {"description": …, "count": 0} with no results at all.
    if ((results == null || results.isNull()) && root.has("count")) {
      return new Parsed(List.of(), next(root, context));
    }
    if (root.has("errors") || root.has("message")) {
      JsonNode errors = root.has("errors") ? root.get("errors") : root.get("message");
      return new Rejected(
          "federal-register: API error: " + (errors.isTextual() ? errors.asText() : errors));
    }
    return new Rejected(WRONG_SHAPE);
  }

  private static ParseOutcome results(JsonNode results, URI next, ParseContext context) {
    List<LegislationItem> items = new ArrayList<>();
    for (JsonNode doc : results) {
      // An entry without its number cannot be identified; it is left out, not guessed at.
      String documentNumber = doc.isObject() ? JsonValues.text(doc, "document_number") : null;
      if (documentNumber != null) {
        items.add(FederalRegisterDocument.toItem(doc, documentNumber, context));
      }
    }
    if (items.isEmpty() && !results.isEmpty()) {
      return new Rejected(WRONG_SHAPE + " (no result has a document_number)");
    }
    return new Parsed(items, next);
  }

  /** The server's own next link, which carries the search cursor past 10,000 results. */
  private static URI next(JsonNode root, ParseContext context) {
    String link = context.resolve(JsonValues.text(root, "next_page_url"));
    if (link == null) {
      return null;
    }
    try {
      return URI.create(link);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
