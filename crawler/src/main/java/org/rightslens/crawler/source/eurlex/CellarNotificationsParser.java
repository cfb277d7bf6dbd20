package org.rightslens.crawler.source.eurlex;

import static org.rightslens.crawler.source.feed.FeedSupport.ATOM;
import static org.rightslens.crawler.source.feed.FeedSupport.child;
import static org.rightslens.crawler.source.feed.FeedSupport.children;

import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.rightslens.crawler.source.ItemDraft;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.SourceParser;
import org.rightslens.crawler.source.feed.FeedSupport;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Source type {@code cellar-notifications}: the CELLAR ingestion notification feed of the
 * Publications Office ({@code /webapi/notification/ingestion?startDate=…&type=…&wemiClasses=work
 * &page=N}), in its RSS 2.0 form and its Atom form, one item per notified work.
 *
 * <p>Mapping: native id the CELEX number among the entry's identifiers ({@code celex:32016R0679}),
 * else its CELLAR id ({@code cellar:<uuid>}); jurisdiction EU; type and status from the CELEX
 * number (see {@link Celex#type()}), else from the source settings; title the entry's own title
 * when the service fills it in, else {@code CELEX <number>} or {@code CELLAR work <uuid>} (a
 * notification names a work, it does not describe it: the act itself is fetched by its CELEX); url
 * the EUR-Lex page of the CELEX number, else the CELLAR resource; textUrl the CELLAR resource
 * ({@code /resource/celex/<CELEX>}, which serves the text by content negotiation); summary the
 * notification type and the identifiers (the OJ reference among them); updated the ingestion date.
 * Left out: entries about an expression or a manifestation rather than a work, deletions (nothing
 * is left to read), and entries naming no resource. A work notified twice in one page is one item,
 * updated at the later date.
 *
 * <p>Paging: the next page is the request with {@code page} advanced by one, only when the feed
 * says {@code notifReq:moreEntries} is true (or, when it does not say, the page is full) and the
 * page had entries; see {@link NotificationPaging}.
 *
 * <p>Rejected: empty bodies, bot challenges, HTML pages, malformed or hostile XML, and XML that is
 * not an RSS or Atom feed with notification elements.
 */
public final class CellarNotificationsParser implements SourceParser {

  public static final String TYPE = "cellar-notifications";

  private static final String CELLAR_RESOURCE = "http://publications.europa.eu/resource/cellar/";

  @Override
  public ParseOutcome parse(byte[] body, ParseContext context) {
    FeedSupport.XmlBody xml = FeedSupport.readXml(body);
    if (xml.problem() != null) {
      return rejected(xml.problem());
    }
    Element root = xml.document().getDocumentElement();
    boolean atom = FeedSupport.is(root, ATOM, "feed");
    Element feed;
    List<Element> entries;
    if (FeedSupport.is(root, null, "rss")) {
      feed = child(root, null, "channel");
      if (feed == null) {
        return rejected("<rss> without a <channel>");
      }
      entries = children(feed, null, "item");
    } else if (atom) {
      feed = root;
      entries = children(root, ATOM, "entry");
    } else {
      return rejected(
          "expected a CELLAR notification feed (RSS <rss> or Atom <feed>), got "
              + FeedSupport.describe(root));
    }
    try {
      if (!hasNotificationElements(feed, entries)) {
        return rejected(
            "a feed without CELLAR notification elements (notifReq:, notifEntry:): not the"
                + " notification API");
      }
      Map<String, ItemDraft> drafts = new LinkedHashMap<>();
      for (Element entry : entries) {
        CellarNotification n = CellarNotification.read(entry, atom);
        if (!n.isWork() || n.isDeletion()) {
          continue;
        }
        ItemDraft draft = item(n, context);
        if (draft == null) {
          continue;
        }
        ItemDraft seen = drafts.putIfAbsent(draft.id, draft);
        if (seen != null) {
          seen.updated = latest(seen.updated, draft.updated);
        }
      }
      List<ItemDraft> items = new ArrayList<>(drafts.values());
      URI next =
          NotificationPaging.next(context.baseUrl(), page(feed), moreEntries(feed), entries.size());
      return new ParseOutcome.Parsed(ItemDraft.buildAll(items), next);
    } catch (RuntimeException e) {
      // The contract is to never throw for bad input: an unforeseen shape is a rejection.
      return rejected("could not read the feed: " + e);
    }
  }

  private static ItemDraft item(CellarNotification n, ParseContext context) {
    Optional<Celex> celex = n.celex();
    String cellarId = n.validCellarId();
    String nativeId =
        celex
            .map(Celex::value)
            .orElseGet(() -> cellarId != null ? cellarId : FeedSupport.nativeId(n.cellarId()));
    if (nativeId == null) {
      return null;
    }
    ItemDraft d = ItemDraft.of(context, nativeId);
    d.jurisdiction = EurLex.JURISDICTION;
    String uuid = cellarId == null ? null : cellarId.substring("cellar:".length());
    if (celex.isPresent()) {
      Celex c = celex.get();
      d.type = first(c.type(), d.type);
      d.status = first(c.status(), d.status);
      d.title = first(n.title(), "CELEX " + c.value());
      d.url = c.eurLexUrl(d.language);
      d.textUrl = c.cellarUri();
    } else {
      d.title = first(n.title(), "CELLAR work " + (uuid != null ? uuid : n.cellarId()));
      d.url = uuid == null ? null : CELLAR_RESOURCE + uuid;
      d.textUrl = d.url;
    }
    d.summary = summary(n);
    d.updated = FeedSupport.date(n.date());
    return d;
  }

  private static String summary(CellarNotification n) {
    String what = "CELLAR " + (n.type() == null ? "" : n.type() + " ") + "notification";
    return n.identifiers().isEmpty()
        ? what
        : what + "; identifiers: " + String.join(", ", n.identifiers());
  }

  private static boolean hasNotificationElements(Element feed, List<Element> entries) {
    List<Element> scope = new ArrayList<>(entries);
    scope.add(0, feed);
    for (Element e : scope) {
      for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (CellarNotification.isNotificationElement(n)) {
          return true;
        }
      }
    }
    return false;
  }

  private static Integer page(Element feed) {
    String page =
        FeedSupport.text(CellarNotification.notification(feed, "notificationRequest", "page"));
    try {
      return page == null ? null : Integer.valueOf(page);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static Boolean moreEntries(Element feed) {
    String more =
        FeedSupport.text(
            CellarNotification.notification(feed, "notificationRequest", "moreEntries"));
    return more == null ? null : more.toLowerCase(Locale.ROOT).equals("true");
  }

  private static <T> T first(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }

  private static LocalDate latest(LocalDate a, LocalDate b) {
    return a == null ? b : b == null || a.isAfter(b) ? a : b;
  }

  private static ParseOutcome.Rejected rejected(String reason) {
    return new ParseOutcome.Rejected(TYPE + ": " + reason);
  }
}
