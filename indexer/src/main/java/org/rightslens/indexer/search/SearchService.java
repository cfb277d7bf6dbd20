package org.rightslens.indexer.search;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.QueryTimeoutImpl;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHits;
import org.rightslens.indexer.index.IndexMapping;
import org.rightslens.indexer.index.ItemIndex;
import org.rightslens.indexer.index.Regions;
import org.rightslens.model.item.Tag;
import org.rightslens.model.item.TaggedItem;

/**
 * Full-text search over the current version of every item: a bounded user query ({@link
 * UserQuery}), filters on facet dimensions, a date range, relevance or date order, facet counts (a
 * filtered dimension still shows the counts of its other values) and highlighted passages. Each
 * search has a time limit; one that reaches it answers with what it found so far, marked partial.
 */
public final class SearchService {

  /** Facet values listed per dimension. */
  public static final int FACET_VALUES = 50;

  public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(2);

  private final ItemIndex index;
  private final Duration timeLimit;
  private final Analyzer analyzer = IndexMapping.analyzer();
  private final UserQuery userQuery = new UserQuery(analyzer);
  private FacetState facetState;

  public SearchService(ItemIndex index) {
    this(index, DEFAULT_TIME_LIMIT);
  }

  public SearchService(ItemIndex index, Duration timeLimit) {
    this.index = index;
    this.timeLimit = timeLimit;
  }

  /** The parsed, bounded form of a user query (exposed for benchmarks and the CLI). */
  public Query parse(String text) {
    return userQuery.parse(text);
  }

  /** The whole query a request runs: the user's query, the filters and the date range. */
  public Query query(SearchRequest request) {
    return drillDown(base(parse(request.query()), request), request.filters(), null);
  }

