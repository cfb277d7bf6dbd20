package org.rightslens.processor.tagging;

/**
 * One rule of a rules file: when {@code query} matches an item, the item shows the tag {@code tag}
 * with strength {@code weight}; {@code note} says what wording the rule was written from.
 */
public record Rule(String id, String tag, String query, double weight, String note) {}
