package org.rightslens.crawler.source.eurlex;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.rightslens.crawler.source.ItemDraft;
import org.rightslens.crawler.source.NotContent;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.SourceParser;
import org.rightslens.crawler.source.feed.FeedSupport;

/**
 * Source type {@code eurlex-xhtml}: the XHTML (or HTML) of one EU act as CELLAR serves it ({@code
 * Accept: application/xhtml+xml}) and EUR-Lex shows it: the current CONVEX markup ({@code
 * div.eli-container}, {@code p.oj-doc-ti}, {@code p.oj-normal}, canonical ELI link) and the older
 * one ({@code p.doc-ti}, {@code p.normal}). Read with an HTML parser, since these pages are not
 * well-formed XML (unclosed {@code meta} elements); no entity of a DOCTYPE is ever expanded.
 *
 * <p>Mapping: native id the CELEX number, from the page's metadata ({@code eli:id_local}, {@code
 * DC.identifier}, {@code WT.z_docID}), else from its ELI (canonical link, the {@code ELI:} line),
 * else from the number its title gives ({@code COMMISSION IMPLEMENTING REGULATION (EU) 2024/2982});
 * without any, the ELI path; jurisdiction EU; type and status from the CELEX number; title the
 * title lines ({@code div.eli-main-title}, else the first run of {@code doc-ti} paragraphs) as
 * written; language from the OJ header ({@code oj-hd-lg}), else the page's {@code lang}; published
 * the OJ date of the header ({@code oj-hd-date}) or {@code eli:date_publication}; adopted {@code
 * eli:date_document}, else the first English date in the title ("of 28 November 2024"); url the
 * canonical link, else the EUR-Lex page; textUrl the CELLAR resource of the CELEX number; text the
 * act's text (see {@link XhtmlText}).
 *
 * <p>Rejected: empty bodies, bot challenges (the EUR-Lex AWS WAF page), the CELLAR {@code 300
 * Multiple Choices} page, markup declaring entities in a DOCTYPE, and pages that are not an act (no
 * title lines) or whose act cannot be identified.
 */
public final class EurLexXhtmlParser implements SourceParser {

  public static final String TYPE = "eurlex-xhtml";

