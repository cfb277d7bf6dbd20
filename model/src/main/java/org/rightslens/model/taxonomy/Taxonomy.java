package org.rightslens.model.taxonomy;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.rightslens.model.item.TagKind;

/**
 * The 13 FOC recommendations and the concerns and safeguards mapped to them, loaded from {@code
 * taxonomy.yaml} and validated: recommendations numbered 1 to 13 exactly once, kebab-case ids used
 * once, every concern and safeguard mapped to at least one existing recommendation, every concern's
 * {@code mitigatedBy} naming safeguards. Topics say what a law is about and touch no
 * recommendation.
 */
public final class Taxonomy {

  /** The bundled taxonomy, next to this class. */
  public static final String RESOURCE = "taxonomy.yaml";

  public static final int RECOMMENDATION_COUNT = 13;

  private static final Pattern KEBAB_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private final Map<Integer, Recommendation> recommendations;
  private final Map<String, TaxonomyEntry> entries;

  private Taxonomy(List<Recommendation> recommendations, List<TaxonomyEntry> entries) {
    this.recommendations = new LinkedHashMap<>();
    recommendations.forEach(r -> this.recommendations.put(r.number(), r));
    this.entries = new LinkedHashMap<>();
    entries.forEach(e -> this.entries.put(e.id(), e));
  }

  /** Loads the bundled taxonomy; throws {@link TaxonomyException} if it is invalid. */
  public static Taxonomy load() {
    try (InputStream in = Taxonomy.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new TaxonomyException("taxonomy resource " + RESOURCE + " is missing");
      }
      return parse(in, RESOURCE);
    } catch (IOException e) {
      throw new TaxonomyException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
    }
  }

  /** Parses and validates a taxonomy file; {@code name} appears in error messages. */
  public static Taxonomy parse(InputStream in, String name) {
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    TaxonomyFile file;
    try {
      file = yaml.readValue(in, TaxonomyFile.class);
    } catch (IOException e) {
      throw new TaxonomyException(name + ": " + e.getMessage(), e);
    }
    List<String> problems = new ArrayList<>();
    List<Recommendation> recs = file.recommendations() == null ? List.of() : file.recommendations();
    validateRecommendations(recs, problems, name);
    List<TaxonomyEntry> entries = new ArrayList<>();
    addEntries(file.concerns(), TagKind.CONCERN, "concerns", entries, problems, name);
    addEntries(file.safeguards(), TagKind.SAFEGUARD, "safeguards", entries, problems, name);
    addEntries(file.topics(), TagKind.TOPIC, "topics", entries, problems, name);
    validateMitigations(file.concerns(), entries, problems, name);
    if (!problems.isEmpty()) {
      throw new TaxonomyException(String.join("; ", problems));
    }
    return new Taxonomy(recs, entries);
  }

  private static void validateRecommendations(
      List<Recommendation> recs, List<String> problems, String name) {
    boolean[] seen = new boolean[RECOMMENDATION_COUNT + 1];
    for (int i = 0; i < recs.size(); i++) {
      Recommendation r = recs.get(i);
      String at = name + ": recommendations[" + i + "]";
      if (r.number() < 1 || r.number() > RECOMMENDATION_COUNT) {
        problems.add(at + ".number: expected 1.." + RECOMMENDATION_COUNT + ", got " + r.number());
        continue;
      }
      if (seen[r.number()]) {
        problems.add(at + ".number: recommendation " + r.number() + " appears twice");
      }
      seen[r.number()] = true;
      if (blank(r.text())) {
        problems.add(at + ".text: missing");
      }
      if (blank(r.citation())) {
        problems.add(at + ".citation: missing");
      }
    }
    for (int n = 1; n <= RECOMMENDATION_COUNT; n++) {
      if (!seen[n]) {
        problems.add(name + ": recommendations: number " + n + " is missing");
      }
    }
  }

  private static void addEntries(
      List<EntryFile> files,
      TagKind kind,
      String key,
      List<TaxonomyEntry> entries,
      List<String> problems,
      String name) {
    if (files == null || files.isEmpty()) {
      problems.add(name + ": " + key + ": expected at least one entry");
      return;
    }
    for (int i = 0; i < files.size(); i++) {
      EntryFile f = files.get(i);
      String at = name + ": " + key + "[" + i + "]";
      if (f.id() == null || !KEBAB_ID.matcher(f.id()).matches()) {
        problems.add(at + ".id: expected a kebab-case id, got " + f.id());
        continue;
      }
      if (entries.stream().anyMatch(e -> e.id().equals(f.id()))) {
        problems.add(at + ".id: " + f.id() + " is used twice");
      }
      if (blank(f.label())) {
        problems.add(at + ".label: missing");
      }
      List<Integer> recs = f.recommendations() == null ? List.of() : f.recommendations();
      if (recs.isEmpty() && kind != TagKind.TOPIC) {
        problems.add(at + ".recommendations: expected at least one recommendation number");
      }
      if (!recs.isEmpty() && kind == TagKind.TOPIC) {
        problems.add(at + ".recommendations: a topic touches no recommendation");
      }
      recs.stream()
          .filter(n -> n == null || n < 1 || n > RECOMMENDATION_COUNT)
          .forEach(n -> problems.add(at + ".recommendations: no recommendation " + n));
      if (kind != TagKind.CONCERN && f.mitigatedBy() != null) {
        problems.add(at + ".mitigatedBy: only concerns are mitigated");
      }
      entries.add(
          new TaxonomyEntry(
              f.id(),
              kind,
              f.label(),
              recs,
              f.covers(),
              f.mitigatedBy() == null ? List.of() : f.mitigatedBy()));
    }
  }

  private static void validateMitigations(
      List<EntryFile> concerns, List<TaxonomyEntry> entries, List<String> problems, String name) {
    if (concerns == null) {
      return;
    }
    for (int i = 0; i < concerns.size(); i++) {
      List<String> by = concerns.get(i).mitigatedBy();
      for (String id : by == null ? List.<String>of() : by) {
        boolean safeguard =
            entries.stream().anyMatch(e -> e.id().equals(id) && e.kind() == TagKind.SAFEGUARD);
        if (!safeguard) {
          problems.add(name + ": concerns[" + i + "].mitigatedBy: " + id + " is not a safeguard");
        }
      }
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public Collection<Recommendation> recommendations() {
    return recommendations.values();
  }

  public Optional<Recommendation> recommendation(int number) {
    return Optional.ofNullable(recommendations.get(number));
  }

  public Collection<TaxonomyEntry> entries() {
    return entries.values();
  }

  public Optional<TaxonomyEntry> entry(String id) {
    return Optional.ofNullable(entries.get(id));
  }

  public List<TaxonomyEntry> entries(TagKind kind) {
    return entries.values().stream().filter(e -> e.kind() == kind).toList();
  }

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record TaxonomyFile(
      List<Recommendation> recommendations,
      List<EntryFile> concerns,
      List<EntryFile> safeguards,
      List<EntryFile> topics) {}

  @JsonIgnoreProperties(ignoreUnknown = true)
  private record EntryFile(
      String id,
      String label,
      List<Integer> recommendations,
      String covers,
      List<String> mitigatedBy) {}
}
