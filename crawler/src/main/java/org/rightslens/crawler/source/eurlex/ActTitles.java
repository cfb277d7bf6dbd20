package org.rightslens.crawler.source.eurlex;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the title of an EU act says about its identity: the kind of act it names first ("Commission
 * Implementing Regulation", "Directive", "Council Decision") and the number it gives itself, in the
 * current form {@code (EU) 2024/2982}, the former regulation form {@code (EC) No 45/2001} and the
 * former directive and decision form {@code 95/46/EC}. Used when a document carries no CELEX number
 * of its own.
 */
final class ActTitles {

  // The words for the kinds of act in the languages EUR-Lex documents are most read in, with the
  // CELEX descriptor letter of each.
  private static final Map<String, String> LETTERS =
      Map.ofEntries(
          Map.entry("regulation", "R"),
          Map.entry("règlement", "R"),
          Map.entry("verordnung", "R"),
          Map.entry("reglamento", "R"),
          Map.entry("regolamento", "R"),
          Map.entry("verordening", "R"),
          Map.entry("regulamento", "R"),
          Map.entry("rozporządzenie", "R"),
          Map.entry("directive", "L"),
          Map.entry("richtlinie", "L"),
          Map.entry("directiva", "L"),
          Map.entry("direttiva", "L"),
          Map.entry("richtlijn", "L"),
          Map.entry("diretiva", "L"),
          Map.entry("dyrektywa", "L"),
          Map.entry("decision", "D"),
          Map.entry("décision", "D"),
          Map.entry("beschluss", "D"),
          Map.entry("decisión", "D"),
          Map.entry("decisione", "D"),
          Map.entry("besluit", "D"),
          Map.entry("decisão", "D"),
          Map.entry("decyzja", "D"),
          Map.entry("recommendation", "H"),
          Map.entry("recommandation", "H"),
          Map.entry("empfehlung", "H"),
          Map.entry("recomendación", "H"),
          Map.entry("raccomandazione", "H"),
          Map.entry("aanbeveling", "H"),
          Map.entry("recomendação", "H"),
          Map.entry("zalecenie", "H"));

  private static final Pattern KIND =
      Pattern.compile(
          "(?<!\\p{L})(" + String.join("|", LETTERS.keySet()) + ")(?!\\p{L})",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  // "(EU) 2024/2982", "(EU, Euratom) 2024/1", "(EC) No 45/2001", "(CE) n. 864/2007".
  private static final Pattern CURRENT =
      Pattern.compile(
          "^\\s*\\([^()]{1,20}\\)\\s*(No\\.?|Nr\\.?|n\\.|n[°º]|nº)?\\s*(\\d{1,5})/(\\d{1,5})(?!\\d)",
          Pattern.CASE_INSENSITIVE);
  // "95/46/EC", "2002/58/EC", "93/13/EEC": year first.
  private static final Pattern FORMER =
      Pattern.compile("^\\s*(\\d{2}|\\d{4})/(\\d{1,5})/[A-Z][A-Za-z]{1,7}\\b");
  // A corrigendum names the act it corrects, but has a CELEX number of its own.
  private static final Pattern CORRIGENDUM =
      Pattern.compile(
          "corrigendum|rectificatif|berichtigung|corrección|rettifica|rectificação",
          Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private ActTitles() {}

  /** The CELEX descriptor letter of the first kind of act the title names, or null. */
  static String letter(String title) {
    Matcher kind = title == null ? null : KIND.matcher(title);
    return kind != null && kind.find() ? LETTERS.get(kind.group(1).toLowerCase(Locale.ROOT)) : null;
  }

  /**
   * The CELEX number of the act the title names, when its number follows the kind of act: {@code
   * Regulation (EU) 2016/679 of the ...} gives {@code 32016R0679}. Empty when the title gives no
   * number there (older decisions have none).
   */
  static Optional<Celex> celex(String title) {
    Matcher kind = title == null ? null : KIND.matcher(title);
    if (kind == null
        || !kind.find()
        || CORRIGENDUM.matcher(title.substring(0, kind.start())).find()) {
      return Optional.empty();
    }
    String letter = LETTERS.get(kind.group(1).toLowerCase(Locale.ROOT));
    String rest = title.substring(kind.end());
    Matcher current = CURRENT.matcher(rest);
    if (current.find()) {
      String a = current.group(2);
      String b = current.group(3);
      // "No" puts the number first; otherwise a four-digit first part is the year.
      boolean yearFirst = current.group(1) == null && (a.length() == 4 || b.length() != 4);
      return Celex.ofAct(year(yearFirst ? a : b), letter, yearFirst ? b : a);
    }
    Matcher former = FORMER.matcher(rest);
    if (former.find()) {
      return Celex.ofAct(year(former.group(1)), letter, former.group(2));
    }
    return Optional.empty();
  }

  // Two-digit years are from the years when acts were numbered that way, before 1999.
  private static int year(String digits) {
    int y = Integer.parseInt(digits);
    return digits.length() == 2 ? 1900 + y : y;
  }
}
