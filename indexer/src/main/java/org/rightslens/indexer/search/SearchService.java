package org.rightslens.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.classic.MultiFieldQueryParser;
import org.apache.lucene.queryparser.classic.ParseException;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.RegexpQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.rightslens.indexer.index.IndexMapping;
import org.rightslens.indexer.index.ItemIndex;
import org.rightslens.model.item.Tag;
import org.rightslens.model.item.TaggedItem;

/**
 * Full-text search over the current version of every item: Lucene query syntax over title, summary
 * and text (title weighs most; terms are ANDed), filters, facet counts and highlighted passages.
 * Queries that could run away (leading wildcards, regular expressions, too many clauses) are
 * refused with a message.
 */
public final class SearchService {

  /** Facet values listed per dimension. */
  public static final int FACET_VALUES = 50;

  private static final Map<String, Float> BOOSTS =
      Map.of(IndexMapping.TITLE, 3f, IndexMapping.SUMMARY, 2f, IndexMapping.TEXT, 1f);

  private final ItemIndex index;
  private final Analyzer analyzer = IndexMapping.analyzer();

  public SearchService(ItemIndex index) {
    this.index = index;
  }

  public SearchResult search(SearchRequest request) {
    Query query = filtered(parse(request.query()), request);
    return index.withSearcher(
        searcher -> {
          int end = request.page() * request.size();
          TopDocs top;
          try {
            top = searcher.search(query, end);
          } catch (IndexSearcher.TooManyClauses e) {
            throw new InvalidSearchException(
                "q: the query expands to too many terms; make it more specific");
          }
          ScoreDoc[] page =
              Arrays.copyOfRange(
                  top.scoreDocs,
                  Math.min(top.scoreDocs.length, end - request.size()),
                  top.scoreDocs.length);
          TopDocs pageDocs = new TopDocs(top.totalHits, page);
          return new SearchResult(
              top.totalHits.value,
              request.page(),
              request.size(),
              hits(searcher, query, pageDocs),
              facets(searcher, query));
        });
  }

  /** Parses a user query; blank matches every item. */
  public Query parse(String text) {
    if (text == null || text.isBlank()) {
      return new MatchAllDocsQuery();
    }
    MultiFieldQueryParser parser =
        new MultiFieldQueryParser(IndexMapping.TEXT_FIELDS, analyzer, BOOSTS);
    parser.setDefaultOperator(QueryParser.Operator.AND);
    parser.setAllowLeadingWildcard(false);
    Query query;
    try {
      query = parser.parse(text);
    } catch (ParseException e) {
      throw new InvalidSearchException("q: " + firstLine(e.getMessage()));
    } catch (IndexSearcher.TooManyClauses e) {
      throw new InvalidSearchException(
          "q: too many clauses (at most " + IndexSearcher.getMaxClauseCount() + ")");
    }
    query.visit(
        new QueryVisitor() {
          @Override
          public void visitLeaf(Query leaf) {
            if (leaf instanceof RegexpQuery) {
              throw new InvalidSearchException(
                  "q: regular expressions are not supported; use words, phrases or a trailing *");
            }
          }

          @Override
          public QueryVisitor getSubVisitor(BooleanClause.Occur occur, Query parent) {
            return this;
          }
        });
    return query;
  }

  private static String firstLine(String message) {
    String line = message.split("\\R", 2)[0];
    return line.replace("Cannot parse", "cannot parse").strip();
  }

  private static Query filtered(Query query, SearchRequest r) {
    BooleanQuery.Builder b = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST);
    b.add(
        new TermQuery(new Term(IndexMapping.DOC, IndexMapping.CURRENT)),
        BooleanClause.Occur.FILTER);
    if (r.jurisdiction() != null) {
      filter(b, IndexMapping.JURISDICTION, r.jurisdiction().toUpperCase(Locale.ROOT));
    }
    if (r.tag() != null) {
      filter(b, IndexMapping.TAG, r.tag());
    }
    if (r.recommendation() != null) {
      filter(b, IndexMapping.RECOMMENDATION, r.recommendation().toString());
    }
    if (r.type() != null) {
      filter(b, IndexMapping.TYPE, r.type().toLowerCase(Locale.ROOT));
    }
    if (r.rightsAffecting() != null) {
      filter(b, IndexMapping.RIGHTS_AFFECTING, r.rightsAffecting().toString());
    }
    if (r.from() != null || r.to() != null) {
      long from = r.from() == null ? Long.MIN_VALUE : r.from().toEpochDay();
      long to = r.to() == null ? Long.MAX_VALUE : r.to().toEpochDay();
      b.add(LongPoint.newRangeQuery(IndexMapping.DATE, from, to), BooleanClause.Occur.FILTER);
    }
    return b.build();
  }

  private static void filter(BooleanQuery.Builder b, String field, String value) {
    b.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.FILTER);
  }

  private List<SearchHit> hits(IndexSearcher searcher, Query query, TopDocs page)
      throws IOException {
    UnifiedHighlighter highlighter =
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .build();
    String[] fields = {IndexMapping.SUMMARY, IndexMapping.TEXT};
    Map<String, String[]> highlights =
        highlighter.highlightFields(fields, query, page, new int[] {1, 2});
    StoredFields stored = searcher.storedFields();
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < page.scoreDocs.length; i++) {
      TaggedItem tagged = ItemIndex.read(stored, page.scoreDocs[i].doc);
      List<String> passages = new ArrayList<>();
      for (String field : fields) {
        String passage = highlights.get(field)[i];
        if (passage != null && passage.contains("<mark>")) {
          passages.add(passage);
        }
      }
      hits.add(
          new SearchHit(
              tagged.id(),
              tagged.item().title(),
              tagged.item().jurisdiction(),
              tagged.item().type(),
              tagged.item().dates().primary().orElse(null),
              tagged.rightsAffecting(),
              tagged.tags().stream().map(Tag::id).toList(),
              passages));
    }
    return hits;
  }

  private Map<String, Map<String, Integer>> facets(IndexSearcher searcher, Query query)
      throws IOException {
    Map<String, Map<String, Integer>> result = new LinkedHashMap<>();
    for (String dim : IndexMapping.FACETS) {
      result.put(dim, new LinkedHashMap<>());
    }
    FacetsCollector collector = searcher.search(query, new FacetsCollectorManager());
    Facets counts;
    try {
      counts =
          new SortedSetDocValuesFacetCounts(
              new DefaultSortedSetDocValuesReaderState(
                  searcher.getIndexReader(), index.facetsConfig()),
              collector);
    } catch (IllegalArgumentException e) {
      return result; // nothing with facets has been indexed yet
    }
    for (String dim : IndexMapping.FACETS) {
      FacetResult top;
      try {
        top = counts.getTopChildren(FACET_VALUES, dim);
      } catch (IllegalArgumentException e) {
        continue; // no document has a value for this dimension yet
      }
      if (top != null) {
        for (LabelAndValue lv : top.labelValues) {
          result.get(dim).put(lv.label, lv.value.intValue());
        }
      }
    }
    return result;
  }
}
