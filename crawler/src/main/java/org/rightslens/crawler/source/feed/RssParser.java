package org.rightslens.crawler.source.feed;

import static org.rightslens.crawler.source.feed.FeedSupport.DC;
import static org.rightslens.crawler.source.feed.FeedSupport.attr;
import static org.rightslens.crawler.source.feed.FeedSupport.child;
import static org.rightslens.crawler.source.feed.FeedSupport.childText;
import static org.rightslens.crawler.source.feed.FeedSupport.children;
import static org.rightslens.crawler.source.feed.FeedSupport.text;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.rightslens.crawler.source.ItemDraft;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.SourceParser;
import org.rightslens.model.item.LegislationItem;
import org.w3c.dom.Element;

/**
 * Source type {@code rss}: any RSS 2.0 feed (also RSS 0.9x, and RSS 1.0 / RDF), such as a
 * parliament's or a gazette's, one item per {@code item}.
 *
 * <p>Mapping: native id from {@code guid} (RSS 1.0: {@code rdf:about}), else from {@code link},
 * without scheme; title; url from {@code link} (or a permalink guid); summary from {@code
 * description} (else {@code content:encoded}) as plain text; published from {@code pubDate} (RFC
 * 822/1123) or {@code dc:date}; subjects from {@code category} and {@code dc:subject}; textUrl from
 * an {@code enclosure} that is a document (PDF, XML, HTML, text). Jurisdiction, type and status
 * come from the source settings; the language too, else from the channel's {@code language}. Items
 * with neither guid nor link are skipped: they cannot be identified. RSS has no paging, so there is
 * never a next page.
 *
 * <p>Rejected: empty bodies, bot challenges, HTML pages, malformed or hostile XML, and XML whose
 * root is neither {@code rss} nor an RSS 1.0 {@code rdf:RDF}.
 */
public final class RssParser implements SourceParser {

  public static final String TYPE = "rss";

  private static final String RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
  private static final String RSS1 = "http://purl.org/rss/1.0/";
  private static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";

  @Override
  public ParseOutcome parse(byte[] body, ParseContext context) {
    FeedSupport.XmlBody xml = FeedSupport.readXml(body);
    if (xml.problem() != null) {
      return rejected(xml.problem());
    }
    Element root = xml.document().getDocumentElement();
    String ns;
    Element channel;
    List<Element> itemElements;
    if (FeedSupport.is(root, null, "rss")) {
      ns = null;
      channel = child(root, null, "channel");
      if (channel == null) {
        return rejected("<rss> without a <channel>");
      }
      itemElements = children(channel, null, "item");
    } else if (FeedSupport.is(root, RDF, "RDF")) {
      // RSS 1.0 puts the items beside the channel, in its own namespace.
      ns = RSS1;
      channel = child(root, RSS1, "channel");
      itemElements = children(root, RSS1, "item");
    } else {
      return rejected("expected an RSS <rss> document, got " + FeedSupport.describe(root));
    }
    try {
      String language = childText(channel, ns, "language");
      if (language == null) {
        language = childText(channel, DC, "language");
      }
      Map<String, LegislationItem> items = new LinkedHashMap<>();
      for (Element item : itemElements) {
        ItemDraft draft = item(item, ns, context, language);
        if (draft != null) {
          items.putIfAbsent(draft.id, draft.build());
        }
      }
      return new ParseOutcome.Parsed(List.copyOf(items.values()), null);
    } catch (RuntimeException e) {
      // The contract is to never throw for bad input: an unforeseen shape is a rejection.
      return rejected("could not read the feed: " + e);
    }
  }

  private static ItemDraft item(Element item, String ns, ParseContext context, String language) {
    Element guidElement = child(item, ns, "guid");
    String guid =
        ns == null ? text(guidElement) : FeedSupport.collapse(item.getAttributeNS(RDF, "about"));
    String link = childText(item, ns, "link");
    String url = context.resolve(link);
    // A relative link identifies the item only together with the feed's address.
    String id = FeedSupport.nativeId(guid != null ? guid : url != null ? url : link);
    if (id == null) {
      return null;
    }
    ItemDraft d = ItemDraft.of(context, id);
    d.title = childText(item, ns, "title");
    d.url = url;
    if (d.url == null && guid != null && isPermaLink(guidElement, guid)) {
      d.url = context.resolve(guid);
    }
    d.summary = FeedSupport.htmlText(rawText(child(item, ns, "description")));
    if (d.summary == null) {
      d.summary = FeedSupport.htmlText(rawText(child(item, CONTENT, "encoded")));
    }
    d.published = FeedSupport.date(childText(item, ns, "pubDate"));
    if (d.published == null) {
      d.published = FeedSupport.date(childText(item, DC, "date"));
    }
    children(item, ns, "category").forEach(c -> d.subject(text(c)));
    children(item, DC, "subject").forEach(c -> d.subject(text(c)));
    d.textUrl = context.resolve(documentEnclosure(item));
    if (d.language == null) {
      d.language = language;
    }
    return d;
  }

  /** RSS 2.0: a guid is a permalink unless it says isPermaLink="false"; it must look like one. */
  private static boolean isPermaLink(Element guidElement, String guid) {
    boolean declared =
        guidElement == null || !"false".equalsIgnoreCase(attr(guidElement, "isPermaLink"));
    return declared && guid.toLowerCase(Locale.ROOT).matches("https?://\\S+");
  }

  /** The url of the first enclosure that is a document; audio, images and video are not. */
  private static String documentEnclosure(Element item) {
    for (Element enclosure : children(item, null, "enclosure")) {
      String type = attr(enclosure, "type");
      String url = attr(enclosure, "url");
      if (url != null
          && type != null
          && (type.contains("pdf")
              || type.contains("xml")
              || type.contains("html")
              || type.startsWith("text/"))) {
        return url;
      }
    }
    return null;
  }

  private static String rawText(Element e) {
    return e == null ? null : e.getTextContent();
  }

  private static ParseOutcome.Rejected rejected(String reason) {
    return new ParseOutcome.Rejected(TYPE + ": " + reason);
  }
}
