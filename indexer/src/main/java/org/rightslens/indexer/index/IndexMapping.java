package org.rightslens.indexer.index;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.Term;
import org.rightslens.model.item.LegislationItem;
import org.rightslens.model.item.Tag;
import org.rightslens.model.item.TaggedItem;
import org.rightslens.model.json.Json;

/**
 * How a tagged item becomes Lucene documents; the only place that knows field names. Each item has
 * one <em>current</em> document (its latest version, the one search finds) and one <em>version</em>
 * document per version, for its history. Both are written with {@code updateDocument} on a unique
 * key, so replaying {@code items.tagged} is harmless.
 */
public final class IndexMapping {

  public static final String ID = "id";
  public static final String DOC = "doc";
  public static final String CURRENT = "current";
  public static final String VERSION = "version";
  public static final String VERSION_KEY = "versionKey";
  public static final String PARENT = "parent";
  public static final String VERSION_NUMBER = "versionNumber";
  public static final String TITLE = "title";
  public static final String SUMMARY = "summary";
  public static final String TEXT = "text";
  public static final String JURISDICTION = "jurisdiction";
  public static final String TYPE = "type";
  public static final String STATUS = "status";
  public static final String LANGUAGE = "language";
  public static final String SOURCE = "source";
  public static final String TAG = "tag";
  public static final String KIND = "kind";
  public static final String RECOMMENDATION = "recommendation";
  public static final String RIGHTS_AFFECTING = "rightsAffecting";
  public static final String DATE = "date";
  public static final String MONTH = "month";
  public static final String JSON = "json";

  /** The searchable text fields, with their weight in an unqualified query. */
  public static final String[] TEXT_FIELDS = {TITLE, SUMMARY, TEXT};

  /** The facet dimensions, in the order the API lists them. */
  public static final String[] FACETS = {JURISDICTION, TAG, RECOMMENDATION, TYPE, MONTH};

  private IndexMapping() {}

  public static Analyzer analyzer() {
    return new StandardAnalyzer();
  }

  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(TAG, true);
    config.setMultiValued(RECOMMENDATION, true);
    return config;
  }

  public static Term currentKey(String id) {
    return new Term(ID, id);
  }

  public static Term versionKey(String id, int version) {
    return new Term(VERSION_KEY, id + "@" + version);
  }

  /** The document that search finds, facets included (built with {@link #facetsConfig()}). */
  public static Document current(TaggedItem tagged) {
    LegislationItem item = tagged.item();
    Document doc = new Document();
    doc.add(new StringField(DOC, CURRENT, Field.Store.NO));
    doc.add(new StringField(ID, item.id(), Field.Store.YES));
    addText(doc, TITLE, item.title());
    addText(doc, SUMMARY, item.summary());
    addText(doc, TEXT, item.text());
    addKeyword(doc, JURISDICTION, item.jurisdiction(), true);
    addKeyword(doc, TYPE, item.type(), true);
    addKeyword(doc, STATUS, item.status(), false);
    addKeyword(doc, LANGUAGE, item.language(), false);
    addKeyword(doc, SOURCE, item.source(), false);
    addKeyword(doc, RIGHTS_AFFECTING, Boolean.toString(tagged.rightsAffecting()), false);
    Set<String> recommendations = new TreeSet<>();
    for (Tag tag : tagged.tags()) {
      addKeyword(doc, TAG, tag.id(), true);
      doc.add(new StringField(KIND, tag.kind().json(), Field.Store.NO));
      tag.recommendations().forEach(n -> recommendations.add(Integer.toString(n)));
    }
    recommendations.forEach(n -> addKeyword(doc, RECOMMENDATION, n, true));
    item.dates()
        .primary()
        .ifPresent(
            date -> {
              doc.add(new LongPoint(DATE, date.toEpochDay()));
              doc.add(new NumericDocValuesField(DATE, date.toEpochDay()));
              addKeyword(doc, MONTH, month(date), true);
            });
    doc.add(new StoredField(JSON, Json.write(tagged)));
    return doc;
  }

  /** The document that keeps one version of an item for its history. */
  public static Document version(TaggedItem tagged) {
    Document doc = new Document();
    doc.add(new StringField(DOC, VERSION, Field.Store.NO));
    doc.add(
        new StringField(
            VERSION_KEY, versionKey(tagged.id(), tagged.item().version()).text(), Field.Store.NO));
    doc.add(new StringField(PARENT, tagged.id(), Field.Store.NO));
    doc.add(new NumericDocValuesField(VERSION_NUMBER, tagged.item().version()));
    doc.add(new StoredField(JSON, Json.write(tagged)));
    return doc;
  }

  public static String month(LocalDate date) {
    return String.format(Locale.ROOT, "%04d-%02d", date.getYear(), date.getMonthValue());
  }

  private static void addText(Document doc, String field, String value) {
    if (value != null && !value.isEmpty()) {
      doc.add(new TextField(field, value, Field.Store.YES));
    }
  }

  private static void addKeyword(Document doc, String field, String value, boolean facet) {
    if (value == null || value.isEmpty()) {
      return;
    }
    doc.add(new StringField(field, value, Field.Store.NO));
    if (facet) {
      doc.add(new SortedSetDocValuesFacetField(field, value));
    }
  }
}
