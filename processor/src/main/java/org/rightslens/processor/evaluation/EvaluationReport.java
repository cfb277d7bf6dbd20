package org.rightslens.processor.evaluation;

import java.util.List;
import java.util.Map;

/**
 * The figures of one evaluation run.
 *
 * @param items how many laws were read
 * @param languages laws per language
 * @param withoutRules laws per language that has no rules (they can only count as misses)
 * @param perLanguage the verdicts and pooled tags per language
 * @param rightsAffecting the {@code rightsAffecting} verdict as a label
 * @param cybersecurity the {@code cybersecurity} verdict as a label
 * @param tags all tags pooled (micro average)
 * @param tagsMacroF1 the mean F1 of the tags that have an F1
 * @param perTag each tag that was expected or claimed, most frequent first
 * @param taggerVersions the tagger versions that produced the claims
 */
public record EvaluationReport(
    int items,
    Map<String, Integer> languages,
    Map<String, Integer> withoutRules,
    List<LanguageScores> perLanguage,
    Score rightsAffecting,
    Score cybersecurity,
    Score tags,
    Double tagsMacroF1,
    List<Score> perTag,
    List<String> taggerVersions) {}
