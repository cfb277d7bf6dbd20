package org.rightslens.crawler.source.congressgov;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Identifies a measure of the US Congress: the Congress number, the bill type and the bill number,
 * as Congress.gov and GovInfo BILLSTATUS both give them. Yields the native id {@code
 * {congress}-{type}-{number}} (for example {@code 117-hr-21}) and the public Congress.gov page.
 */
public record BillKey(int congress, String type, String number) {

  /** Bill type codes to the path segment of the public Congress.gov page. */
  private static final Map<String, String> PAGE_TYPES =
      Map.of(
          "hr", "house-bill",
          "s", "senate-bill",
          "hjres", "house-joint-resolution",
          "sjres", "senate-joint-resolution",
          "hconres", "house-concurrent-resolution",
          "sconres", "senate-concurrent-resolution",
          "hres", "house-resolution",
          "sres", "senate-resolution");

  private static final Pattern NUMBER = Pattern.compile("[0-9]{1,6}");

  /**
   * The key for the three values as a source wrote them, or empty if one is missing or malformed.
   * The type is lower-cased and stripped of punctuation ({@code "S.Con.Res."} and {@code "SCONRES"}
   * are the same type); the BILLSTATUS user guide lists {@code H} for House bills where the files
   * say {@code HR}, so {@code H} is read as {@code hr}.
   */
  public static Optional<BillKey> of(String congress, String type, String number) {
    if (congress == null || type == null || number == null) {
      return Optional.empty();
    }
    String n = number.strip();
    String c = congress.strip();
    String t = type.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
    if (t.equals("h")) {
      t = "hr";
    }
    if (t.isEmpty() || !NUMBER.matcher(n).matches() || !NUMBER.matcher(c).matches()) {
      return Optional.empty();
    }
    int congressNumber = Integer.parseInt(c);
    if (congressNumber < 1) {
      return Optional.empty();
    }
    return Optional.of(new BillKey(congressNumber, t, n.replaceFirst("^0+(?=.)", "")));
  }

  /** {@code {congress}-{type}-{number}}, for example {@code 117-hr-21}. */
  public String nativeId() {
    return congress + "-" + type + "-" + number;
  }

  /**
   * The public page, for example {@code
   * https://www.congress.gov/bill/117th-congress/house-bill/21}; null for a type Congress.gov has
   * no bill page for.
   */
  public String publicUrl() {
    String pageType = PAGE_TYPES.get(type);
    if (pageType == null) {
      return null;
    }
    return "https://www.congress.gov/bill/"
        + ordinal(congress)
        + "-congress/"
        + pageType
        + "/"
        + number;
  }

  /** 1st, 2nd, 3rd, 4th, …, 11th, 12th, 13th, …, 21st, …, 111th, 112th, 113th, 121st. */
  static String ordinal(int n) {
    int lastTwo = n % 100;
    if (lastTwo >= 11 && lastTwo <= 13) {
      return n + "th";
    }
    return switch (n % 10) {
      case 1 -> n + "st";
      case 2 -> n + "nd";
      case 3 -> n + "rd";
      default -> n + "th";
    };
  }
}
