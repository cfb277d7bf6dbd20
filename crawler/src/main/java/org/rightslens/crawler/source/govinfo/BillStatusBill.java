package org.rightslens.crawler.source.govinfo;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.rightslens.crawler.source.ItemDraft;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.congressgov.BillKey;
import org.rightslens.crawler.source.congressgov.LatestAction;
import org.rightslens.model.item.LegislationItem;
import org.w3c.dom.Element;

/**
 * Maps the {@code <bill>} of a BILLSTATUS file to an item, in either format.
 *
 * <p>The legacy format (before {@code <version>3.0.0</version>}) says {@code billNumber} and {@code
 * billType}, nests subjects as {@code subjects/billSubjects/{legislativeSubjects,policyArea}} and
 * summaries as {@code summaries/billSummaries/item}, and has no {@code textVersions}. The current
 * format says {@code number} and {@code type}, has {@code
 * subjects/{legislativeSubjects,policyArea}} and {@code summaries/summary}, and lists {@code
 * textVersions/item/formats/item/url}. Both name {@code congress}, {@code title}, {@code
 * introducedDate}, {@code updateDate}, {@code latestAction} and {@code laws/item} alike.
 */
final class BillStatusBill {

  private static final Pattern MARKUP =
      Pattern.compile("<[a-zA-Z/!]|&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);");

  private BillStatusBill() {}

  static BillKey key(Element bill) {
    return BillKey.of(
            Dom.text(bill, "congress"),
            Dom.firstText(bill, "type", "billType"),
            Dom.firstText(bill, "number", "billNumber"))
        .orElse(null);
  }

  static LegislationItem toItem(Element bill, BillKey key, ParseContext context) {
    ItemDraft d = ItemDraft.of(context, key.nativeId());
    d.jurisdiction = "US";
    if (d.language == null) {
      d.language = "en";
    }
    d.title = plain(Dom.text(bill, "title"));
    if (d.title == null) {
      d.title = displayTitle(bill);
    }
    // The oldest files (per the user guide) called the latest action "lastAction".
    Element latest = Dom.child(bill, "latestAction");
    if (latest == null) {
      latest = Dom.child(bill, "lastAction");
    }
    String latestText = Dom.text(latest, "text");
    boolean hasLaw = !Dom.children(Dom.child(bill, "laws"), "item").isEmpty();
    d.status = LatestAction.status(latestText, hasLaw);
    d.type = d.status.equals("enacted") ? "act" : "bill";
    if (LatestAction.becameLaw(latestText)) {
      d.adopted = Dom.date(Dom.text(latest, "actionDate"));
    }
    d.introduced = Dom.date(Dom.text(bill, "introducedDate"));
    d.updated = Dom.date(Dom.text(bill, "updateDate"));
    d.url = key.publicUrl();
    d.textUrl = latestTextUrl(bill);
    d.summary = latestSummary(bill);
    subjects(bill).forEach(d::subject);
    return d.build();
  }

  private static String displayTitle(Element bill) {
    for (Element item : Dom.children(Dom.child(bill, "titles"), "item")) {
      if ("Display Title".equalsIgnoreCase(Dom.text(item, "titleType"))) {
        return plain(Dom.text(item, "title"));
      }
    }
    return null;
  }

  /** Policy area first, then legislative subjects; either format, duplicates dropped later. */
  private static List<String> subjects(Element bill) {
    List<String> out = new ArrayList<>();
    Element subjects = Dom.child(bill, "subjects");
    Element legacy = Dom.child(subjects, "billSubjects");
    out.add(Dom.text(bill, "policyArea", "name"));
    out.add(Dom.text(subjects, "policyArea", "name"));
    out.add(Dom.text(legacy, "policyArea", "name"));
    for (Element holder : new Element[] {subjects, legacy}) {
      for (Element item : Dom.children(Dom.child(holder, "legislativeSubjects"), "item")) {
        out.add(Dom.text(item, "name"));
      }
    }
    // The first user guide named them primarySubjects and otherSubjects.
    for (String older : new String[] {"primarySubjects", "otherSubjects"}) {
      for (Element item : Dom.children(Dom.child(legacy, older), "item")) {
        out.add(Dom.text(item, "name"));
      }
    }
    return out;
  }

  /** The newest CRS summary (by action date, then update date), as plain text. */
  private static String latestSummary(Element bill) {
    Element summaries = Dom.child(bill, "summaries");
    List<Element> all = new ArrayList<>(Dom.children(summaries, "summary"));
    all.addAll(Dom.children(Dom.child(summaries, "billSummaries"), "item"));
    Element best = null;
    String bestKey = null;
    for (Element s : all) {
      String text = Dom.text(s, "text");
      if (text == null) {
        continue;
      }
      String sortKey =
          nullToEmpty(Dom.text(s, "actionDate"))
              + "|"
              + nullToEmpty(Dom.firstText(s, "lastSummaryUpdateDate", "updateDate"));
      if (best == null || sortKey.compareTo(bestKey) >= 0) {
        best = s;
        bestKey = sortKey;
      }
    }
    return best == null ? null : plain(Dom.text(best, "text"));
  }

  /** The first format of the newest dated text version; the first with a URL if none is dated. */
  private static String latestTextUrl(Element bill) {
    String bestUrl = null;
    String bestDate = null;
    for (Element version : Dom.children(Dom.child(bill, "textVersions"), "item")) {
      String url = null;
      for (Element format : Dom.children(Dom.child(version, "formats"), "item")) {
        url = Dom.text(format, "url");
        if (url != null) {
          break;
        }
      }
      if (url == null) {
        continue;
      }
      String date = Dom.text(version, "date");
      if (bestUrl == null || (date != null && (bestDate == null || date.compareTo(bestDate) > 0))) {
        bestUrl = url;
        bestDate = date;
      }
    }
    return bestUrl;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }

  /** One line of plain text; the HTML of CRS summaries is reduced to its text. */
  static String plain(String s) {
    if (s == null) {
      return null;
    }
    String t = MARKUP.matcher(s).find() ? Jsoup.parse(s).text() : s;
    t = t.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? null : t;
  }
}
