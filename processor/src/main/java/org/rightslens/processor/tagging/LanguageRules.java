package org.rightslens.processor.tagging;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.monitor.HighlightsMatch;
import org.apache.lucene.monitor.MatchingQueries;
import org.apache.lucene.monitor.Monitor;
import org.apache.lucene.monitor.MonitorQuery;
import org.apache.lucene.queryparser.flexible.core.QueryNodeException;
import org.rightslens.model.analysis.TextAnalysis;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The rules of one language, registered in a lucene-monitor {@link Monitor} so that one item is
 * matched against all of them at once, each match with the offsets of its hits.
 *
 * <p>Compiling a rules file is shared: every stream task that holds the same file gets a handle on
 * the same monitor, which is closed when the last handle is. Matching from several stream threads
 * at once is safe, as a Monitor allows it.
 */
final class LanguageRules implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(LanguageRules.class);

  private static final FieldType WITH_OFFSETS = TextAnalysis.textWithOffsets(false);

  /** Compiled rules files with the number of open handles on each. */
  private static final Map<RuleFile, Compiled> COMPILED = new HashMap<>();

  /** One place in one field where a rule's query matched. */
  record Hit(Rule rule, String field, int start, int end) {}

  /** A monitor with the rules registered in it, and how many handles use it. */
  private static final class Compiled {
    private final RuleFile file;
    private final Monitor monitor;
    private final Map<String, Rule> rules;
    private int handles;

    private Compiled(RuleFile file, Monitor monitor, Map<String, Rule> rules) {
      this.file = file;
      this.monitor = monitor;
      this.rules = rules;
    }
  }

  private final Compiled compiled;
  private final AtomicBoolean closed = new AtomicBoolean();

  private LanguageRules(Compiled compiled) {
    this.compiled = compiled;
  }

  /**
   * A handle on the compiled rules of {@code file}, compiling them unless another handle already
   * did; a rule whose query fails to parse is logged and left out. Close the handle when done.
   */
  static LanguageRules compile(RuleFile file) {
    synchronized (COMPILED) {
      Compiled compiled = COMPILED.get(file);
      if (compiled == null) {
        compiled = build(file);
        COMPILED.put(file, compiled);
      }
      compiled.handles++;
      return new LanguageRules(compiled);
    }
  }

  private static Compiled build(RuleFile file) {
    Analyzer analyzer = TextAnalysis.analyzer(file.language()).orElseThrow();
    try {
      Monitor monitor = new Monitor(analyzer);
      Map<String, Rule> rules = new LinkedHashMap<>();
      List<MonitorQuery> queries = new ArrayList<>();
      for (Rule rule : file.rules()) {
        try {
          queries.add(new MonitorQuery(rule.id(), RulesReader.parse(rule.query(), analyzer)));
          rules.put(rule.id(), rule);
        } catch (QueryNodeException | RuntimeException e) {
          LOG.warn(
              "rules {}@{}: rule {} left out: {}",
              file.language(),
              file.version(),
              rule.id(),
              e.getMessage());
        }
      }
      monitor.register(queries);
      return new Compiled(file, monitor, Map.copyOf(rules));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the rule monitor for " + file.language(), e);
    }
  }

  String language() {
    return compiled.file.language();
  }

  String version() {
    return compiled.file.version();
  }

  int size() {
    return compiled.rules.size();
  }

  /** Every hit of every rule in {@code title} and {@code text}. */
  List<Hit> match(String title, String text) {
    Document doc = new Document();
    doc.add(new Field(TextAnalysis.TITLE, title == null ? "" : title, WITH_OFFSETS));
    doc.add(new Field(TextAnalysis.TEXT, text == null ? "" : text, WITH_OFFSETS));
    MatchingQueries<HighlightsMatch> matches;
    try {
      matches = compiled.monitor.match(doc, HighlightsMatch.MATCHER);
    } catch (IOException e) {
      throw new UncheckedIOException("matching failed", e);
    }
    // A rule that throws while matching is left out of this item, not the whole item.
    matches
        .getErrors()
        .forEach(
            (id, error) ->
                LOG.warn(
                    "rules {}@{}: rule {} failed on this item and was left out: {}",
                    language(),
                    version(),
                    id,
                    error.toString()));
    List<Hit> hits = new ArrayList<>();
    for (HighlightsMatch match : matches.getMatches()) {
      Rule rule = compiled.rules.get(match.getQueryId());
      match
          .getHits()
          .forEach(
              (field, fieldHits) ->
                  fieldHits.stream()
                      .filter(h -> h.startOffset >= 0 && h.endOffset >= h.startOffset)
                      .forEach(h -> hits.add(new Hit(rule, field, h.startOffset, h.endOffset))));
    }
    return hits;
  }

  /** Releases this handle; the last one stops the monitor's background cache purge. */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    synchronized (COMPILED) {
      if (--compiled.handles > 0) {
        return;
      }
      COMPILED.remove(compiled.file);
    }
    try {
      compiled.monitor.close();
    } catch (IOException e) {
      LOG.warn("closing the rules of {}: {}", language(), e.toString());
    }
  }

  /** Whether another handle shares this one's compiled rules (for tests). */
  boolean sharesWith(LanguageRules other) {
    return compiled == other.compiled;
  }
}
