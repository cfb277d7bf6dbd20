package org.rightslens.benchmarks.search;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.store.FSDirectory;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.rightslens.indexer.index.ItemIndex;
import org.rightslens.indexer.search.SearchRequest;
import org.rightslens.indexer.search.SearchResult;
import org.rightslens.indexer.search.SearchService;
import org.rightslens.model.item.TaggedItem;

/**
 * Search latency over an index of generated items ({@value #DEFAULT_ITEMS} by default; system
 * property {@code rightslens.bench.items}): the full search of the API (hits, facet counts of every
 * dimension, highlights, stored items) against a bare {@link IndexSearcher} running the same query
 * for the top 20 on the same index. Each kind of query cycles through several queries. The index is
 * built once into {@code rightslens.bench.index} (default {@code target/search-bench-index}) and
 * reused while it holds the expected number of items.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
@Fork(value = 1, jvmArgsAppend = "-Xmx2g")
@Threads(1)
public class SearchBenchmark {

  static final int DEFAULT_ITEMS = 200_000;
  private static final int BATCH = 2_000;

  @Param({"term", "phrase", "boolean", "faceted"})
  public String kind;

  private ItemIndex index;
  private SearchService service;
  private FSDirectory directory;
  private DirectoryReader reader;
  private IndexSearcher bare;
  private List<SearchRequest> requests;
  private List<Query> queries;
  private int next;

  @Setup
  public void setUp() throws IOException {
    Path dir = Path.of(System.getProperty("rightslens.bench.index", "target/search-bench-index"));
    int items = Integer.getInteger("rightslens.bench.items", DEFAULT_ITEMS);
    index = ensureIndex(dir, items);
    service = new SearchService(index, Duration.ofSeconds(30));
    directory = FSDirectory.open(dir);
    reader = DirectoryReader.open(directory);
    bare = new IndexSearcher(reader);
    requests = requests(kind);
    queries = requests.stream().map(service::query).toList();
  }

  @TearDown
  public void tearDown() throws IOException {
    reader.close();
    directory.close();
    index.close();
  }

  @Benchmark
  public SearchResult searchService() {
    return service.search(requests.get(next++ % requests.size()));
  }

  /** The same query for the top 20, counting every hit as the search API does. */
  @Benchmark
  public TopDocs bareIndexSearcher() throws IOException {
    return bare.search(
        queries.get(next++ % queries.size()),
        new TopScoreDocCollectorManager(SearchRequest.DEFAULT_SIZE, null, Integer.MAX_VALUE));
  }

  static List<SearchRequest> requests(String kind) {
    SearchRequest all = SearchRequest.of("");
    return switch (kind) {
      case "term" ->
          Stream.of("interception", "encryption", "vulnerability", "blocking", "retain", "judge")
              .map(SearchRequest::of)
              .toList();
      case "phrase" ->
          Stream.of(
                  "\"computer system\"",
                  "\"critical information infrastructure\"",
                  "\"communications data\"",
                  "\"without undue delay\"",
                  "\"transparency report\"",
                  "\"equipment interference\"")
              .map(SearchRequest::of)
              .toList();
      case "boolean" ->
          Stream.of(
                  "encryption AND (keys OR protection) -researchers",
                  "interception OR surveillance OR (bulk AND warrant)",
                  "(judge OR court) AND warrant",
                  "offence AND computer AND NOT vulnerability",
                  "notify AND (incident OR breach) AND operator")
              .map(SearchRequest::of)
              .toList();
      case "faceted" ->
          List.of(
              SearchRequest.of("interception").withFilter("region", "Europe"),
              all.withFilter("tag", "mandatory-data-retention")
                  .withFilter("rightsAffecting", "true"),
              SearchRequest.of("encryption")
                  .withFilter("language", "en")
                  .between(LocalDate.of(2015, 1, 1), null),
              SearchRequest.of("\"computer system\"")
                  .withFilter("jurisdiction", "GB", "US", "AU")
                  .withFilter("kind", "concern"),
              all.withFilter("recommendation", "5")
                  .withFilter("type", "act")
                  .withFilter("status", "in-force")
                  .between(LocalDate.of(2000, 1, 1), LocalDate.of(2020, 12, 31)));
      default -> throw new IllegalArgumentException("unknown kind " + kind);
    };
  }

  static ItemIndex ensureIndex(Path dir, int items) throws IOException {
    ItemIndex index = new ItemIndex(dir);
    if (index.count() == items) {
      return index;
    }
    index.close();
    if (Files.exists(dir)) {
      try (Stream<Path> paths = Files.walk(dir)) {
        paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
    index = new ItemIndex(dir);
    GeneratedCorpus corpus = new GeneratedCorpus(42);
    long started = System.nanoTime();
    for (int n = 0; n < items; n += BATCH) {
      List<TaggedItem> batch = new ArrayList<>(BATCH);
      for (int i = n; i < Math.min(items, n + BATCH); i++) {
        batch.add(corpus.item(i));
      }
      index.apply(batch, Map.of());
      if ((n + BATCH) % 20_000 == 0) {
        System.err.printf(
            "indexed %,d items in %d s%n",
            n + BATCH, TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started));
      }
    }
    return index;
  }
}
