package org.rightslens.processor.tagging;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.rightslens.model.analysis.TextAnalysis;
import org.rightslens.model.item.Evidence;
import org.rightslens.model.item.LegislationItem;
import org.rightslens.model.item.Tag;
import org.rightslens.model.item.TagKind;
import org.rightslens.model.taxonomy.Taxonomy;
import org.rightslens.model.taxonomy.TaxonomyEntry;

/**
 * Tags an item with the rules of its language (see {@code docs/RULES.md}): matches every rule at
 * once, keeps the sentence around each hit as evidence, weighs each hit by where it is, and weighs
 * concerns against the safeguards that answer them.
 */
public final class RulesTagger implements Tagger {

  /** The version of the tagging method; the rules version is added per language. */
  public static final String ENGINE = "rightslens-tagger-1";

  /** A tag is claimed from this confidence on. */
  static final double KEEP = 0.35;

  /** Confidence from which a concern, after safeguards, makes an item rights-affecting. */
  static final double RIGHTS_AFFECTING = 0.5;

  static final double CYBERSECURITY = 0.5;
  static final double IN_TITLE = 0.5;
  static final double IN_PREAMBLE = 0.6;

  /** A safeguard answers at most half of a concern: the power is still in the law. */
  static final double MITIGATION = 0.5;

  /** Text beyond this is not read: laws are far shorter, junk is not. */
  static final int MAX_TEXT_CHARS = 2_000_000;

  static final int MAX_EVIDENCE_PER_TAG = 5;

  private static final String CYBER_TOPIC = "cybersecurity";

  private final RuleBook book;
  private final Taxonomy taxonomy;
  private final LanguageDetection detection;

  public RulesTagger(RuleBook book, Taxonomy taxonomy) {
    this(book, taxonomy, Detection.INSTANCE);
  }

  private RulesTagger(RuleBook book, Taxonomy taxonomy, LanguageDetection detection) {
    this.book = book;
    this.taxonomy = taxonomy;
    this.detection = detection;
  }

  /** The language detector is costly to build and thread-safe: one for all taggers. */
  private static final class Detection {
    static final LanguageDetection INSTANCE = new LanguageDetection();
  }

  /** The language whose rules apply to {@code item}: its own, or the one detected in its text. */
  public Optional<String> language(LegislationItem item) {
    String declared = TextAnalysis.primary(item.language());
    if (declared != null) {
      return Optional.of(declared);
    }
    String sample = (item.title() == null ? "" : item.title() + ". ") + nullToEmpty(item.text());
    return detection.detect(sample).map(TextAnalysis::primary);
  }

  /** The tagger version an item in {@code language} gets under the current rules. */
  public String versionFor(String language) {
    Optional<LanguageRules> rules = language == null ? Optional.empty() : book.rules(language);
    return ENGINE
        + "/"
        + (language == null ? "und" : language)
        + "@"
        + rules.map(LanguageRules::version).orElse("none");
  }

  @Override
  public String versionFor(LegislationItem item) {
    return versionFor(language(item).orElse(null));
  }

  @Override
  public Assessment assess(LegislationItem item) {
    String language = language(item).orElse(null);
    String version = versionFor(language);
    Optional<LanguageRules> rules = language == null ? Optional.empty() : book.rules(language);
    if (rules.isEmpty()) {
      String note =
          language == null
              ? "language unknown (not given by the source, not detectable): not tagged"
              : "no rules for language \"" + language + "\": not tagged";
      return new Assessment(false, 0, false, List.of(), version, language, note);
    }
    String text = nullToEmpty(item.text());
    if (text.length() > MAX_TEXT_CHARS) {
      text = text.substring(0, MAX_TEXT_CHARS);
    }
    String title = nullToEmpty(item.title());
    List<LanguageRules.Hit> hits = rules.get().match(title, text);
    Map<String, Tag> tags = tags(hits, title, text, language);
    double cyberScore = tags.containsKey(CYBER_TOPIC) ? tags.get(CYBER_TOPIC).confidence() : 0;
    String note =
        item.text() != null && item.text().length() > MAX_TEXT_CHARS
            ? "text longer than " + MAX_TEXT_CHARS + " characters: only its start was read"
            : null;
    return new Assessment(
        cyberScore >= CYBERSECURITY,
        cyberScore,
        rightsAffecting(tags),
        List.copyOf(tags.values()),
        version,
        language,
        note);
  }

