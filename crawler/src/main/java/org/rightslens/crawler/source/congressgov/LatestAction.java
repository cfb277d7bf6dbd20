package org.rightslens.crawler.source.congressgov;

import java.util.Locale;

/**
 * Reads a status from the text of a measure's latest action, as Congress.gov and BILLSTATUS write
 * it. Only wordings that say unambiguously where the measure stands are mapped; any other text
 * (floor procedure, hearings, referrals) leaves the measure at {@code introduced}, which every
 * measure in these sources is at least.
 */
public final class LatestAction {

  private LatestAction() {}

  /**
   * One of {@code enacted}, {@code vetoed}, {@code to-president}, {@code failed}, {@code
   * passed-senate}, {@code passed-house}, {@code reported} or {@code introduced}.
   *
   * @param text the latest action's text, may be null
   * @param hasLaw whether the measure lists a public or private law, which settles it as enacted
   */
  public static String status(String text, boolean hasLaw) {
    if (hasLaw) {
      return "enacted";
    }
    if (text == null || text.isBlank()) {
      return "introduced";
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    if (becameLaw(t) || t.startsWith("signed by president")) {
      return "enacted";
    }
    if (t.contains("vetoed by president") || t.startsWith("pocket vetoed")) {
      return "vetoed";
    }
    if (t.startsWith("presented to president")) {
      return "to-president";
    }
    if (t.contains("failed of passage") || t.contains("failed to pass")) {
      return "failed";
    }
    // "Received in the House" is how a Senate-passed measure arrives in the other chamber.
    if (t.startsWith("passed/agreed to in senate")
        || t.startsWith("passed senate")
        || t.startsWith("received in the house")
        || t.startsWith("message on senate action sent to the house")) {
      return "passed-senate";
    }
    if (t.startsWith("passed/agreed to in house")
        || t.startsWith("passed house")
        || t.startsWith("received in the senate")) {
      return "passed-house";
    }
    if (t.startsWith("reported")
        || t.contains("ordered to be reported")
        || t.startsWith("placed on the union calendar")
        || t.startsWith("placed on the house calendar")
        || t.startsWith("placed on senate legislative calendar")) {
      return "reported";
    }
    return "introduced";
  }

  /** True for "Became Public Law No: …" and "Became Private Law No: …". */
  public static boolean becameLaw(String text) {
    if (text == null) {
      return false;
    }
    String t = text.strip().toLowerCase(Locale.ROOT);
    return t.startsWith("became public law") || t.startsWith("became private law");
  }
}
