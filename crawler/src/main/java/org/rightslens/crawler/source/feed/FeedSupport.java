package org.rightslens.crawler.source.feed;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Entities;
import org.rightslens.crawler.source.NotContent;
import org.rightslens.crawler.xml.HostileXmlException;
import org.rightslens.crawler.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What the XML feed parsers share: reading a body as XML or saying why it is not content, walking
 * DOM children by namespace, Atom text constructs, native ids, and the date forms feeds write.
 */
public final class FeedSupport {

  public static final String ATOM = "http://www.w3.org/2005/Atom";
  public static final String DC = "http://purl.org/dc/elements/1.1/";
  public static final String XML = "http://www.w3.org/XML/1998/namespace";

  /**
   * Deepest element nesting accepted. Feeds and CLML stay far below it; deeper nesting only serves
   * to exhaust the stack of whatever walks the tree.
   */
  static final int MAX_DEPTH = 500;

  /** Longest native id kept as is; longer ones are cut and given a hash so they stay unique. */
  private static final int MAX_ID_CHARS = 300;

  // Also catches HTML behind a byte order mark, an XML declaration or comments, which
  // NotContent.looksLikeHtml does not; such a page would otherwise be blamed on its DOCTYPE.
  private static final Pattern HTML_START =
      Pattern.compile(
          "^\\uFEFF?\\s*(?:<\\?xml[^>]*\\?>\\s*)?(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html)[\\s>]",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern SCHEME =
      Pattern.compile("^(?:[A-Za-z][A-Za-z0-9+.-]*://|(?i:urn|tag):)");
  private static final Pattern NOT_ID_CHAR = Pattern.compile("[^A-Za-z0-9._~/-]");
  private static final Pattern ISO_DATE =
      Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})(?:$|[Tt\\sZz+-])");
  // RFC 822/1123: optional weekday (in any language), day, month name, two- or four-digit year.
  private static final Pattern RFC_DATE =
      Pattern.compile(
          "^(?:[^\\d\\s,]+,?\\s*)?(\\d{1,2})[\\s-]+([A-Za-z]{3,})\\.?[\\s-]+(\\d{4}|\\d{2})(?:$|[\\s,T])");
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private FeedSupport() {}

  /** A body read as XML: either the document or the reason it is not content, never both. */
  public record XmlBody(Document document, String problem) {}

  /**
   * Reads {@code body} as XML with {@link SafeXml}, after refusing what {@link NotContent} knows is
   * not content and HTML pages served where XML data was expected.
   */
  public static XmlBody readXml(byte[] body) {
    Optional<String> notContent = NotContent.reason(body);
    if (notContent.isPresent()) {
      return new XmlBody(null, notContent.get());
    }
    if (NotContent.looksLikeHtml(body) || HTML_START.matcher(head(body)).find()) {
      return new XmlBody(null, "an HTML page, not XML data (an error or login page?)");
    }
    Document document;
    try {
      document = SafeXml.parse(body);
    } catch (HostileXmlException e) {
      return new XmlBody(null, e.getMessage());
    }
    if (tooDeep(document)) {
      return new XmlBody(null, "hostile XML: elements nested more than " + MAX_DEPTH + " deep");
    }
    return new XmlBody(document, null);
  }

  // Walks the tree without recursion, so that the check itself cannot exhaust the stack.
  private static boolean tooDeep(Document document) {
    Node root = document.getDocumentElement();
    Node node = root;
    int depth = 0;
    while (true) {
      Node child = node.getFirstChild();
      if (child != null) {
        node = child;
        if (++depth > MAX_DEPTH) {
          return true;
        }
        continue;
      }
      while (node != root && node.getNextSibling() == null) {
        node = node.getParentNode();
        depth--;
      }
      if (node == root) {
        return false;
      }
      node = node.getNextSibling();
    }
  }

  private static String head(byte[] body) {
    return new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8);
  }

  /** True if {@code e} is the element {@code local} in {@code namespace} (null: no namespace). */
  public static boolean is(Element e, String namespace, String local) {
    return e != null
        && Objects.equals(e.getNamespaceURI(), namespace)
        && local.equals(e.getLocalName());
  }

  /**
   * Names an element for a rejection reason: {@code <rss>}, or with its namespace if it has one.
   */
  public static String describe(Element e) {
    String ns = e.getNamespaceURI();
    return "<" + e.getLocalName() + ">" + (ns == null ? "" : " (namespace " + ns + ")");
  }

  /** The direct child elements {@code local} in {@code namespace} (null: no namespace). */
  public static List<Element> children(Element parent, String namespace, String local) {
    List<Element> found = new ArrayList<>();
    if (parent == null) {
      return found;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && is(e, namespace, local)) {
        found.add(e);
      }
    }
    return found;
  }

  /** The first direct child element {@code local} in {@code namespace}, or null. */
  public static Element child(Element parent, String namespace, String local) {
    List<Element> found = children(parent, namespace, local);
    return found.isEmpty() ? null : found.get(0);
  }

  /** The text of the first such child, whitespace collapsed; null if absent or blank. */
  public static String childText(Element parent, String namespace, String local) {
    return text(child(parent, namespace, local));
  }

  /** The text content of {@code e}, whitespace collapsed; null if absent or blank. */
  public static String text(Element e) {
    return e == null ? null : collapse(e.getTextContent());
  }

  /** An attribute (no namespace), stripped; null if absent or blank. */
  public static String attr(Element e, String name) {
    return e == null ? null : collapse(e.getAttribute(name));
  }

  /** Whitespace runs as one space, stripped; null if nothing is left. */
  public static String collapse(String s) {
    if (s == null) {
      return null;
    }
    String c = s.replaceAll("[\\s\\u00A0]+", " ").strip();
    return c.isEmpty() ? null : c;
  }

  /** The plain text of an HTML fragment; null if it has none. */
  public static String htmlText(String html) {
    return html == null || html.isBlank() ? null : collapse(Jsoup.parse(html).text());
  }

  /**
   * The plain text of an Atom text construct ({@code title}, {@code summary}, {@code content}) of
   * type {@code text}, {@code html} or {@code xhtml}; null for other media types (not prose).
   */
  public static String atomText(Element construct) {
    if (construct == null) {
      return null;
    }
    String type =
        Objects.requireNonNullElse(attr(construct, "type"), "text").toLowerCase(Locale.ROOT);
    if (type.equals("html") || type.equals("text/html")) {
      return htmlText(construct.getTextContent());
    }
    if (type.equals("xhtml") || type.equals("application/xhtml+xml")) {
      // Through Jsoup, so that block elements (p, li, br) still separate words.
      StringBuilder html = new StringBuilder();
      for (Node n = construct.getFirstChild(); n != null; n = n.getNextSibling()) {
        asHtml(n, html);
      }
      return htmlText(html.toString());
    }
    return type.equals("text") || type.startsWith("text/") ? text(construct) : null;
  }

  private static void asHtml(Node node, StringBuilder out) {
    if (node.getNodeType() == Node.TEXT_NODE || node.getNodeType() == Node.CDATA_SECTION_NODE) {
      out.append(Entities.escape(node.getNodeValue()));
    } else if (node instanceof Element e) {
      out.append('<').append(e.getLocalName()).append('>');
      for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
        asHtml(n, out);
      }
      out.append("</").append(e.getLocalName()).append('>');
    }
  }

  /**
   * The href of the first Atom {@code link} child with relation {@code rel} (a link without rel is
   * {@code alternate}, as RFC 4287 says) and, if {@code type} is not null, that media type.
   */
  public static String atomLink(Element parent, String rel, String type) {
    for (Element link : children(parent, ATOM, "link")) {
      String r = Objects.requireNonNullElse(attr(link, "rel"), "alternate");
      if (r.equals(rel) && (type == null || type.equalsIgnoreCase(attr(link, "type")))) {
        String href = attr(link, "href");
        if (href != null) {
          return href;
        }
      }
    }
    return null;
  }

  /** A URI from an already resolved link; null if there is none or it is not a valid URI. */
  public static URI uri(String link) {
    try {
      return link == null ? null : URI.create(link);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /**
   * A stable native id from a source's own identifier (a guid, an Atom id, a link): without its
   * scheme ({@code https://}, {@code urn:}, {@code tag:}), every character other than {@code
   * [A-Za-z0-9._~/-]} replaced by {@code -}; null if nothing is left. Very long ids are cut and end
   * in a hash of the whole, so they stay distinct.
   */
  public static String nativeId(String raw) {
    String s = collapse(raw);
    if (s == null) {
      return null;
    }
    s = NOT_ID_CHAR.matcher(SCHEME.matcher(s).replaceFirst("")).replaceAll("-");
    if (s.chars().allMatch(c -> c == '-' || c == '/')) {
      return null;
    }
    return s.length() <= MAX_ID_CHARS ? s : s.substring(0, MAX_ID_CHARS - 17) + "-" + sha256(s);
  }

  private static String sha256(String s) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * The calendar date in a date or timestamp as the source wrote it (in its own offset, not moved
   * to UTC): ISO 8601 ({@code 2024-05-01}, {@code 2024-05-01T10:00:00+01:00}) or RFC 822/1123
   * ({@code Wed, 01 May 2024 10:00:00 GMT}, with or without weekday, two-digit years too). Null if
   * absent or unreadable: a missing date must not cost the item.
   */
  public static LocalDate date(String value) {
    String s = collapse(value);
    if (s == null) {
      return null;
    }
    try {
      Matcher iso = ISO_DATE.matcher(s);
      if (iso.find()) {
        return LocalDate.of(num(iso, 1), num(iso, 2), num(iso, 3));
      }
      Matcher rfc = RFC_DATE.matcher(s);
      if (rfc.find()) {
        Integer month = MONTHS.get(rfc.group(2).substring(0, 3).toLowerCase(Locale.ROOT));
        int year = num(rfc, 3);
        if (rfc.group(3).length() == 2) {
          // RFC 2822 section 4.3: 00-49 are 2000-2049, 50-99 are 1950-1999.
          year += year < 50 ? 2000 : 1900;
        }
        return month == null ? null : LocalDate.of(year, month, num(rfc, 1));
      }
    } catch (DateTimeException e) {
      return null;
    }
    return null;
  }

  private static int num(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }
}
