package org.rightslens.app.health;

/**
 * The state of the pipeline. {@code status} is {@code UP} once every component runs and the index
 * has caught up with everything published at start, {@code STARTING} before, {@code DOWN} when a
 * component has failed. {@code lag} counts records not yet indexed (-1 when unknown).
 */
public record Health(
    String status,
    String broker,
    int indexed,
    long lag,
    String processor,
    String indexer,
    String catalogue) {

  public static final String UP = "UP";
  public static final String STARTING = "STARTING";
  public static final String DOWN = "DOWN";
}
