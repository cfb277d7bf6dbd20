package org.rightslens.processor.tagging;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a hit sits in an item's text: the sentence or clause around it (the evidence a reader is
 * shown), and whether it lies in the preamble or in the operative provisions.
 */
final class Passages {

  /** Longest passage shown; a longer sentence is cut to a clause around the hit. */
  static final int MAX_PASSAGE = 600;

  /** How far around a hit its sentence is looked for. */
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
   * The span of the sentence around [{@code start}, {@code end}), cut to a clause if too long. Only
   * a window around the hit is read, so that a huge text costs no more per hit than a short one.
   */
  int[] around(int start, int end) {
    int windowStart = Math.max(0, start - WINDOW);
    int windowEnd = Math.min(text.length(), end + WINDOW);
    BreakIterator sentences = BreakIterator.getSentenceInstance(locale);
    sentences.setText(text.substring(windowStart, windowEnd));
    int from = sentenceStart(sentences, start - windowStart) + windowStart;
    int to = sentences.following(Math.max(start, end - 1) - windowStart);
    to = to == BreakIterator.DONE ? windowEnd : to + windowStart;
    // A short lead such as "Section 3." or "Art. 5." belongs to the sentence it numbers.
    if (from > windowStart) {
      int lead = sentenceStart(sentences, from - windowStart - 1) + windowStart;
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

  private static int sentenceStart(BreakIterator sentences, int offset) {
    if (sentences.isBoundary(offset)) {
      return offset;
    }
    int from = sentences.preceding(offset);
    return from == BreakIterator.DONE ? 0 : from;
  }
}
