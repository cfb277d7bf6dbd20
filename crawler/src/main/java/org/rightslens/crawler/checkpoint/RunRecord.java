package org.rightslens.crawler.checkpoint;

import java.time.Instant;

/** One crawl of a source: when, how many items it found and how many were new or changed. */
public record RunRecord(Instant at, int found, int published, boolean succeeded) {}
