package org.rightslens.crawler.source.legislationgovuk;

import static org.rightslens.crawler.source.feed.FeedSupport.ATOM;
import static org.rightslens.crawler.source.feed.FeedSupport.DC;
import static org.rightslens.crawler.source.feed.FeedSupport.atomLink;
import static org.rightslens.crawler.source.feed.FeedSupport.atomText;
import static org.rightslens.crawler.source.feed.FeedSupport.attr;
import static org.rightslens.crawler.source.feed.FeedSupport.child;
import static org.rightslens.crawler.source.feed.FeedSupport.childText;
import static org.rightslens.crawler.source.feed.FeedSupport.children;
import static org.rightslens.crawler.source.legislationgovuk.LegislationGovUk.PBL;
import static org.rightslens.crawler.source.legislationgovuk.LegislationGovUk.UKM;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rightslens.crawler.source.ItemDraft;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.SourceParser;
import org.rightslens.crawler.source.feed.FeedSupport;
import org.rightslens.model.item.LegislationItem;
import org.w3c.dom.Element;

/**
 * Source type {@code legislation-gov-uk}: the Atom feeds of legislation.gov.uk. Accepted: the new
 * legislation feeds ({@code /new/data.feed} and variants), listing and search feeds (with their
 * OpenSearch elements and facets, which are ignored), and the Publication Log ({@code
 * /update/.../data.feed}, {@code pbl:} elements).
 *
 * <p>Mapping: native id from the item's identifier URI ({@code dc:identifier} in the Publication
 * Log, whose entry id names an event; the entry {@code id} elsewhere), the part after {@code /id/}
 * ({@code uksi/2015/1995}); jurisdiction GB; type and status from {@code ukm:DocumentMainType};
 * published and updated from the Atom dates; adopted from {@code ukm:CreationDate} (the enactment
 * or made date); url the item's page (the link without rel, else {@code pbl:Document}, else the
 * HTML alternate, else the identifier URI); textUrl the {@code application/xml} alternate (CLML,
 * {@code data.xml}), else the published XML of the Publication Log; summary; subjects from {@code
 * category/@term} and {@code ukm:Subject}. Entries about the same item are collapsed into one item,
 * which the Publication Log needs (one entry per format: XML, PDF). Left out: Publication Log
 * events that publish no legislation (associated documents, changes, withdrawals), impact
 * assessments (about legislation, not legislation) and entries that identify no item by an {@code
 * /id/} URI (the effects of a changes feed). The next page is the feed's {@code link rel="next"}; a
 * feed without entries gives no items.
 *
 * <p>Rejected: empty bodies, bot challenges, HTML pages, malformed or hostile XML, and XML whose
 * root is not an Atom {@code feed}.
 */
public final class LegislationGovUkFeedParser implements SourceParser {