  private static final int SNIFF_CHARS = 16_384;
  private static final Pattern INTERNAL_SUBSET =
      Pattern.compile("<!DOCTYPE[^>\\[]*\\[|<!ENTITY", Pattern.CASE_INSENSITIVE);
  private static final Pattern ELI_LINE =
      Pattern.compile("^ELI:\\s*(https?://\\S+/eli/\\S+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern CELEX_PARAMETER =
      Pattern.compile("[?&]uri=CELEX(?::|%3A)([0-9A-Za-z()%./-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern ELI_PATH = Pattern.compile("/eli/(\\S+?)/?$");
  private static final Pattern OJ_DATE = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})$");
  private static final Pattern ENGLISH_DATE =
      Pattern.compile(
          "\\b(\\d{1,2}) (January|February|March|April|May|June|July|August|September|October"
              + "|November|December) (\\d{4})\\b");
  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("January", 1),
          Map.entry("February", 2),
          Map.entry("March", 3),
          Map.entry("April", 4),
          Map.entry("May", 5),
          Map.entry("June", 6),
          Map.entry("July", 7),
          Map.entry("August", 8),
          Map.entry("September", 9),
          Map.entry("October", 10),
          Map.entry("November", 11),
          Map.entry("December", 12));

  @Override
  public ParseOutcome parse(byte[] body, ParseContext context) {
    Optional<String> notContent = NotContent.reason(body);
    if (notContent.isPresent()) {
      return rejected(notContent.get());
    }
    Optional<String> multipleChoices = EurLex.multipleChoices(body);
    if (multipleChoices.isPresent()) {
      return rejected(multipleChoices.get());
    }
    String head = new String(body, 0, Math.min(body.length, SNIFF_CHARS), StandardCharsets.UTF_8);
    if (INTERNAL_SUBSET.matcher(head).find()) {
      return rejected(
          "hostile markup: a DOCTYPE declaring entities is not accepted (no act page has one)");
    }
    try {
      String base = context.baseUrl() == null ? "" : context.baseUrl().toString();
      Document page = Jsoup.parse(new ByteArrayInputStream(body), null, base);
      return act(page, context);
    } catch (IOException | RuntimeException e) {
      // The contract is to never throw for bad input: an unforeseen shape is a rejection.
      return rejected("could not read the page: " + e);
    }
  }

  private static ParseOutcome act(Document page, ParseContext context) {
    List<Element> titleLines = titleLines(page);
    String title = title(titleLines);
    if (title == null) {
      return rejected("not the XHTML of an act: no title lines (p.oj-doc-ti or p.doc-ti) found");
    }
    String eli = eli(page);
    Optional<Celex> celex = metaCelex(page);
    if (celex.isEmpty()) {
      celex = Celex.fromEli(eli);
    }
    if (celex.isEmpty()) {
      celex = ActTitles.celex(title);
    }
    // Without its language: the ELI of the act, not of one language version.
    String eliPath = eli == null ? null : matched(ELI_PATH, eli);
    eliPath = eliPath == null ? null : eliPath.replaceFirst("/oj/[a-z]{3}$", "/oj");
    String nativeId = celex.map(Celex::value).orElse(FeedSupport.nativeId(eliPath));
    if (nativeId == null) {
      return rejected(
          "cannot identify the act \""
              + title
              + "\": no CELEX number in its metadata, no ELI and no act number in its title");
    }
    ItemDraft d = ItemDraft.of(context, nativeId);
    d.jurisdiction = EurLex.JURISDICTION;
    d.title = title;
    d.language = first(language(page, eli), d.language);
    if (celex.isPresent()) {
      d.type = first(celex.get().type(), d.type);
      d.status = first(celex.get().status(), d.status);
      d.textUrl = celex.get().cellarUri();
    } else {
      d.textUrl = eli;
    }
    String canonical = page.select("link[rel=canonical]").attr("abs:href");
    d.url =
        canonical.startsWith("http")
            ? canonical
            : celex.map(c -> c.eurLexUrl(d.language)).orElse(eli);
    d.published =
        first(EurLex.date(meta(page, "eli:date_publication")), ojDate(headerText(page, "date")));
    d.adopted = first(EurLex.date(meta(page, "eli:date_document")), englishDate(title));
    d.text = XhtmlText.of(textRoots(page, titleLines), new LinkedHashSet<>(titleLines));
    return ParseOutcome.Parsed.of(List.of(d.build()));
  }

  /**
   * The lines of the act's title: the CONVEX {@code div.eli-main-title}, else the first run of
   * {@code doc-ti} paragraphs (an annex's heading further down is one too, but not the title).
   */
  private static List<Element> titleLines(Document page) {
    Element main = page.selectFirst("div.eli-main-title");
    if (main != null) {
      List<Element> lines = main.select("p.oj-doc-ti, p.doc-ti");
      if (!lines.isEmpty()) {
        return lines;
      }
    }
    Element first = page.selectFirst("p.oj-doc-ti, p.doc-ti");
    List<Element> lines = new ArrayList<>();
    for (Element e = first; e != null && isTitleLine(e); e = e.nextElementSibling()) {
      lines.add(e);
    }
    return lines;
  }

  private static boolean isTitleLine(Element e) {
    return e.nameIs("p") && (e.hasClass("oj-doc-ti") || e.hasClass("doc-ti"));
  }

  private static String title(List<Element> lines) {
    List<String> texts = new ArrayList<>();
    for (Element line : lines) {
      String text = XhtmlText.inline(line);
      if (text != null) {
        texts.add(text);
      }
    }
    return texts.isEmpty() ? null : String.join(" ", texts);
  }

  /**
   * Where the act's text is: the CONVEX containers (the act and each annex), else the element that
   * holds the title lines (the body of a CELLAR page, the document part of a EUR-Lex page).
   */
  private static List<Element> textRoots(Document page, List<Element> titleLines) {
    List<Element> containers = new ArrayList<>();
    for (Element c : page.select("div.eli-container")) {
      if (c.parents().stream().noneMatch(p -> p.hasClass("eli-container"))) {
        containers.add(c);
      }
    }
    if (!containers.isEmpty()) {
      return containers;
    }
    Element parent = titleLines.get(0).parent();
    return List.of(parent != null ? parent : page.body());
  }

  /**
   * A CELEX number the page states in its metadata, or in the address it gives for itself (a
   * EUR-Lex page's canonical link is {@code .../TXT/?uri=CELEX:32016R0679}).
   */
  private static Optional<Celex> metaCelex(Document page) {
    for (String key :
        List.of("eli:id_local", "DC.identifier", "WT.z_docID", "DCTERMS.identifier")) {
      Optional<Celex> celex = Celex.parse(meta(page, key));
      if (celex.isPresent()) {
        return celex;
      }
    }
    for (String address :
        List.of(page.select("link[rel=canonical]").attr("href"), nonNull(meta(page, "og:url")))) {
      Optional<Celex> celex = Celex.parse(EurLex.percentDecoded(matched(CELEX_PARAMETER, address)));
      if (celex.isPresent()) {
        return celex;
      }
    }
    return Optional.empty();
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  /** The act's ELI: the canonical link or ELI metadata, else its own "ELI:" line. */
  private static String eli(Document page) {
    String canonical = page.select("link[rel=canonical]").attr("href");
    if (canonical.contains("/eli/")) {
      return canonical;
    }
    String meta = meta(page, "eli:uri");
    if (meta != null && meta.contains("/eli/")) {
      return meta;
    }
    for (Element p : page.select("p")) {
      if (!XhtmlText.isApparatus(p) && p.parents().stream().noneMatch(XhtmlText::isApparatus)) {
        String line = matched(ELI_LINE, FeedSupport.collapse(p.text()));
        if (line != null) {
          return line;
        }
      }
    }
    return null;
  }

  private static String meta(Document page, String key) {
    for (Element m : page.select("meta")) {
      if (key.equalsIgnoreCase(m.attr("name"))
          || key.equalsIgnoreCase(m.attr("property"))
          || key.equalsIgnoreCase(m.attr("itemprop"))) {
        String content = FeedSupport.collapse(m.attr("content"));
        if (content != null) {
          return content;
        }
      }
    }
    return null;
  }

  /** The language of the act: the OJ header's, else the page's, else the ELI's language part. */
  private static String language(Document page, String eli) {
    String header = EurLex.language(headerText(page, "lg"));
    if (header != null) {
      return header;
    }
    Element html = page.selectFirst("html");
    String lang = html == null ? "" : first(html.attr("lang"), "");
    if (lang.isBlank() && html != null) {
      lang = html.attr("xml:lang");
    }
    String language = EurLex.language(lang.replaceFirst("[-_].*$", ""));
    if (language != null) {
      return language;
    }
    String suffix = eli == null ? null : matched(Pattern.compile("/oj/([a-z]{3})/?$"), eli);
    return EurLex.language(suffix);
  }

  /** The text of the OJ header's {@code oj-hd-<what>} (or older {@code hd-<what>}) paragraph. */
  private static String headerText(Document page, String what) {
    Element e = page.selectFirst("p.oj-hd-" + what + ", p.hd-" + what);
    return e == null ? null : FeedSupport.collapse(e.text());
  }

  private static LocalDate ojDate(String value) {
    Matcher m = value == null ? null : OJ_DATE.matcher(value);
    if (m == null || !m.matches()) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(1)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static LocalDate englishDate(String title) {
    Matcher m = ENGLISH_DATE.matcher(title);
    if (!m.find()) {
      return null;
    }
    try {
      return LocalDate.of(
          Integer.parseInt(m.group(3)), MONTHS.get(m.group(2)), Integer.parseInt(m.group(1)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static String matched(Pattern pattern, String value) {
    if (value == null) {
      return null;
    }
    Matcher m = pattern.matcher(value);
    return m.find() ? m.group(1) : null;
  }

  private static <T> T first(T preferred, T fallback) {
    return preferred != null ? preferred : fallback;
  }

  private static ParseOutcome.Rejected rejected(String reason) {
    return new ParseOutcome.Rejected(TYPE + ": " + reason);
  }
}
