package org.rightslens.processor.evaluation;

/** The verdicts and the pooled tags of the laws in one language. */
public record LanguageScores(
    String language, int items, Score rightsAffecting, Score cybersecurity, Score tags) {}
