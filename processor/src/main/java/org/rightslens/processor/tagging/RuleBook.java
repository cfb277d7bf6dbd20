package org.rightslens.processor.tagging;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.rightslens.model.taxonomy.Taxonomy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The compiled rules of every language, as published; immutable. Each language's rules hold a
 * lucene-monitor with a background thread: close what is no longer used.
 */
public final class RuleBook implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(RuleBook.class);

  public static final RuleBook EMPTY = new RuleBook(Map.of());

  private final Map<String, LanguageRules> languages;

  private RuleBook(Map<String, LanguageRules> languages) {
    this.languages = Map.copyOf(languages);
  }

  /** Compiles rules files; see {@link #update}. */
  public static RuleBook of(Map<String, String> filesByLanguage, Taxonomy taxonomy) {
    return EMPTY.update(filesByLanguage, taxonomy);
  }

  /**
   * The rule book for {@code filesByLanguage} (rules file YAML by language), reusing what this one
   * already compiled for an unchanged version. A bad rule is left out with a warning; a file that
   * cannot be read at all keeps this book's rules for its language, so that a broken publication
   * never leaves a language untagged.
   */
  public RuleBook update(Map<String, String> filesByLanguage, Taxonomy taxonomy) {
    RulesReader reader = new RulesReader(taxonomy);
    Map<String, LanguageRules> next = new TreeMap<>();
    filesByLanguage.forEach(
        (key, yaml) -> {
          RulesReader.Result read = reader.read(yaml, "rules " + key);
          read.problems().forEach(p -> LOG.warn("{}", p));
          LanguageRules current = languages.get(key);
          if (read.file() == null) {
            if (current != null) {
              next.put(key, current);
            }
            return;
          }
          boolean unchanged =
              current != null
                  && current.version().equals(read.file().version())
                  && current.language().equals(read.file().language());
          next.put(key, unchanged ? current : LanguageRules.compile(read.file()));
        });
    return new RuleBook(next);
  }

  /** Closes the rules of this book that {@code next} no longer uses. */
  public void closeReplacedBy(RuleBook next) {
    languages.values().stream()
        .filter(rules -> !next.languages.containsValue(rules))
        .forEach(LanguageRules::close);
  }

  @Override
  public void close() {
    languages.values().forEach(LanguageRules::close);
  }

  Optional<LanguageRules> rules(String language) {
    return Optional.ofNullable(languages.get(language));
  }

  /** Rules version by language, e.g. {@code {en=2026.11.28-1}}. */
  public Map<String, String> versions() {
    return languages.entrySet().stream()
        .collect(
            Collectors.toMap(
                Map.Entry::getKey, e -> e.getValue().version(), (a, b) -> a, TreeMap::new));
  }
}
