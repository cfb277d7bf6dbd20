package org.rightslens.crawler.source.legislationgovuk;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.rightslens.crawler.source.feed.FeedSupport;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The plain text of a CLML document: prelims, body, schedules and explanatory notes, one paragraph
 * per block (headings and numbers included), paragraphs separated by a blank line. Metadata, the
 * table of contents, footnotes, commentaries and margin notes are left out. Provision numbers start
 * the paragraph they number: {@code 1. (1) These Regulations may be cited as ...}.
 */
final class ClmlText {

  // Not the text of the legislation, or marks pointing at what is left out.
  private static final Set<String> SKIPPED =
      Set.of(
          "Metadata",
          "Contents",
          "Footnotes",
          "Commentaries",
          "MarginNotes",
          "Resources",
          "Versions",
          "FootnoteRef",
          "CommentaryRef",
          "MarginNoteRef");

  // Elements whose text is one paragraph.
  private static final Set<String> BLOCKS =
      Set.of(
          "Text",
          "Title",
          "Subtitle",
          "Number",
          "LongTitle",
          "Reference",
          "DateText",
          "PersonName",
          "JobTitle",
          "Department",
          "AddressLine",
          "td",
          "th");

  // Prelims lines made of a label and a date ("Made" "9th December 2015"): one paragraph each.
  private static final Set<String> LINES =
      Set.of(
          "MadeDate",
          "LaidDate",
          "SiftedDate",
          "ApprovedDate",
          "ComingIntoForce",
          "ComingIntoForceClauses",
          "DateOfEnactment",
          "DateSigned");

  private final List<String> paragraphs = new ArrayList<>();
  private String pendingNumber;

  private ClmlText() {}

  /** The text of the document under {@code root}; null if it has none. */
  static String of(Element root) {
    ClmlText text = new ClmlText();
    text.walk(root);
    if (text.pendingNumber != null) {
      text.paragraphs.add(text.pendingNumber);
    }
    return text.paragraphs.isEmpty() ? null : String.join("\n\n", text.paragraphs);
  }

  private void walk(Element e) {
    String name = e.getLocalName();
    if (SKIPPED.contains(name)) {
      return;
    }
    if (name.equals("Pnumber")) {
      String label = label(e);
      if (label != null) {
        // "2.—" runs into the subsection number, as printed: "2.—(1)".
        pendingNumber =
            pendingNumber == null
                ? label
                : pendingNumber + (pendingNumber.endsWith("—") ? "" : " ") + label;
      }
    } else if (name.equals("tr")) {
      List<String> cells = new ArrayList<>();
      for (Element cell : elements(e)) {
        String cellText = inline(cell);
        if (cellText != null) {
          cells.add(cellText);
        }
      }
      paragraph(cells.isEmpty() ? null : String.join(" | ", cells));
    } else if (isLine(e) || BLOCKS.contains(name) || hasOwnText(e)) {
      paragraph(inline(e));
    } else {
      elements(e).forEach(this::walk);
    }
  }

  // A coming-into-force line with several clauses gives one paragraph per clause instead.
  private static boolean isLine(Element e) {
    return LINES.contains(e.getLocalName())
        && elements(e).stream().noneMatch(c -> c.getLocalName().equals("ComingIntoForceClauses"));
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

  /**
   * A provision number as printed: with its own punctuation when the document gives it, else {@code
   * 1.} for a section or regulation and {@code (1)} for the levels below.
   */
  private static String label(Element pnumber) {
    String number = inline(pnumber);
    if (number == null) {
      return null;
    }
    if (pnumber.hasAttribute("PuncBefore") || pnumber.hasAttribute("PuncAfter")) {
      return pnumber.getAttribute("PuncBefore") + number + pnumber.getAttribute("PuncAfter");
    }
    if (!number.matches("[0-9A-Za-z]+")) {
      return number;
    }
    Node parent = pnumber.getParentNode();
    boolean topLevel = parent instanceof Element p && p.getLocalName().equals("P1");
    return topLevel ? number + "." : "(" + number + ")";
  }

  /** The text inside {@code e} as one line; nested blocks and lines are kept apart by a space. */
  private static String inline(Element e) {
    StringBuilder out = new StringBuilder();
    collect(e, out);
    return FeedSupport.collapse(out.toString());
  }

  private static void collect(Node node, StringBuilder out) {
    for (Node n = node.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n.getNodeType() == Node.TEXT_NODE || n.getNodeType() == Node.CDATA_SECTION_NODE) {
        out.append(n.getNodeValue());
      } else if (n instanceof Element e && !SKIPPED.contains(e.getLocalName())) {
        boolean apart = BLOCKS.contains(e.getLocalName()) || LINES.contains(e.getLocalName());
        out.append(apart ? " " : "");
        collect(e, out);
        out.append(apart ? " " : "");
      }
    }
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

  private static List<Element> elements(Element parent) {
    List<Element> found = new ArrayList<>();
    for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e) {
        found.add(e);
      }
    }
    return found;
  }
}
