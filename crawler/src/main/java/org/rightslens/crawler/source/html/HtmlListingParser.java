package org.rightslens.crawler.source.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.rightslens.crawler.source.ItemDraft;
import org.rightslens.crawler.source.NotContent;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.SourceParser;
import org.rightslens.crawler.source.feed.FeedSupport;
import org.rightslens.model.item.LegislationItem;

/**
 * Source type {@code html}: a listing page of bills or acts, one item per element that the {@code
 * item} selector of the source's configuration matches (see {@link ListingSelectors}).
 *
 * <p>Mapping, inside each item element: url from the {@code link} element's {@code href} (resolved
 * against the page); native id from the {@code id} element's text (else the url, without scheme);
 * title (default: the link's text), summary as plain text; published from the {@code date} element
 * ({@code datetime} of a {@code time} element, else its text in ISO 8601 or "12 March 2024" form).
 * Jurisdiction, type, status and language come from the source settings; the language, if not set,
 * from the page's {@code lang}. Items with neither id nor link are skipped: they cannot be
 * identified. The {@code next} selector, if given, names the link to the next page.
 *
 * <p>Rejected: empty bodies, bot challenges, invalid selectors, and a page where the item selector
 * matches nothing, since that means the page changed (or is an error page) far more often than that
 * a listing became empty: the source's health must show it.
 */
public final class HtmlListingParser implements SourceParser {

  public static final String TYPE = "html";

  /** What is wrong with a source's selectors, by field; empty when they can be used. */
  public static Map<String, String> selectorProblems(Map<String, String> selectors) {
    return ListingSelectors.problems(selectors);
  }

  @Override
  public ParseOutcome parse(byte[] body, ParseContext context) {
    Optional<String> notContent = NotContent.reason(body);
    if (notContent.isPresent()) {
      return rejected(notContent.get());
    }
    Map<String, String> problems = selectorProblems(context.settings().selectors());
    if (!problems.isEmpty()) {
      return rejected("selectors in sources.yaml: " + problems);
    }
    ListingSelectors selectors = ListingSelectors.of(context.settings().selectors());
    Document page;
    try {
      String base = context.baseUrl() == null ? "" : context.baseUrl().toString();
      // A null charset lets Jsoup honour the byte order mark and the page's meta charset.
      page = Jsoup.parse(new ByteArrayInputStream(body), null, base);
    } catch (IOException e) {
      return rejected("could not read the page: " + e.getMessage());
    }
    List<Element> elements = page.select(selectors.item());
    if (elements.isEmpty()) {
      return rejected(
          "the item selector "
              + quote(context.settings().selectors().get("item"))
              + " matches nothing on the page titled "
              + quote(page.title())
              + ": the page layout changed, or this is an error page");
    }
    String pageLanguage = page.select("html[lang]").attr("lang");
    Map<String, LegislationItem> items = new LinkedHashMap<>();
    for (Element element : elements) {
      ItemDraft draft = item(element, selectors, context, pageLanguage);
      if (draft != null) {
        items.putIfAbsent(draft.id, draft.build());
      }
    }
    return new ParseOutcome.Parsed(List.copyOf(items.values()), next(page, selectors, context));
  }

  private static ItemDraft item(
      Element element, ListingSelectors selectors, ParseContext context, String pageLanguage) {
    Element link = first(element, selectors.link());
    String url = link == null ? null : context.resolve(link.attr("href"));
    String ownId = text(first(element, selectors.id()));
    String id = FeedSupport.nativeId(ownId != null ? ownId : url);
    if (id == null) {
      return null;
    }
    ItemDraft d = ItemDraft.of(context, id);
    d.url = url;
    Element title =
        selectors.title() != null
            ? first(element, selectors.title())
            : link != null ? link : element;
    d.title = text(title);
    d.summary = text(first(element, selectors.summary()));
    d.published = date(first(element, selectors.date()));
    if (d.language == null && !pageLanguage.isBlank()) {
      d.language = pageLanguage;
    }
    return d;
  }

  private static URI next(Document page, ListingSelectors selectors, ParseContext context) {
    Element link = selectors.next() == null ? null : page.selectFirst(selectors.next());
    String href = link == null ? null : context.resolve(link.attr("href"));
    if (href == null) {
      return null;
    }
    URI next = URI.create(href);
    return next.equals(context.baseUrl()) ? null : next;
  }

  private static Element first(Element scope, Evaluator evaluator) {
    if (evaluator == null) {
      return null;
    }
    // The item element itself may be what a field selects, as in a row whose link is the row.
    return scope.is(evaluator) ? scope : scope.selectFirst(evaluator);
  }

  private static LocalDate date(Element element) {
    if (element == null) {
      return null;
    }
    String datetime = element.attr("datetime");
    return FeedSupport.date(datetime.isBlank() ? element.text() : datetime);
  }

  private static String text(Element element) {
    return element == null ? null : FeedSupport.collapse(element.text());
  }

  private static String quote(String s) {
    return "\"" + s + "\"";
  }

  private static ParseOutcome.Rejected rejected(String reason) {
    return new ParseOutcome.Rejected(TYPE + ": " + reason);
  }
}