  private Map<String, Tag> tags(
      List<LanguageRules.Hit> hits, String title, String text, String language) {
    Passages passages = new Passages(text, language);
    Passages titlePassages = new Passages(title, language);
    Map<String, Map<String, RuleHits>> byTag = new LinkedHashMap<>();
    for (LanguageRules.Hit hit : hits) {
      boolean inTitle = hit.field().equals(TextAnalysis.TITLE);
      double place = inTitle ? IN_TITLE : passages.inPreamble(hit.start()) ? IN_PREAMBLE : 1;
      RuleHits ruleHits =
          byTag
              .computeIfAbsent(hit.rule().tag(), t -> new LinkedHashMap<>())
              .computeIfAbsent(hit.rule().id(), r -> new RuleHits(hit.rule()));
      ruleHits.fired(place, inTitle);
      if (ruleHits.evidence.size() < MAX_EVIDENCE_PER_TAG) {
        // A rule firing thousands of times in junk still costs only a few passages.
        int[] span = (inTitle ? titlePassages : passages).around(hit.start(), hit.end());
        String field = inTitle ? Evidence.IN_TITLE : Evidence.IN_TEXT;
        String source = inTitle ? title : text;
        ruleHits.add(
            new Evidence(
                source.substring(span[0], span[1]), span[0], span[1], hit.rule().id(), field));
      }
    }
    Map<String, Tag> tags = new LinkedHashMap<>();
    byTag.forEach(
        (tagId, rules) -> {
          TaxonomyEntry entry = taxonomy.entry(tagId).orElseThrow();
          if (entry.kind() == TagKind.SAFEGUARD
              && rules.values().stream().allMatch(RuleHits::titleOnly)) {
            return; // a title promising safeguards does not make them
          }
          double miss = 1;
          List<Evidence> evidence = new ArrayList<>();
          for (RuleHits r : rules.values()) {
            miss *= 1 - r.rule.weight() * r.bestPlace;
            evidence.addAll(r.evidence.values());
          }
          double confidence = round(1 - miss);
          if (confidence < KEEP) {
            return;
          }
          evidence.sort(
              Comparator.comparing(Evidence::field).reversed().thenComparingInt(Evidence::start));
          tags.put(
              tagId,
              new Tag(
                  tagId,
                  entry.kind(),
                  entry.label(),
                  entry.recommendations(),
                  confidence,
                  evidence.stream().limit(MAX_EVIDENCE_PER_TAG).toList()));
        });
    return tags;
  }

  private boolean rightsAffecting(Map<String, Tag> tags) {
    for (Tag tag : tags.values()) {
      if (tag.kind() != TagKind.CONCERN) {
        continue;
      }
      double answered =
          taxonomy.entry(tag.id()).orElseThrow().mitigatedBy().stream()
              .map(tags::get)
              .filter(t -> t != null)
              .mapToDouble(Tag::confidence)
              .max()
              .orElse(0);
      if (tag.confidence() * (1 - MITIGATION * answered) >= RIGHTS_AFFECTING) {
        return true;
      }
    }
    return false;
  }

  /** The hits of one rule: one piece of evidence per passage, the best place it fired in. */
  private static final class RuleHits {
    final Rule rule;
    final Map<String, Evidence> evidence = new LinkedHashMap<>();
    double bestPlace;
    boolean titleOnly = true;

    RuleHits(Rule rule) {
      this.rule = rule;
    }

    void fired(double place, boolean inTitle) {
      bestPlace = Math.max(bestPlace, place);
      titleOnly &= inTitle;
    }

    void add(Evidence e) {
      evidence.putIfAbsent(e.field() + ":" + e.start(), e);
    }

    boolean titleOnly() {
      return titleOnly;
    }
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }

  private static String nullToEmpty(String s) {
    return s == null ? "" : s;
  }
}
