package org.rightslens.crawler.source.eurlex;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightslens.crawler.source.feed.FeedSupport;

/**
 * A CELEX number, EUR-Lex's identifier of a document: sector ({@code 3} legislation, {@code 5}
 * preparatory acts, {@code 6} case law, {@code 0} consolidated texts, ...), year, descriptor
 * letters ({@code R} regulation, {@code L} directive, {@code D} decision, {@code PC} Commission
 * proposal, ...) and number, with the suffixes of corrigenda and consolidated versions: {@code
 * 32016R0679}, {@code 32016R0679R(01)}, {@code 02016R0679-20160504}.
 *
 * @param value the CELEX number as EUR-Lex writes it
 */
record Celex(String value, char sector, int year, String descriptor) {

  private static final Pattern FORM =
      Pattern.compile("^([0-9CE])(\\d{4})([A-Z]{1,2})([0-9A-Z()./-]{1,30})$");

  // ELI document types of acts of secondary legislation, and their CELEX descriptor.
  private static final Pattern ELI =
      Pattern.compile(
          "(?:^|/)eli/(reg|reg_impl|reg_del|dir|dir_impl|dir_del|dec|dec_impl|dec_del|reco)"
              + "/(\\d{4})/(\\d{1,5})(?:/oj(?:/[a-z]{3})?)?/?$");
  private static final Map<String, String> ELI_LETTERS =
      Map.of("reg", "R", "dir", "L", "dec", "D", "reco", "H");

  /** A CELEX number written by a source, with or without a {@code CELEX:} prefix. */
  static Optional<Celex> parse(String raw) {
    String s = FeedSupport.collapse(raw);
    if (s == null) {
      return Optional.empty();
    }
    s = s.replaceFirst("(?i)^celex:\\s*", "").toUpperCase(Locale.ROOT);
    Matcher m = FORM.matcher(s);
    if (!m.matches()) {
      return Optional.empty();
    }
    return Optional.of(new Celex(s, s.charAt(0), Integer.parseInt(m.group(2)), m.group(3)));
  }

  /**
   * The CELEX number of an act of secondary legislation (sector 3) from its year, descriptor letter
   * and number as the act cites itself: 2016, {@code R}, 679 give {@code 32016R0679}.
   */
  static Optional<Celex> ofAct(int year, String letter, String number) {
    if (year < 1000 || year > 9999 || letter == null || number == null) {
      return Optional.empty();
    }
    String digits = number.strip().replaceFirst("^0+(?=\\d)", "");
    if (!digits.matches("\\d{1,5}")) {
      return Optional.empty();
    }
    return parse("3" + year + letter + "0".repeat(Math.max(0, 4 - digits.length())) + digits);
  }

  /**
   * The CELEX number of the act an ELI names ({@code
   * http://data.europa.eu/eli/reg_impl/2024/2982/oj}, {@code
   * https://eur-lex.europa.eu/eli/dir/2022/2555/oj/eng}); empty for other ELIs, such as those of
   * corrigenda or of OJ C documents, whose CELEX the ELI does not determine.
   */
  static Optional<Celex> fromEli(String eli) {
    String s = FeedSupport.collapse(eli);
    if (s == null) {
      return Optional.empty();
    }
    Matcher m = ELI.matcher(s.replaceAll("[?#].*$", ""));
    if (!m.find()) {
      return Optional.empty();
    }
    String letter = ELI_LETTERS.get(m.group(1).replaceFirst("_.*$", ""));
    return ofAct(Integer.parseInt(m.group(2)), letter, m.group(3));
  }

  /**
   * The item type: {@code regulation}, {@code directive} or {@code decision} for acts (and their
   * consolidated versions), {@code treaty} for treaties and international agreements, {@code bill}
   * for Commission legislative proposals, {@code other} for everything else (recommendations, case
   * law, national measures, OJ C documents).
   */
  String type() {
    return switch (sector) {
      case '3', '0' ->
          switch (descriptor) {
            case "R" -> "regulation";
            case "L" -> "directive";
            case "D" -> "decision";
            default -> "other";
          };
      case '1' -> "treaty";
      case '2' -> descriptor.equals("A") ? "treaty" : "other";
      case '5' -> descriptor.equals("PC") ? "bill" : "other";
      default -> "other";
    };
  }

  /**
   * The status the number implies: acts of sector 3 (and consolidated texts) were adopted and
   * published in the Official Journal, so {@code enacted}; Commission proposals are {@code
   * proposed}; null where the number says nothing about it.
   */
  String status() {
    return switch (sector) {
      case '3', '0' -> "enacted";
      case '5' -> descriptor.equals("PC") ? "proposed" : null;
      default -> null;
    };
  }

  /** The document's page on EUR-Lex, in {@code language} (a two-letter code; English if null). */
  String eurLexUrl(String language) {
    String lang =
        language != null && language.matches("[A-Za-z]{2}")
            ? language.toUpperCase(Locale.ROOT)
            : "EN";
    return "https://eur-lex.europa.eu/legal-content/" + lang + "/TXT/?uri=CELEX:" + value;
  }

  /** The CELLAR URI that serves the document's content in every format (by content negotiation). */
  String cellarUri() {
    return "http://publications.europa.eu/resource/celex/" + value;
  }
}
