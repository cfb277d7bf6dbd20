package org.rightslens.model.taxonomy;

/** One of the 13 FOC recommendations, in its official wording, with where it is published. */
public record Recommendation(int number, String text, String citation) {}
