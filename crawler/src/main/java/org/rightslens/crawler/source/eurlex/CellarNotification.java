package org.rightslens.crawler.source.eurlex;

import static org.rightslens.crawler.source.feed.FeedSupport.ATOM;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rightslens.crawler.source.feed.FeedSupport;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * One entry of the CELLAR ingestion notification feed, as RSS ({@code item}) or Atom ({@code
 * entry}) gives it: the resource's CELLAR id, the notification type ({@code create}, {@code
 * update}, {@code delete}), its WEMI level and CDM classes, its identifiers ({@code celex:…},
 * {@code oj:…}, {@code ecli:…}, percent-decoded) and the ingestion date.
 *
 * <p>The live service renders some fields from an unfilled template ({@code $item.title}, {@code
 * ${item.cellarUri}_…}); such values are ignored.
 */
record CellarNotification(
    String cellarId,
    String type,
    String wemiClass,
    List<String> classes,
    List<String> identifiers,
    String date,
    String title) {

  /** The namespaces' common stem; RSS and Atom use {@code …/rss/…} and {@code …/atom/…}. */
  private static final String PO = "http://publications.europa.eu/";

  private static final Pattern CELLAR_ID =
      Pattern.compile(
          "^cellar:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}(\\.\\d+)*$");

  static CellarNotification read(Element entry, boolean atom) {
    List<String> classes = new ArrayList<>();
    for (Element c : entries(entry(entry, "classes"), "class")) {
      add(classes, FeedSupport.text(c));
    }
    List<String> identifiers = new ArrayList<>();
    for (Element i : entries(entry(entry, "identifiers"), "identifier")) {
      add(identifiers, EurLex.percentDecoded(FeedSupport.text(i)));
    }
    String date = value(FeedSupport.text(entry(entry, "date")));
    if (date == null) {
      // Atom entries carry the ingestion time only as <updated>.
      date = value(FeedSupport.childText(entry, atom ? ATOM : null, atom ? "updated" : "pubDate"));
    }
    return new CellarNotification(
        value(FeedSupport.text(entry(entry, "cellarId"))),
        lower(value(FeedSupport.text(entry(entry, "type")))),
        lower(value(FeedSupport.text(entry(entry, "wemiClass")))),
        List.copyOf(classes),
        List.copyOf(identifiers),
        date,
        value(FeedSupport.childText(entry, atom ? ATOM : null, "title")));
  }

  /** True for an element in one of the notification namespaces (request or entry). */
  static boolean isNotificationElement(Node n) {
    String ns = n.getNamespaceURI();
    return n instanceof Element && ns != null && ns.startsWith(PO) && ns.contains("notification");
  }

  /** The first child of {@code parent} named {@code local} in a notification namespace, or null. */
  static Element notification(Element parent, String suffix, String local) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (isNotificationElement(n)
          && n.getNamespaceURI().endsWith(suffix)
          && local.equals(n.getLocalName())) {
        return (Element) n;
      }
    }
    return null;
  }

  private static Element entry(Element parent, String local) {
    return notification(parent, "notificationEntry", local);
  }

  private static List<Element> entries(Element parent, String local) {
    List<Element> found = new ArrayList<>();
    if (parent != null) {
      for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
        if (isNotificationElement(n) && local.equals(n.getLocalName())) {
          found.add((Element) n);
        }
      }
    }
    return found;
  }

  /** The CELEX number among the identifiers, if there is a valid one. */
  Optional<Celex> celex() {
    for (String identifier : identifiers) {
      if (identifier.regionMatches(true, 0, "celex:", 0, 6)) {
        Optional<Celex> celex = Celex.parse(identifier.substring(6));
        if (celex.isPresent()) {
          return celex;
        }
      }
    }
    return Optional.empty();
  }

  /** The CELLAR id if it has the documented form {@code cellar:<uuid>[.nnnn...]}, else null. */
  String validCellarId() {
    return cellarId != null && CELLAR_ID.matcher(cellarId.toLowerCase(Locale.ROOT)).matches()
        ? cellarId.toLowerCase(Locale.ROOT)
        : null;
  }

  /** True unless the entry says it is about an expression or a manifestation, not a work. */
  boolean isWork() {
    if (wemiClass != null) {
      return wemiClass.equals("work");
    }
    return classes.isEmpty() || classes.stream().anyMatch(c -> c.endsWith("#work"));
  }

  boolean isDeletion() {
    return "delete".equals(type);
  }

  private static void add(List<String> list, String value) {
    String v = value(value);
    if (v != null) {
      list.add(v);
    }
  }

  /** Null for blank values and for the live service's unfilled template placeholders. */
  private static String value(String s) {
    return s == null || s.startsWith("$") || s.contains("${") ? null : s;
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(Locale.ROOT);
  }
}
