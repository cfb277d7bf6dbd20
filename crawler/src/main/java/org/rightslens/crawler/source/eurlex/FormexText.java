package org.rightslens.crawler.source.eurlex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rightslens.crawler.source.feed.FeedSupport;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The plain text of a Formex 4 act: preamble (citations, recitals), enacting terms (divisions,
 * articles, paragraphs, points) and final provisions with the signature, one paragraph per block,
 * paragraphs separated by a blank line. Numbers start the paragraph they number ({@code (1) Network
 * and information systems ...}, {@code 1. With a view to ...}); table rows are one paragraph, cells
 * separated by {@code |}. Left out: the bibliographic data, the title (an item field of its own)
 * and footnotes. Quotation marks, which Formex writes as {@code QUOT.START}/{@code QUOT.END}
 * elements with a code point, are put back.
 */
final class FormexText {

  // Not the text of the act: bibliographic data, and footnotes (their markers go with them).
  private static final Set<String> SKIPPED =
      Set.of("BIB.INSTANCE", "BIB.DOC", "PUBLICATION.REF", "FMX", "PAPER", "PDF", "NOTE");

  // Numbers of recitals, points and paragraphs: printed at the start of what they number.
  private static final Set<String> NUMBERS = Set.of("NO.P", "NO.PARAG");

  // Elements inside a line of text. A block made only of these (and text) is one paragraph.
  private static final Set<String> INLINE =
      Set.of(
          "HT",
          "FT",
          "DATE",
          "QUOT.START",
          "QUOT.END",
          "NOTE",
          "REF.DOC",
          "REF.DOC.OJ",
          "REF.DOC.ECR",
          "IE",
          "LINK",
          "URL",
          "ADDR.S",
          "ABBR",
          "ACRONYM");

  private final List<String> paragraphs = new ArrayList<>();
  private String pendingNumber;

  private FormexText() {}

  /** The text of the act under {@code root}, without its {@code TITLE}; null if it has none. */
  static String of(Element root) {
    FormexText text = new FormexText();
    for (Element e : elements(root)) {
      if (!e.getTagName().equals("TITLE")) {
        text.walk(e);
      }
    }
    if (text.pendingNumber != null) {
      text.paragraphs.add(text.pendingNumber);
    }
    return text.paragraphs.isEmpty() ? null : String.join("\n\n", text.paragraphs);
  }

  /** The text inside {@code e} as one line, footnotes left out; null if it has none. */
  static String inline(Element e) {
    if (e == null) {
      return null;
    }
    StringBuilder out = new StringBuilder();
    collect(e, out);
    return FeedSupport.collapse(out.toString());
  }

  private void walk(Element e) {
    String name = e.getTagName();
    if (SKIPPED.contains(name)) {
      return;
    }
    if (NUMBERS.contains(name)) {
      String number = inline(e);
      if (number != null) {
        pendingNumber = pendingNumber == null ? number : pendingNumber + " " + number;
      }
    } else if (name.equals("ROW")) {
      List<String> cells = new ArrayList<>();
      for (Element cell : elements(e)) {
        String cellText = inline(cell);
        if (cellText != null) {
          cells.add(cellText);
        }
      }
      paragraph(cells.isEmpty() ? null : String.join(" | ", cells));
    } else if (hasOwnText(e) || isLine(e)) {
      paragraph(inline(e));
    } else {
      elements(e).forEach(this::walk);
    }
  }

  private void paragraph(String text) {
    if (text == null) {
      return;
    }
    if (pendingNumber != null) {
      text = pendingNumber + " " + text;
      pendingNumber = null;
    }
    paragraphs.add(text);
  }

  private static void collect(Node node, StringBuilder out) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        out.append(n.getNodeValue());
      } else if (n instanceof Element e) {
        String name = e.getTagName();
        if (name.equals("NOTE")) {
          continue;
        } else if (name.equals("QUOT.START") || name.equals("QUOT.END")) {
          out.append(quote(e));
        } else {
          // Blocks nested in a line (the P of a TI, the cells of a table) stay words apart.
          boolean apart = !INLINE.contains(name);
          out.append(apart ? " " : "");
          collect(e, out);
          out.append(apart ? " " : "");
        }
      }
    }
  }

  /** The character a quotation element stands for: its CODE is a hexadecimal code point. */
  private static String quote(Element e) {
    String fallback = e.getTagName().equals("QUOT.START") ? "\u2018" : "\u2019";
    try {
      int codePoint = Integer.parseInt(e.getAttribute("CODE").strip(), 16);
      return Character.isValidCodePoint(codePoint) && !Character.isISOControl(codePoint)
          ? new String(Character.toChars(codePoint))
          : fallback;
    } catch (NumberFormatException ex) {
      return fallback;
    }
  }

  /** A block with no structure inside, only inline elements: one line of text. */
  private static boolean isLine(Element e) {
    for (Element child : elements(e)) {
      if (!INLINE.contains(child.getTagName())) {
        return false;
      }
    }
    return true;
  }

  private static boolean hasOwnText(Element e) {
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if ((n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE)
          && !n.getNodeValue().isBlank()) {
        return true;
      }
    }
    return false;
  }

  static List<Element> elements(Element parent) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        found.add(e);
      }
    }
    return found;
  }
}
