package org.rightslens.crawler.source.feed;

import static org.rightslens.crawler.source.feed.FeedSupport.ATOM;
import static org.rightslens.crawler.source.feed.FeedSupport.XML;
import static org.rightslens.crawler.source.feed.FeedSupport.atomLink;
import static org.rightslens.crawler.source.feed.FeedSupport.atomText;
import static org.rightslens.crawler.source.feed.FeedSupport.attr;
import static org.rightslens.crawler.source.feed.FeedSupport.child;
import static org.rightslens.crawler.source.feed.FeedSupport.childText;
import static org.rightslens.crawler.source.feed.FeedSupport.children;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rightslens.crawler.source.ItemDraft;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.SourceParser;
import org.rightslens.model.item.LegislationItem;
import org.w3c.dom.Element;

/**
 * Source type {@code atom}: any Atom 1.0 feed (RFC 4287), such as a parliament's or a gazette's,
 * one item per {@code entry}.
 *
 * <p>Mapping: native id from the entry {@code id} (or its link when the id is missing), without
 * scheme; title; url from {@code link rel="alternate"} or a link without rel (preferring {@code
 * text/html}); summary from {@code summary}, else {@code content} (text, HTML or XHTML, as plain
 * text); published and updated dates; subjects from {@code category/@term}; language from {@code
 * xml:lang} when the source settings give none. Jurisdiction, type and status come from the source
 * settings, since a feed does not say them. The next page is the feed's {@code link rel="next"}
 * (RFC 5005). Entries repeated in one page are kept once.
 *
 * <p>Rejected: empty bodies, bot challenges, HTML pages, malformed or hostile XML, and XML whose
 * root is not an Atom 1.0 {@code feed}.
 */
public final class AtomParser implements SourceParser {

  public static final String TYPE = "atom";

  @Override
  public ParseOutcome parse(byte[] body, ParseContext context) {
    FeedSupport.XmlBody xml = FeedSupport.readXml(body);
    if (xml.problem() != null) {
      return rejected(xml.problem());
    }
    Element feed = xml.document().getDocumentElement();
    if (!FeedSupport.is(feed, ATOM, "feed")) {
      return rejected("expected an Atom <feed>, got " + FeedSupport.describe(feed));
    }
    try {
      String feedLanguage = language(feed);
      Map<String, LegislationItem> items = new LinkedHashMap<>();
      for (Element entry : children(feed, ATOM, "entry")) {
        ItemDraft draft = entry(entry, context, feedLanguage);
        if (draft != null) {
          items.putIfAbsent(draft.id, draft.build());
        }
      }
      String next = context.resolve(atomLink(feed, "next", null));
      return new ParseOutcome.Parsed(List.copyOf(items.values()), FeedSupport.uri(next));
    } catch (RuntimeException e) {
      // The contract is to never throw for bad input: an unforeseen shape is a rejection.
      return rejected("could not read the feed: " + e);
    }
  }

  private static ItemDraft entry(Element entry, ParseContext context, String feedLanguage) {
    String url = context.resolve(htmlLink(entry));
    String id = FeedSupport.nativeId(childText(entry, ATOM, "id"));
    if (id == null) {
      // Without an id or a link the entry cannot be told apart from the next one.
      id = FeedSupport.nativeId(url);
      if (id == null) {
        return null;
      }
    }
    ItemDraft d = ItemDraft.of(context, id);
    d.title = atomText(child(entry, ATOM, "title"));
    d.url = url;
    d.summary = atomText(child(entry, ATOM, "summary"));
    if (d.summary == null) {
      d.summary = atomText(child(entry, ATOM, "content"));
    }
    d.published = FeedSupport.date(childText(entry, ATOM, "published"));
    d.updated = FeedSupport.date(childText(entry, ATOM, "updated"));
    for (Element category : children(entry, ATOM, "category")) {
      d.subject(attr(category, "term"));
    }
    if (d.language == null) {
      String entryLanguage = language(entry);
      d.language = entryLanguage != null ? entryLanguage : feedLanguage;
    }
    return d;
  }

  /** The entry's page: an HTML alternate link first, then any alternate link. */
  private static String htmlLink(Element entry) {
    String html = atomLink(entry, "alternate", "text/html");
    return html != null ? html : atomLink(entry, "alternate", null);
  }

  private static String language(Element e) {
    return FeedSupport.collapse(e.getAttributeNS(XML, "lang"));
  }

  private static ParseOutcome.Rejected rejected(String reason) {
    return new ParseOutcome.Rejected(TYPE + ": " + reason);
  }
}
