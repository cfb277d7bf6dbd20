package org.rightslens.indexer.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;
import org.rightslens.model.item.TaggedItem;
import org.rightslens.model.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Lucene index of tagged items on disk. Writes come in batches, each committed together with
 * the Kafka offsets it reached, so that after a crash the index and its position in {@code
 * items.tagged} agree: a restart neither loses nor duplicates an item. Thread-safe.
 */
public final class ItemIndex implements AutoCloseable {

  private static final String OFFSET_PREFIX = "kafka.offset.";
  private static final String MAPPING_KEY = "mapping.version";
  private static final Logger LOG = LoggerFactory.getLogger(ItemIndex.class);

  private final FSDirectory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final FacetsConfig facets = IndexMapping.facetsConfig();

  public ItemIndex(Path dir) {
    try {
      Files.createDirectories(dir);
      directory = FSDirectory.open(dir);
      IndexWriterConfig config = new IndexWriterConfig(IndexMapping.analyzer());
      config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
      writer = new IndexWriter(directory, config);
      try {
        rebuildIfMappingChanged(dir);
        searchers = new SearcherManager(writer, null);
      } catch (IOException | RuntimeException e) {
        writer.close(); // releases the write lock
        directory.close();
        throw e;
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the index at " + dir, e);
    }
  }

  /**
   * An index written with another mapping is emptied, offsets included, so that the feeder replays
   * {@code items.tagged} into the current mapping: Kafka is the system of record.
   */
  private void rebuildIfMappingChanged(Path dir) throws IOException {
    String found = liveCommitData().get(MAPPING_KEY);
    if (IndexMapping.MAPPING_VERSION.equals(found)) {
      return;
    }
    if (writer.getDocStats().numDocs > 0) {
      LOG.info(
          "Index at {} has mapping version {}, this is {}: rebuilding it from items.tagged",
          dir,
          found,
          IndexMapping.MAPPING_VERSION);
      writer.deleteAll();
    }
    writer.setLiveCommitData(Map.of(MAPPING_KEY, IndexMapping.MAPPING_VERSION).entrySet());
    writer.commit();
  }

  private Map<String, String> liveCommitData() {
    Map<String, String> data = new HashMap<>();
    Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
    if (live != null) {
      live.forEach(e -> data.put(e.getKey(), e.getValue()));
    }
    return data;
  }

  /**
   * Writes a batch of items and commits it with the next offset to read per partition, keyed {@code
   * "<topic>/<partition>"}.
   */
  public synchronized void apply(List<TaggedItem> items, Map<String, Long> nextOffsets)
      throws IOException {
    for (TaggedItem item : items) {
      writer.updateDocument(
          IndexMapping.currentKey(item.id()), facets.build(IndexMapping.current(item)));
      writer.updateDocument(
          IndexMapping.versionKey(item.id(), item.item().version()), IndexMapping.version(item));
    }
    Map<String, String> commitData = liveCommitData();
    nextOffsets.forEach((k, v) -> commitData.put(OFFSET_PREFIX + k, Long.toString(v)));
    writer.setLiveCommitData(commitData.entrySet());
    writer.commit();
    searchers.maybeRefreshBlocking();
  }

  /** The offsets stored with the last commit, keyed {@code "<topic>/<partition>"}. */
  public Map<String, Long> committedOffsets() {
    Map<String, Long> offsets = new HashMap<>();
    liveCommitData()
        .forEach(
            (k, v) -> {
              if (k.startsWith(OFFSET_PREFIX)) {
                offsets.put(k.substring(OFFSET_PREFIX.length()), Long.parseLong(v));
              }
            });
    return offsets;
  }

  /** The number of items (not versions) in the index. */
  public int count() {
    return withSearcher(
        s -> s.count(new TermQuery(new Term(IndexMapping.DOC, IndexMapping.CURRENT))));
  }

  /** The latest version of an item. */
  public Optional<TaggedItem> find(String id) {
    return withSearcher(
        s -> {
          TopDocs top = s.search(new TermQuery(IndexMapping.currentKey(id)), 1);
          if (top.scoreDocs.length == 0) {
            return Optional.empty();
          }
          return Optional.of(read(s.storedFields(), top.scoreDocs[0].doc));
        });
  }

  /** Every indexed version of an item, oldest first. */
  public List<TaggedItem> versions(String id) {
    return withSearcher(
        s -> {
          Sort byVersion = new Sort(new SortField(IndexMapping.VERSION_NUMBER, SortField.Type.INT));
          TopDocs top =
              s.search(new TermQuery(new Term(IndexMapping.PARENT, id)), 10_000, byVersion);
          StoredFields stored = s.storedFields();
          List<TaggedItem> versions = new ArrayList<>();
          for (ScoreDoc hit : top.scoreDocs) {
            versions.add(read(stored, hit.doc));
          }
          return versions;
        });
  }

  /** Runs {@code work} on a current searcher and releases it. */
  public <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("index read failed", e);
    }
  }

  public static TaggedItem read(StoredFields stored, int doc) throws IOException {
    return Json.read(stored.document(doc).get(IndexMapping.JSON), TaggedItem.class);
  }

  public FacetsConfig facetsConfig() {
    return facets;
  }

  @Override
  public synchronized void close() throws IOException {
    searchers.close();
    writer.close();
    directory.close();
  }

  /** Work done with a searcher. */
  @FunctionalInterface
  public interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }
}