  public static final String TYPE = "legislation-gov-uk";

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
      Map<String, List<Element>> entriesByItem = new LinkedHashMap<>();
      for (Element entry : children(feed, ATOM, "entry")) {
        String id = itemId(entry);
        if (id != null
            && publishesLegislation(entry)
            && !LegislationGovUk.isImpactAssessment(mainType(entry))) {
          entriesByItem.computeIfAbsent(id, k -> new ArrayList<>()).add(entry);
        }
      }
      List<LegislationItem> items = new ArrayList<>();
      entriesByItem.forEach((id, entries) -> items.add(item(id, entries, context)));
      String next = context.resolve(atomLink(feed, "next", null));
      return new ParseOutcome.Parsed(items, FeedSupport.uri(next));
    } catch (RuntimeException e) {
      // The contract is to never throw for bad input: an unforeseen shape is a rejection.
      return rejected("could not read the feed: " + e);
    }
  }

  /** The native id, or null if the entry does not identify an item (an effect, an event). */
  private static String itemId(Element entry) {
    String uri = identifierUri(entry);
    return uri != null && uri.contains("/id/") ? LegislationGovUk.nativeId(uri) : null;
  }

  /** The item's identifier URI: the Publication Log's entry id names an event, not the item. */
  private static String identifierUri(Element entry) {
    String identifier = childText(entry, DC, "identifier");
    return identifier != null ? identifier : childText(entry, ATOM, "id");
  }

  private static String mainType(Element entry) {
    return attr(child(entry, UKM, "DocumentMainType"), "Value");
  }

  /**
   * One item from the entries about it: the first says what it can, the others fill what it lacks
   * (a PDF entry has no XML link). Published is the earliest date, updated the latest.
   */
  private static LegislationItem item(String id, List<Element> entries, ParseContext context) {
    ItemDraft d = ItemDraft.of(context, id);
    d.jurisdiction = LegislationGovUk.JURISDICTION;
    String mainType = null;
    String title = null;
    for (Element entry : entries) {
      mainType = first(mainType, mainType(entry));
      title = first(title, atomText(child(entry, ATOM, "title")));
      d.summary = first(d.summary, atomText(child(entry, ATOM, "summary")));
      d.url = first(d.url, context.resolve(page(entry)));
      d.textUrl = first(d.textUrl, context.resolve(clml(entry)));
      d.adopted =
          first(d.adopted, FeedSupport.date(attr(child(entry, UKM, "CreationDate"), "Date")));
      d.published = earliest(d.published, FeedSupport.date(childText(entry, ATOM, "published")));
      d.updated = latest(d.updated, FeedSupport.date(childText(entry, ATOM, "updated")));
      for (Element category : children(entry, ATOM, "category")) {
        d.subject(attr(category, "term"));
      }
      for (Element subject : children(entry, UKM, "Subject")) {
        d.subject(attr(subject, "Value"));
      }
      if (d.language == null) {
        d.language = childText(entry, DC, "language");
      }
    }
    d.title = title;
    d.type = first(LegislationGovUk.type(mainType), d.type);
    d.status = first(LegislationGovUk.status(mainType, title), d.status);
    return d.build();
  }

  /**
   * True unless the entry is a Publication Log event that publishes no legislation: an associated
   * document or a set of changes (their titles are not the item's, and they change no text of it)
   * or a withdrawal.
   */
  private static boolean publishesLegislation(Element entry) {
    String contentType = childText(entry, PBL, "ContentType");
    String event = childText(entry, PBL, "Event");
    return (contentType == null || contentType.equals("legislation") || contentType.equals("draft"))
        && (event == null || event.equals("published"));
  }

  /** The human page: the version's URI (the link without rel), else what the entry offers. */
  private static String page(Element entry) {
    for (Element link : children(entry, ATOM, "link")) {
      if (attr(link, "rel") == null && attr(link, "href") != null) {
        return attr(link, "href");
      }
    }
    String document = childText(entry, PBL, "Document");
    if (document != null) {
      return document;
    }
    String html = atomLink(entry, "alternate", "text/html");
    if (html != null) {
      return html;
    }
    String identifier = identifierUri(entry);
    return identifier != null && identifier.contains("/id/") ? identifier : null;
  }

  /**
   * The CLML of the version: the XML alternate; in the Publication Log, the XML the entry
   * published, or for legislation published in another format the document's {@code data.xml}
   * (every legislation.gov.uk document has one).
   */
  private static String clml(Element entry) {
    String xml = atomLink(entry, "alternate", "application/xml");
    if (xml != null) {
      return xml;
    }
    String published = childText(entry, PBL, "Item_Published");
    if (published != null && "xml".equalsIgnoreCase(childText(entry, PBL, "Format"))) {
      return published;
    }
    String document = childText(entry, PBL, "Document");
    if (document != null && "legislation".equals(childText(entry, PBL, "ContentType"))) {
      return document.replaceAll("/+$", "") + "/data.xml";
    }
    return null;
  }

  private static <T> T first(T current, T candidate) {
    return current != null ? current : candidate;
  }

  private static LocalDate earliest(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isBefore(b) ? a : b;
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  private static ParseOutcome.Rejected rejected(String reason) {
    return new ParseOutcome.Rejected(TYPE + ": " + reason);
  }
}
