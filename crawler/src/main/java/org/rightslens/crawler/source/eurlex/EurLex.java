package org.rightslens.crawler.source.eurlex;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightslens.crawler.source.feed.FeedSupport;

/**
 * What the EUR-Lex and CELLAR parsers share: the jurisdiction, language codes, the compact dates of
 * Formex, percent-encoded identifiers, and recognising the CELLAR {@code 300 Multiple Choices}
 * page.
 */
final class EurLex {

  /** Every EUR-Lex document is EU law or about it. */
  static final String JURISDICTION = "EU";

  private static final int SNIFF_CHARS = 8192;
  private static final Pattern COMPACT_DATE = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})$");
  private static final Pattern STREAM =
      Pattern.compile("/resource/cellar/[0-9a-fA-F-]{36}(?:\\.\\d+)+/(DOC_\\d+)");

  // The EU uses ISO 639-2 codes in ELIs and CELLAR (eng, fra, deu); items carry ISO 639-1 codes.
  private static final Map<String, String> TWO_LETTER = twoLetterCodes();

  private EurLex() {}

  private static Map<String, String> twoLetterCodes() {
    Map<String, String> codes = new HashMap<>();
    for (String two : Locale.getISOLanguages()) {
      try {
        codes.put(new Locale(two).getISO3Language(), two);
      } catch (MissingResourceException e) {
        // No three-letter code for this language: nothing to map.
      }
    }
    // Bibliographic codes that differ from the terminology codes above.
    codes.putAll(Map.of("fre", "fr", "ger", "de", "dut", "nl", "gre", "el", "cze", "cs"));
    codes.putAll(Map.of("slo", "sk", "rum", "ro", "ice", "is"));
    return Map.copyOf(codes);
  }

  /**
   * A language code as a BCP 47 tag: {@code EN} and {@code eng} give {@code en}; null if it is not
   * a two- or three-letter code.
   */
  static String language(String code) {
    String c = FeedSupport.collapse(code);
    if (c == null) {
      return null;
    }
    c = c.toLowerCase(Locale.ROOT);
    if (c.matches("[a-z]{2}")) {
      return c;
    }
    return c.matches("[a-z]{3}") ? TWO_LETTER.get(c) : null;
  }

  /** A Formex date ({@code 20160504}), else any date {@link FeedSupport#date} reads; or null. */
  static LocalDate date(String value) {
    String s = FeedSupport.collapse(value);
    if (s == null) {
      return null;
    }
    Matcher m = COMPACT_DATE.matcher(s);
    if (!m.matches()) {
      return FeedSupport.date(s);
    }
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /**
   * Why {@code body} is CELLAR's answer to a multi-part document: an HTML page titled "300
   * Multiple-Choice Response" listing the streams of the manifestation ({@code …/DOC_1}, {@code
   * …/DOC_2}), which the crawler must fetch one by one. Empty if it is not that page.
   */
  static Optional<String> multipleChoices(byte[] body) {
    if (body == null) {
      return Optional.empty();
    }
    String head = new String(body, 0, Math.min(body.length, SNIFF_CHARS), StandardCharsets.UTF_8);
    String lower = head.toLowerCase(Locale.ROOT);
    boolean titled = lower.contains("300 multiple-choice") || lower.contains("300 multiple choice");
    boolean listing = lower.contains("title=\"manifestation\"") && STREAM.matcher(head).find();
    if (!titled && !listing) {
      return Optional.empty();
    }
    Matcher streams = STREAM.matcher(new String(body, StandardCharsets.UTF_8));
    Set<String> names = new LinkedHashSet<>();
    while (streams.find()) {
      names.add(streams.group(1));
    }
    String listed = names.isEmpty() ? "" : " (" + String.join(", ", names) + ")";
    return Optional.of(
        "a CELLAR 300 Multiple Choices page listing manifestations"
            + listed
            + ", not an act: fetch the streams it lists one by one");
  }

  /**
   * {@code ECLI%3AEU%3AC%3A2025%3A436} as {@code ECLI:EU:C:2025:436}; a malformed escape is kept as
   * written. Unlike {@code URLDecoder}, a {@code +} stays a plus.
   */
  static String percentDecoded(String s) {
    if (s == null || s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i++) {
      int hi = i + 2 < bytes.length ? Character.digit(bytes[i + 1], 16) : -1;
      int lo = i + 2 < bytes.length ? Character.digit(bytes[i + 2], 16) : -1;
      if (bytes[i] == '%' && hi >= 0 && lo >= 0) {
        out.write(hi * 16 + lo);
        i += 2;
      } else {
        out.write(bytes[i]);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }
}
