package org.rightslens.indexer.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.rightslens.indexer.index.IndexMapping;
import org.rightslens.model.analysis.TextAnalysis;

/**
 * Highlighted passages of summary and text for hits, HTML-escaped with {@code <mark>}. A hit in a
 * language with an analyzer is highlighted through its {@code <field>.<language>} fields (offsets
 * from that field's postings, text from the stored field), so that a word found through stemming is
 * marked too; other hits through the exact-word fields.
 */
final class ItemHighlighter extends UnifiedHighlighter {

  private static final int[] PASSAGES = {1, 2};

  /** Passages are looked for in the whole text, however long (offsets come from the postings). */
  private static final int MAX_LENGTH = Integer.MAX_VALUE - 1;

  private ItemHighlighter(Builder builder) {
    super(builder);
  }

  static ItemHighlighter of(IndexSearcher searcher, Analyzer analyzer) {
    return new ItemHighlighter(
        UnifiedHighlighter.builder(searcher, analyzer)
            .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
            .withMaxLength(MAX_LENGTH));
  }

  /**
   * Passages per hit, in the order of {@code docs}: at most one of the summary and two of the text,
   * only those with a match.
   */
  List<List<String>> passages(Query query, int[] docs, List<String> languages) throws IOException {
    Map<String, List<Integer>> byLanguage = new LinkedHashMap<>();
    for (int i = 0; i < docs.length; i++) {
      String language = TextAnalysis.primary(languages.get(i));
      String key = TextAnalysis.analyzer(language).isPresent() ? language : "";
      byLanguage.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
    }
    List<List<String>> passages = new ArrayList<>();
    for (int i = 0; i < docs.length; i++) {
      passages.add(new ArrayList<>());
    }
    for (Map.Entry<String, List<Integer>> group : byLanguage.entrySet()) {
      String[] fields =
          group.getKey().isEmpty()
              ? new String[] {IndexMapping.SUMMARY, IndexMapping.TEXT}
              : new String[] {
                IndexMapping.languageField(IndexMapping.SUMMARY, group.getKey()),
                IndexMapping.languageField(IndexMapping.TEXT, group.getKey())
              };
      int[] ids = group.getValue().stream().mapToInt(i -> docs[i]).toArray();
      Map<String, String[]> found = highlightFields(fields, query, ids, PASSAGES);
      for (String field : fields) {
        String[] perDoc = found.get(field);
        for (int j = 0; j < ids.length; j++) {
          if (perDoc[j] != null && perDoc[j].contains("<mark>")) {
            passages.get(group.getValue().get(j)).add(perDoc[j]);
          }
        }
      }
    }
    return passages;
  }

  /** A {@code <field>.<language>} field is not stored: its text is the stored {@code <field>}. */
  @Override
  protected List<CharSequence[]> loadFieldValues(
      String[] fields, DocIdSetIterator docIter, int cacheCharsThreshold) throws IOException {
    String[] stored = Arrays.stream(fields).map(IndexMapping::storedField).toArray(String[]::new);
    return super.loadFieldValues(stored, docIter, cacheCharsThreshold);
  }
}
