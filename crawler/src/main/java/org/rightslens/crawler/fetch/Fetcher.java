package org.rightslens.crawler.fetch;

/** Fetches one URL. Implementations never throw for network or server trouble: they return it. */
@FunctionalInterface
public interface Fetcher {

  FetchResult fetch(FetchRequest request);
}
