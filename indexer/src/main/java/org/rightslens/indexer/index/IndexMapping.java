package org.rightslens.indexer.index;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.DoubleDocValuesField;
import org.apache.lucene.document.DoublePoint;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.Term;
import org.rightslens.model.analysis.TextAnalysis;
import org.rightslens.model.item.LegislationItem;
import org.rightslens.model.item.Tag;
import org.rightslens.model.item.TaggedItem;
import org.rightslens.model.json.Json;

/**
 * How a tagged item becomes Lucene documents; the only place that knows field names. Each item has
 * one <em>current</em> document (its latest version, the one search finds) and one <em>version</em>
 * document per version, for its history. Both are written with {@code updateDocument} on a unique
 * key, so replaying {@code items.tagged} is harmless.
 *
 * <p>Title, summary and text are indexed twice: with the standard analyzer under their own names
 * (exact words, any language, what {@code title:} in a query means and what highlights show) and
 * with the analyzer of the item's language under {@code <field>.<language>} (stemmed, so that
 * "encrypt" finds "encryption" in English and "chiffrement" finds "chiffrements" in French).
 */
public final class IndexMapping {

  /** Bumped whenever documents change shape; an index of another version is rebuilt. */
  public static final String MAPPING_VERSION = "3";

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
  public static final String REGION = "region";
  public static final String TYPE = "type";
  public static final String STATUS = "status";
  public static final String LANGUAGE = "language";
  public static final String SOURCE = "source";
  public static final String TAG = "tag";
  public static final String KIND = "kind";
  public static final String RECOMMENDATION = "recommendation";
  public static final String RIGHTS_AFFECTING = "rightsAffecting";
  public static final String CYBER_SCORE = "cyberScore";
  public static final String DATE = "date";
  public static final String MONTH = "month";
  public static final String JSON = "json";

  /** The text fields an unqualified query searches, with their boosts. */
  public static final Map<String, Float> SEARCHED_FIELDS = searchedFields();

  /** The facet dimensions, in the order the API lists them; each is also a filter. */
  public static final List<String> FACETS =
      List.of(
          JURISDICTION,
          REGION,
          TAG,
          RECOMMENDATION,
          KIND,
          TYPE,
          STATUS,
          LANGUAGE,
          RIGHTS_AFFECTING,
          MONTH);

  private static final Set<String> MULTI_VALUED = Set.of(TAG, RECOMMENDATION, KIND);

  /** Offsets in the postings let highlighting find passages without analysing a text again. */
  private static final FieldType STORED_TEXT = TextAnalysis.textWithOffsets(true);

  private static final FieldType ANALYSED_TEXT = TextAnalysis.textWithOffsets(false);

  private IndexMapping() {}

  /** Standard analysis, except for the {@code <field>.<language>} fields. */
  public static Analyzer analyzer() {
    Map<String, Analyzer> perField = new HashMap<>();
    for (String language : TextAnalysis.LANGUAGES) {
      Analyzer analyzer = TextAnalysis.analyzer(language).orElseThrow();
      for (String field : List.of(TITLE, SUMMARY, TEXT)) {
        perField.put(languageField(field, language), analyzer);
      }
    }
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
  }

  public static String languageField(String field, String language) {
    return field + "." + language;
  }

  /** The stored field whose text a field holds: {@code text} for {@code text.fr} and for itself. */
  public static String storedField(String field) {
    int dot = field.indexOf('.');
    return dot < 0 ? field : field.substring(0, dot);
  }

  public static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    MULTI_VALUED.forEach(dim -> config.setMultiValued(dim, true));
    return config;
  }

  /**
   * The indexed form of a filter value, as the facet holds it: codes upper case, words lower case,
   * languages as their primary subtag.
   */
  public static String normalise(String dimension, String value) {
    String v = value.strip();
    return switch (dimension) {
      case JURISDICTION -> v.toUpperCase(Locale.ROOT);
      case LANGUAGE -> TextAnalysis.primary(v);
      case TYPE, STATUS, KIND, RIGHTS_AFFECTING -> v.toLowerCase(Locale.ROOT);
      default -> v;
    };
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
    String language = TextAnalysis.primary(item.language());
    boolean analysed = TextAnalysis.analyzer(language).isPresent();
    Document doc = new Document();
    doc.add(new StringField(DOC, CURRENT, Field.Store.NO));
    doc.add(new StringField(ID, item.id(), Field.Store.YES));
    for (Map.Entry<String, String> text :
        Map.of(TITLE, nz(item.title()), SUMMARY, nz(item.summary()), TEXT, nz(item.text()))
            .entrySet()) {
      if (!text.getValue().isEmpty()) {
        doc.add(new Field(text.getKey(), text.getValue(), STORED_TEXT));
        if (analysed) {
          doc.add(
              new Field(languageField(text.getKey(), language), text.getValue(), ANALYSED_TEXT));
        }
      }
    }
    facet(doc, JURISDICTION, item.jurisdiction());
    Regions.of(item.jurisdiction()).ifPresent(region -> facet(doc, REGION, region));
    facet(doc, TYPE, item.type());
    facet(doc, STATUS, item.status());
    facet(doc, LANGUAGE, item.language());
    facet(doc, RIGHTS_AFFECTING, Boolean.toString(tagged.rightsAffecting()));
    addKeyword(doc, SOURCE, item.source());
    Set<String> recommendations = new TreeSet<>();
    Set<String> kinds = new TreeSet<>();
    for (Tag tag : tagged.tags()) {
      facet(doc, TAG, tag.id());
      kinds.add(tag.kind().json());
      tag.recommendations().forEach(n -> recommendations.add(Integer.toString(n)));
    }
    recommendations.forEach(n -> facet(doc, RECOMMENDATION, n));
    kinds.forEach(kind -> facet(doc, KIND, kind));
    doc.add(new DoublePoint(CYBER_SCORE, tagged.cyberScore()));
    doc.add(new DoubleDocValuesField(CYBER_SCORE, tagged.cyberScore()));
    item.dates()
        .primary()
        .ifPresent(
            date -> {
              doc.add(new LongPoint(DATE, date.toEpochDay()));
              doc.add(new NumericDocValuesField(DATE, date.toEpochDay()));
              facet(doc, MONTH, month(date));
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

  private static Map<String, Float> searchedFields() {
    Map<String, Float> fields = new HashMap<>(Map.of(TITLE, 3f, SUMMARY, 2f, TEXT, 1f));
    for (String language : TextAnalysis.LANGUAGES) {
      fields.put(languageField(TITLE, language), 3f);
      fields.put(languageField(SUMMARY, language), 2f);
      fields.put(languageField(TEXT, language), 1f);
    }
    return Map.copyOf(fields);
  }

  private static String nz(String value) {
    return value == null ? "" : value;
  }

  private static void addKeyword(Document doc, String field, String value) {
    if (value != null && !value.isBlank()) {
      doc.add(new StringField(field, value, Field.Store.NO));
    }
  }

  private static void facet(Document doc, String dimension, String value) {
    if (value == null || value.isBlank()) {
      return;
    }
    doc.add(new SortedSetDocValuesFacetField(dimension, normalise(dimension, value)));
  }
}
