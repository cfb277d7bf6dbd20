package org.rightslens.crawler.checkpoint;

/** What a user should make of a source. */
public enum SourceStatus {
  /** Not crawled yet. */
  NEVER_RUN,
  /** Crawled successfully; new items arrive as often as usual. */
  OK,
  /** The last crawls failed: the crawler, not the legislature, is the problem. */
  FAILING,
  /** Crawls succeed but nothing new has come for much longer than usual: check the source. */
  STALE
}
