package org.rightslens.benchmarks;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.rightslens.model.analysis.TextAnalysis;
import org.rightslens.model.item.ItemDates;
import org.rightslens.model.item.LegislationItem;
import org.rightslens.model.taxonomy.Taxonomy;
import org.rightslens.processor.tagging.BundledRules;
import org.rightslens.processor.tagging.RuleBook;
import org.rightslens.processor.tagging.RulesTagger;

/**
 * Tagging throughput on 5 KB English texts with the bundled rules, against plain analysis of the
 * same texts with the same analyzer (the floor: tagging cannot be cheaper than reading the text).
 * One thread, so the scores are documents per second per core.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
@Threads(1)
public class TaggingBenchmark {

  static final int TEXT_CHARS = 5_000;
  static final int DOCUMENTS = 64;

  /** Clauses in the register of cybersecurity statutes, mixed into texts of 5 KB. */
  private static final String[] CLAUSES = {
    "The operator of essential services shall take appropriate technical and organisational"
        + " measures to manage the risks posed to the security of network and information systems.",
    "The Minister may, by notice in writing, require a service provider to retain communications"
        + " data for a period not exceeding twelve months.",
    "An authorised officer may intercept a communication without a warrant where the officer"
        + " believes on reasonable grounds that delay would endanger national security.",
    "A person who, without authority, accesses a computer system commits an offence and is liable"
        + " on conviction to a fine or to imprisonment for a term not exceeding five years.",
    "Nothing in this section requires a provider to build a systemic weakness into a form of"
        + " electronic protection.",
    "A warrant under this Part may be issued only by a judge of the High Court.",
    "The Commissioner shall publish an annual report on the exercise of the powers under this Act.",
    "Any person aggrieved by a decision of the Authority may appeal to the Tribunal within thirty"
        + " days.",
    "The regulator may direct an intermediary to remove or disable access to content that it"
        + " considers false or misleading within twenty-four hours.",
    "Contributions to social security shall be paid monthly by the employer.",
    "The provisions of this Act shall expire five years after the date of its commencement unless"
        + " renewed by resolution of Parliament.",
    "A significant incident shall be notified to the competent authority without undue delay and"
        + " in any event within seventy-two hours of becoming aware of it.",
    "The Authority shall consult the public and relevant stakeholders before issuing a code of"
        + " practice.",
    "Personal data shall be processed only for the purposes for which they were collected and"
        + " shall not be kept longer than necessary.",
  };

  private RuleBook book;
  private RulesTagger tagger;
  private Analyzer analyzer;
  private List<LegislationItem> items;
  private int next;

  @Setup
  public void setUp() {
    Taxonomy taxonomy = Taxonomy.load();
    book = RuleBook.of(BundledRules.files(), taxonomy);
    tagger = new RulesTagger(book, taxonomy);
    analyzer = TextAnalysis.analyzer("en").orElseThrow();
    Random random = new Random(42);
    items = new ArrayList<>();
    for (int d = 0; d < DOCUMENTS; d++) {
      StringBuilder text = new StringBuilder();
      for (int section = 1; text.length() < TEXT_CHARS; section++) {
        text.append("Section ").append(section).append(". ");
        text.append(CLAUSES[random.nextInt(CLAUSES.length)]).append('\n');
      }
      items.add(item("bench:" + d, text.substring(0, TEXT_CHARS)));
    }
  }

  @TearDown
  public void tearDown() {
    book.close();
  }

  private static LegislationItem item(String id, String text) {
    return new LegislationItem(
        id,
        "bench",
        "GB",
        "Cyber Security and Communications Act",
        "act",
        "enacted",
        "en",
        null,
        null,
        null,
        text,
        List.of(),
        new ItemDates(null, null, null, null, null),
        Instant.EPOCH,
        null,
        0);
  }

  private LegislationItem nextItem() {
    next = (next + 1) % DOCUMENTS;
    return items.get(next);
  }

  @Benchmark
  public Object tag() {
    return tagger.assess(nextItem());
  }

  @Benchmark
  public void analyseOnly(Blackhole sink) throws IOException {
    LegislationItem item = nextItem();
    for (String[] field :
        new String[][] {{TextAnalysis.TITLE, item.title()}, {TextAnalysis.TEXT, item.text()}}) {
      try (TokenStream tokens = analyzer.tokenStream(field[0], field[1])) {
        CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
        tokens.reset();
        while (tokens.incrementToken()) {
          sink.consume(term.length());
        }
        tokens.end();
      }
    }
  }
}
