package org.rightslens.crawler.source.eurlex;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.rightslens.crawler.source.feed.FeedSupport;

/**
 * The plain text of the XHTML of an EUR-Lex act, one paragraph per block, paragraphs separated by a
 * blank line: the preamble, enacting terms, final provisions and annexes. The number cells of the
 * layout tables EUR-Lex sets recitals and points in start the paragraph they number ({@code (1)
 * Pursuant to ...}); the rows of data tables are one paragraph, cells separated by {@code |}. Left
 * out: the title lines (an item field of their own), the OJ header, footnotes and the markers that
 * point at them, scripts and styles.
 */
final class XhtmlText {

  private static final Set<String> SKIPPED_TAGS =
      Set.of("script", "style", "noscript", "hr", "img", "head", "title", "meta", "link");

  private static final Set<String> BLOCK_TAGS =
      Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "caption", "blockquote");

  private static final Set<String> LAYOUT_BREAKS =
      Set.of("p", "div", "table", "tr", "td", "th", "li", "br", "tbody", "ul", "ol", "dl");

  // Stands where something was left out of a line, until the line is finished.
  private static final char MARKER = '\u0000';
  private static final Pattern MARKER_BEFORE_PUNCTUATION =
      Pattern.compile("[\\s\u00A0]*\u0000[\\s\u00A0\u0000]*(?=[,.;:)])");

  private final Set<Element> titleLines;
  private final List<String> paragraphs = new ArrayList<>();
  private String pendingNumber;

  private XhtmlText(Set<Element> titleLines) {
    this.titleLines = titleLines;
  }

  /** The text under {@code roots}, without the {@code titleLines}; null if there is none. */
  static String of(List<Element> roots, Set<Element> titleLines) {
    XhtmlText text = new XhtmlText(titleLines);
    roots.forEach(text::walk);
    if (text.pendingNumber != null) {
      text.paragraphs.add(text.pendingNumber);
    }
    return text.paragraphs.isEmpty() ? null : String.join("\n\n", text.paragraphs);
  }

  /** True for what is never text of the act: footnotes, their markers, the OJ header. */
  static boolean isApparatus(Element e) {
    String tag = e.normalName();
    if (SKIPPED_TAGS.contains(tag)) {
      return true;
    }
    if (tag.equals("a") && (e.attr("href").startsWith("#ntr") || e.id().startsWith("ntc"))) {
      return true;
    }
    for (String c : e.classNames()) {
      if (c.equals("oj-note")
          || c.equals("note")
          || c.startsWith("oj-hd-")
          || c.startsWith("hd-")) {
        return true;
      }
    }
    return false;
  }

  /** The text of {@code e} as one line, footnote markers left out; null if it has none. */
  static String inline(Element e) {
    StringBuilder out = new StringBuilder();
    collect(e, out);
    // A footnote marker sits between a word and its punctuation ("Council (1), and"): without it,
    // the punctuation closes up to the word again.
    String text = MARKER_BEFORE_PUNCTUATION.matcher(out).replaceAll("");
    return FeedSupport.collapse(text.replace(String.valueOf(MARKER), ""));
  }

  private void walk(Element e) {
    if (isApparatus(e) || titleLines.contains(e) || e.hasClass("eli-main-title")) {
      return;
    }
    String tag = e.normalName();
    if (tag.equals("table")) {
      rows(e).forEach(this::row);
    } else if (BLOCK_TAGS.contains(tag) || hasOwnText(e)) {
      paragraph(inline(e));
    } else {
      e.children().forEach(this::walk);
    }
  }

  /**
   * A table row. In a data table (EUR-Lex gives them a {@code *table} class) the cells are one
   * line; in a layout table the leading cells hold the number of what the last cell says.
   */
  private void row(Element tr) {
    List<Element> cells =
        tr.children().stream().filter(c -> c.nameIs("td") || c.nameIs("th")).toList();
    if (cells.isEmpty()) {
      return;
    }
    Element table = tr.closest("table");
    boolean data = table != null && table.className().contains("table");
    if (data) {
      List<String> texts = new ArrayList<>();
      for (Element cell : cells) {
        String t = inline(cell);
        if (t != null) {
          texts.add(t);
        }
      }
      paragraph(texts.isEmpty() ? null : String.join(" | ", texts));
      return;
    }
    for (int i = 0; i < cells.size() - 1; i++) {
      String number = inline(cells.get(i));
      if (number != null) {
        pendingNumber = pendingNumber == null ? number : pendingNumber + " " + number;
      }
    }
    walk(cells.get(cells.size() - 1));
  }

  private static List<Element> rows(Element table) {
    List<Element> rows = new ArrayList<>();
    for (Element child : table.children()) {
      if (child.nameIs("tr")) {
        rows.add(child);
      } else if (child.nameIs("tbody") || child.nameIs("thead") || child.nameIs("tfoot")) {
        child.children().stream().filter(r -> r.nameIs("tr")).forEach(rows::add);
      }
    }
    return rows;
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
    for (Node n : node.childNodes()) {
      if (n instanceof TextNode t) {
        out.append(t.getWholeText());
      } else if (n instanceof Element e && isApparatus(e)) {
        out.append(MARKER);
      } else if (n instanceof Element e) {
        boolean apart = LAYOUT_BREAKS.contains(e.normalName());
        out.append(apart ? " " : "");
        collect(e, out);
        out.append(apart ? " " : "");
      }
    }
  }

  private static boolean hasOwnText(Element e) {
    for (TextNode t : e.textNodes()) {
      if (!t.isBlank()) {
        return true;
      }
    }
    return false;
  }
}
