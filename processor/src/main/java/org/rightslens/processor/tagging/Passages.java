package org.rightslens.processor.tagging;

import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Where a hit sits in an item's text: the sentence or clause around it (the evidence a reader is
 * shown), and whether it lies in the preamble or in the operative provisions.
 */
final class Passages {

  /** Longest passage shown; a longer sentence is cut to a clause around the hit. */
  static final int MAX_PASSAGE = 600;

  /** Up to this length a text is split into sentences once, for all its hits. */
  private static final int WHOLE_TEXT = 500_000;

  /** How far around a hit in a longer text its sentence is looked for. */
  private static final int WINDOW = 2 * MAX_PASSAGE;

  /** A sentence this short before the hit's sentence, on its line, is a number or heading. */
  private static final int SHORT_LEAD = 16;

  // The first words of the operative part: an enacting formula, or a first article or section.
  private static final Pattern OPERATIVE_START =
      Pattern.compile(
          "(?im)(have adopted this|be it enacted|hereby enacts?|enacted by the parliament"
              + "|ont adopt[ée]|a adopt[ée] la loi|d[ée]cr[eè]te\\s*:"
              + "|han adoptado|decreta\\s*:|sanciona con fuerza de ley"
              + "|adotaram|decreta e eu sanciono|promulga a seguinte"
              + "|^\\s*(?:article|section|art[íi]culo|artigo|art\\.)\\s*(?:1(?:er|º|°|\\.|\\b)|premier|primero|first|one\\b))");

  private final String text;
  private final Locale locale;
  private final int operativeStart;
  private int[] wholeText;

  Passages(String text, String language) {
    this.text = text == null ? "" : text;
    this.locale = language == null ? Locale.ROOT : Locale.forLanguageTag(language);
    Matcher m = OPERATIVE_START.matcher(this.text);
    this.operativeStart = m.find() ? m.start() : 0;
  }

  /** True if {@code offset} lies before the enacting formula or first article. */
  boolean inPreamble(int offset) {
    return offset < operativeStart;
  }

  /**
   * The span of the sentence around [{@code start}, {@code end}), cut to a clause if too long. A
   * text of ordinary length is split into sentences once; in a huge one only a window around the
   * hit is read, so that it costs no more per hit than a short one.
   */
  int[] around(int start, int end) {
    int base;
    int[] bounds;
    if (text.length() <= WHOLE_TEXT) {
      base = 0;
      if (wholeText == null) {
        wholeText = boundaries(text);
      }
      bounds = wholeText;
    } else {
      base = Math.max(0, start - WINDOW);
      bounds = boundaries(text.substring(base, Math.min(text.length(), end + WINDOW)));
    }
    int from = base + atOrBefore(bounds, start - base);
    int to = base + after(bounds, Math.max(start, end - 1) - base);
    // A short lead such as "Section 3." or "Art. 5." belongs to the sentence it numbers.
    if (from > base) {
      int lead = base + atOrBefore(bounds, from - base - 1);
      if (from - lead <= SHORT_LEAD && text.substring(lead, from).indexOf('\n') < 0) {
        from = lead;
      }
    }
    // Line breaks end headings and list items, which the sentence iterator runs together.
    for (int i = start - 1; i >= from; i--) {
      if (text.charAt(i) == '\n') {
        from = i + 1;
        break;
      }
    }
    for (int i = end; i < to; i++) {
      if (text.charAt(i) == '\n') {
        to = i;
        break;
      }
    }
    if (to - from > MAX_PASSAGE) {
      int half = Math.max(0, (MAX_PASSAGE - (end - start)) / 2);
      from = Math.max(from, start - half);
      to = Math.min(to, Math.max(end, from + MAX_PASSAGE));
    }
    while (from < to && Character.isWhitespace(text.charAt(from))) {
      from++;
    }
    while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
      to--;
    }
    return new int[] {from, to};
  }

  /** Every sentence boundary of {@code s}, from 0 to its length. */
  private int[] boundaries(String s) {
    BreakIterator sentences = BreakIterator.getSentenceInstance(locale);
    sentences.setText(s);
    IntStream.Builder all = IntStream.builder();
    for (int b = sentences.first(); b != BreakIterator.DONE; b = sentences.next()) {
      all.add(b);
    }
    return all.build().toArray();
  }

  /** The last boundary at or before {@code offset}. */
  private static int atOrBefore(int[] bounds, int offset) {
    int i = Arrays.binarySearch(bounds, offset);
    return i >= 0 ? bounds[i] : bounds[Math.max(0, -i - 2)];
  }

  /** The first boundary after {@code offset}, or the last one. */
  private static int after(int[] bounds, int offset) {
    int i = Arrays.binarySearch(bounds, offset);
    int next = i >= 0 ? i + 1 : -i - 1;
    return bounds[Math.min(next, bounds.length - 1)];
  }
}
