package org.rightslens.model.analysis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.custom.CustomAnalyzer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;

/**
 * The analyzers of the languages RightsLens has rules for, and the fields they analyse.
 *
 * <p>No analyzer removes stop words: rules must see "not", "no", "sans" and "sin", since negation
 * turns a concern into a safeguard. Accents are folded and words lightly stemmed, so that a rule
 * written for "removal" also finds "removed", and one for "autorização" finds "autorizacao".
 */
public final class TextAnalysis {

  /** The item's plain text. */
  public static final String TEXT = "text";

  /** The item's title. */
  public static final String TITLE = "title";

  /** The languages with an analyzer, as BCP 47 primary language subtags. */
  public static final Set<String> LANGUAGES = Set.of("en", "fr", "es", "pt");

  private static final Map<String, Analyzer> ANALYZERS = new ConcurrentHashMap<>();

  private TextAnalysis() {}

  /** The analyzer for {@code language} (BCP 47, any region), if RightsLens has one. */
  public static Optional<Analyzer> analyzer(String language) {
    String primary = primary(language);
    if (primary == null || !LANGUAGES.contains(primary)) {
      return Optional.empty();
    }
    return Optional.of(ANALYZERS.computeIfAbsent(primary, TextAnalysis::build));
  }

  /**
   * A text field type whose postings keep character offsets, so that a match can be located in the
   * text without analysing it again (rule evidence, search highlights).
   */
  public static FieldType textWithOffsets(boolean stored) {
    FieldType type = new FieldType(stored ? TextField.TYPE_STORED : TextField.TYPE_NOT_STORED);
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    type.freeze();
    return type;
  }

  /** The primary language subtag of a BCP 47 tag, lower case: {@code pt-BR} gives {@code pt}. */
  public static String primary(String language) {
    if (language == null || language.isBlank()) {
      return null;
    }
    String tag = language.strip().replace('_', '-');
    int dash = tag.indexOf('-');
    return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
  }

  private static Analyzer build(String language) {
    try {
      CustomAnalyzer.Builder b = CustomAnalyzer.builder().withTokenizer("standard");
      if (language.equals("fr")) {
        // Before lower-casing, so that the default article list (l', d', qu', ...) applies.
        b.addTokenFilter("elision", "ignoreCase", "true");
      }
      b.addTokenFilter("lowercase").addTokenFilter("asciifolding");
      switch (language) {
        case "en" -> b.addTokenFilter("englishPossessive").addTokenFilter("porterStem");
        case "fr" -> b.addTokenFilter("frenchLightStem");
        case "es" -> b.addTokenFilter("spanishLightStem");
        case "pt" -> b.addTokenFilter("portugueseLightStem");
        default -> throw new IllegalArgumentException("no analyzer for " + language);
      }
      return b.build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the " + language + " analyzer", e);
    }
  }
}
