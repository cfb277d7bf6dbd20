package org.rightslens.processor.normalise;

import java.text.Normalizer;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Turns what sources send (HTML fragments or text with stray whitespace) into plain text: block
 * elements become line breaks, paragraphs are separated by one blank line, runs of spaces collapse
 * and the result is Unicode NFC.
 */
public final class PlainText {

  private static final Pattern LOOKS_LIKE_HTML = Pattern.compile("<(?:[a-zA-Z][a-zA-Z0-9]*|/|!)");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "li",
          "ul",
          "ol",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "tr",
          "table",
          "section",
          "article",
          "header",
          "footer",
          "blockquote",
          "pre",
          "dd",
          "dt",
          "dl");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\u00A0]+");
  private static final Pattern LINE_EDGES = Pattern.compile(" *\\n *");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n{3,}");
  private static final Pattern CONTROL = Pattern.compile("[\\p{Cc}&&[^\\n\\t]]");

  private PlainText() {}

  /** Plain text of {@code value}; null stays null. */
  public static String of(String value) {
    if (value == null) {
      return null;
    }
    String text = LOOKS_LIKE_HTML.matcher(value).find() ? htmlToText(value) : value;
    text = Normalizer.normalize(text, Normalizer.Form.NFC);
    text = text.replace("\r\n", "\n").replace('\r', '\n');
    text = CONTROL.matcher(text).replaceAll("");
    text = SPACES.matcher(text).replaceAll(" ");
    text = LINE_EDGES.matcher(text).replaceAll("\n");
    text = BLANK_LINES.matcher(text).replaceAll("\n\n");
    return text.strip();
  }

  /** Plain text on one line, for titles. */
  public static String oneLine(String value) {
    String text = of(value);
    return text == null ? null : text.replaceAll("\\s+", " ");
  }

  private static String htmlToText(String html) {
    StringBuilder out = new StringBuilder();
    Element body = Jsoup.parseBodyFragment(html).body();
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
              out.append(text.getWholeText().replace('\n', ' '));
            } else if (node instanceof Element e && e.normalName().equals("br")) {
              out.append('\n');
            } else if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              out.append("\n\n");
            }
          }

          @Override
          public void tail(Node node, int depth) {
            if (node instanceof Element e && BLOCKS.contains(e.normalName())) {
              out.append("\n\n");
            } else if (node instanceof Element e && e.normalName().equals("td")) {
              out.append(' ');
            }
          }
        },
        body);
    return out.toString();
  }
}
