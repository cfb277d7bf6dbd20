package org.rightslens.crawler.source.govinfo;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Walks BILLSTATUS by direct children only. The format reuses names at many depths ({@code type},
 * {@code number}, {@code latestAction} and {@code title} also occur under related bills and
 * amendments), so a descendant search would pick up another measure's values.
 */
final class Dom {

  private Dom() {}

  /** The local name, whether or not the document uses namespaces. */
  static String name(Node node) {
    return node.getLocalName() != null ? node.getLocalName() : node.getNodeName();
  }

  /** The first child element named {@code name}, or null. */
  static Element child(Element parent, String name) {
    if (parent == null) {
      return null;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(name(e))) {
        return e;
      }
    }
    return null;
  }

  /** The element at the end of a path of child names, or null if any step is missing. */
  static Element path(Element from, String... names) {
    Element e = from;
    for (String name : names) {
      e = child(e, name);
      if (e == null) {
        return null;
      }
    }
    return e;
  }

  /** All child elements named {@code name}, in document order. */
  static List<Element> children(Element parent, String name) {
    List<Element> out = new ArrayList<>();
    if (parent == null) {
      return out;
    }
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e && name.equals(name(e))) {
        out.add(e);
      }
    }
    return out;
  }

  /** The stripped text of the element at the path, or null if it is missing or blank. */
  static String text(Element from, String... names) {
    Element e = path(from, names);
    if (e == null) {
      return null;
    }
    String s = e.getTextContent().strip();
    return s.isEmpty() ? null : s;
  }

  /** The first non-null of the texts at the given child names. */
  static String firstText(Element from, String... childNames) {
    for (String name : childNames) {
      String s = text(from, name);
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  /** The date part of a date or date-time ({@code 2016-10-01T15:44:35Z} is 2016-10-01). */
  static LocalDate date(String s) {
    if (s == null || s.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(s.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}