  public SearchResult search(SearchRequest request) {
    long started = System.nanoTime();
    Query matching = parse(request.query());
    Query base = base(matching, request);
    return index.withSearcher(
        shared -> {
          IndexSearcher searcher = new IndexSearcher(shared.getIndexReader());
          searcher.setTimeout(new QueryTimeoutImpl(timeLimit.toMillis()));
          int end = request.page() * request.size();
          Outcome outcome;
          try {
            outcome = run(searcher, base, request, end);
          } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidSearchException(
                "q: the query expands to too many terms; make it more specific");
          }
          ScoreDoc[] page =
              Arrays.copyOfRange(
                  outcome.top.scoreDocs,
                  Math.min(outcome.top.scoreDocs.length, end - request.size()),
                  outcome.top.scoreDocs.length);
          List<SearchHit> hits = hits(searcher, matching, new TopDocs(outcome.top.totalHits, page));
          return new SearchResult(
              outcome.top.totalHits.value,
              request.page(),
              request.size(),
              request.order().param(),
              searcher.timedOut(),
              Duration.ofNanos(System.nanoTime() - started).toMillis(),
              hits,
              outcome.facets);
        });
  }

  private record Outcome(TopDocs top, Map<String, Map<String, Integer>> facets) {}

  /**
   * One search for the hits and the counts of the unfiltered dimensions, then one per filtered
   * dimension for its own counts without its filter (what Lucene's DrillSideways computes in one
   * pass, which cannot run under a searcher's time limit).
   */
  private Outcome run(IndexSearcher searcher, Query base, SearchRequest request, int end)
      throws IOException {
    SortedSetDocValuesReaderState state = facetState(searcher.getIndexReader());
    Map<String, Map<String, Integer>> facets = emptyFacets();
    if (state == null) {
      // Nothing with facets is indexed yet, so no filter can match either.
      TopDocs top =
          request.filters().isEmpty()
              ? searcher.search(base, hitsCollector(request.order(), end))
              : new TopDocs(new TotalHits(0, TotalHits.Relation.EQUAL_TO), new ScoreDoc[0]);
      return new Outcome(top, facets);
    }
    Object[] both =
        searcher.search(
            drillDown(base, request.filters(), null),
            new MultiCollectorManager(
                hitsCollector(request.order(), end), new FacetsCollectorManager()));
    TopDocs top = (TopDocs) both[0];
    Facets counts = new SortedSetDocValuesFacetCounts(state, (FacetsCollector) both[1]);
    for (String dim : IndexMapping.FACETS) {
      if (!request.filters().containsKey(dim)) {
        facets.put(dim, counts(counts, dim));
      }
    }
    for (String dim : request.filters().keySet()) {
      FacetsCollector sideways =
          searcher.search(drillDown(base, request.filters(), dim), new FacetsCollectorManager());
      facets.put(dim, counts(new SortedSetDocValuesFacetCounts(state, sideways), dim));
    }
    return new Outcome(top, facets);
  }

  private Query drillDown(Query base, Map<String, List<String>> filters, String except) {
    DrillDownQuery drillDown = new DrillDownQuery(index.facetsConfig(), base);
    filters.forEach(
        (dim, values) -> {
          if (!dim.equals(except)) {
            values.forEach(value -> drillDown.add(dim, value));
          }
        });
    return drillDown;
  }

  private static CollectorManager<?, ? extends TopDocs> hitsCollector(SearchOrder order, int n) {
    if (order == SearchOrder.RELEVANCE) {
      return new TopScoreDocCollectorManager(n, null, Integer.MAX_VALUE);
    }
    boolean newestFirst = order == SearchOrder.NEWEST;
    SortField byDate = new SortField(IndexMapping.DATE, SortField.Type.LONG, newestFirst);
    byDate.setMissingValue(newestFirst ? Long.MIN_VALUE : Long.MAX_VALUE); // undated items last
    return new TopFieldCollectorManager(
        new Sort(byDate, SortField.FIELD_SCORE), n, null, Integer.MAX_VALUE);
  }

  private static Query base(Query matching, SearchRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(matching, BooleanClause.Occur.MUST);
    b.add(
        new TermQuery(new Term(IndexMapping.DOC, IndexMapping.CURRENT)),
        BooleanClause.Occur.FILTER);
    if (r.from() != null || r.to() != null) {
      long from = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
      long to = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(IndexMapping.DATE, from, to), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  /**
   * The facet ordinals of a reader, built once per reader since that costs a pass over terms. Only
   * the newest reader's state is kept, so that a search still holding an older reader during a
   * refresh does not evict it.
   */
  private SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
    FacetState cached;
    synchronized (this) {
      cached = facetState;
    }
    if (cached != null && cached.reader == reader) {
      return cached.state;
    }
    SortedSetDocValuesReaderState state;
    try {
      state = new DefaultSortedSetDocValuesReaderState(reader, index.facetsConfig());
    } catch (IllegalArgumentException e) {
      state = null; // no document has a facet yet
    }
    // The version is read now, while the reader is surely open; a cached one may be closed since.
    FacetState fresh = new FacetState(reader, version(reader), state);
    synchronized (this) {
      if (facetState == null || fresh.version >= facetState.version) {
        facetState = fresh;
      }
    }
    return state;
  }

  private static long version(IndexReader reader) {
    return reader instanceof DirectoryReader directory ? directory.getVersion() : 0;
  }

  private record FacetState(
      IndexReader reader, long version, SortedSetDocValuesReaderState state) {}

  private List<SearchHit> hits(IndexSearcher searcher, Query query, TopDocs page)
      throws IOException {
    StoredFields stored = searcher.storedFields();
    List<TaggedItem> items = new ArrayList<>();
    int[] docs = new int[page.scoreDocs.length];
    for (int i = 0; i < docs.length; i++) {
      docs[i] = page.scoreDocs[i].doc;
      items.add(ItemIndex.read(stored, docs[i]));
    }
    List<List<String>> passages =
        ItemHighlighter.of(searcher, analyzer)
            .passages(query, docs, items.stream().map(t -> t.item().language()).toList());
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      TaggedItem tagged = items.get(i);
      hits.add(
          new SearchHit(
              tagged.id(),
              tagged.item().title(),
              tagged.item().jurisdiction(),
              Regions.of(tagged.item().jurisdiction()).orElse(null),
              tagged.item().type(),
              tagged.item().status(),
              tagged.item().language(),
              tagged.item().dates().primary().orElse(null),
              tagged.rightsAffecting(),
              tagged.cyberScore(),
              tagged.tags().stream().map(Tag::id).toList(),
              passages.get(i)));
    }
    return hits;
  }

  private static Map<String, Map<String, Integer>> emptyFacets() {
    Map<String, Map<String, Integer>> facets = new LinkedHashMap<>();
    IndexMapping.FACETS.forEach(dim -> facets.put(dim, Map.of()));
    return facets;
  }

  /**
   * The counts of a dimension: its {@value #FACET_VALUES} most frequent values, most frequent
   * first; for months, the {@value #FACET_VALUES} latest, latest first.
   */
  private static Map<String, Integer> counts(Facets counts, String dim) throws IOException {
    Map<String, Integer> values = new LinkedHashMap<>();
    FacetResult result;
    try {
      result =
          dim.equals(IndexMapping.MONTH)
              ? counts.getAllChildren(dim)
              : counts.getTopChildren(FACET_VALUES, dim);
    } catch (IllegalArgumentException e) {
      return values; // no document has a value for this dimension yet
    }
    if (result == null) {
      return values;
    }
    Stream<LabelAndValue> ordered = Arrays.stream(result.labelValues);
    if (dim.equals(IndexMapping.MONTH)) {
      ordered =
          ordered
              .sorted(Comparator.comparing((LabelAndValue lv) -> lv.label).reversed())
              .limit(FACET_VALUES);
    }
    ordered.forEach(lv -> values.put(lv.label, lv.value.intValue()));
    return values;
  }
}
