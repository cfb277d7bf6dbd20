package org.rightslens.processor.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.rightslens.processor.tagging.Assessment;
import org.rightslens.processor.tagging.Tagger;

/** Measures a tagger against labelled laws: precision, recall and F1 per tag and overall. */
public final class Evaluation {

  private Evaluation() {}

  public static EvaluationReport run(Tagger tagger, List<Labelled> laws) {
    Counter rights = new Counter();
    Counter cyber = new Counter();
    Map<String, Counter> perTag = new TreeMap<>();
    Map<String, Integer> languages = new TreeMap<>();
    Map<String, Integer> withoutRules = new TreeMap<>();
    Set<String> versions = new TreeSet<>();
    Map<String, Counter[]> byLanguage = new TreeMap<>();
    for (Labelled law : laws) {
      Assessment a = tagger.assess(law.item());
      String language = a.language() != null ? a.language() : "und";
      languages.merge(language, 1, Integer::sum);
      if (a.taggerVersion() != null && a.taggerVersion().endsWith("@none")) {
        withoutRules.merge(language, 1, Integer::sum);
      }
      versions.add(a.taggerVersion());
      rights.add(law.expected().rightsAffecting(), a.rightsAffecting());
      cyber.add(law.expected().cybersecurity(), a.cybersecurity());
      Counter[] inLanguage =
          byLanguage.computeIfAbsent(
              language, l -> new Counter[] {new Counter(), new Counter(), new Counter()});
      inLanguage[0].add(law.expected().rightsAffecting(), a.rightsAffecting());
      inLanguage[1].add(law.expected().cybersecurity(), a.cybersecurity());
      Set<String> claimed = new HashSet<>(a.tagIds());
      Set<String> all = new HashSet<>(claimed);
      all.addAll(law.expected().tags());
      for (String tag : all) {
        boolean expected = law.expected().tags().contains(tag);
        perTag.computeIfAbsent(tag, t -> new Counter()).add(expected, claimed.contains(tag));
        inLanguage[2].add(expected, claimed.contains(tag));
      }
    }
    Counter pooled = new Counter();
    List<Score> scores = new ArrayList<>();
    perTag.forEach(
        (tag, c) -> {
          pooled.tp += c.tp;
          pooled.fp += c.fp;
          pooled.fn += c.fn;
          scores.add(c.score(tag));
        });
    scores.sort(Comparator.comparingInt(Score::support).reversed().thenComparing(Score::label));
    Double macro =
        scores.stream().anyMatch(s -> s.f1() != null)
            ? Math.round(
                    scores.stream()
                            .filter(s -> s.f1() != null)
                            .mapToDouble(Score::f1)
                            .average()
                            .orElse(0)
                        * 1000)
                / 1000.0
            : null;
    List<LanguageScores> perLanguage = new ArrayList<>();
    byLanguage.forEach(
        (language, c) ->
            perLanguage.add(
                new LanguageScores(
                    language,
                    languages.get(language),
                    c[0].score("rightsAffecting (verdict)"),
                    c[1].score("cybersecurity (verdict)"),
                    c[2].score("all tags"))));
    return new EvaluationReport(
        laws.size(),
        languages,
        withoutRules,
        List.copyOf(perLanguage),
        rights.score("rightsAffecting (verdict)"),
        cyber.score("cybersecurity (verdict)"),
        pooled.score("all tags"),
        macro,
        List.copyOf(scores),
        List.copyOf(versions));
  }

  private static final class Counter {
    int tp;
    int fp;
    int fn;

    void add(boolean expected, boolean claimed) {
      if (expected && claimed) {
        tp++;
      } else if (claimed) {
        fp++;
      } else if (expected) {
        fn++;
      }
    }

    Score score(String label) {
      return Score.of(label, tp, fp, fn);
    }
  }
}
