package org.rightslens.crawler.fetch;

import java.time.Duration;

/**
 * Bounds on one fetch. Defaults: 20 MiB of (decompressed) body, 5 redirects, 10 s to connect, 30 s
 * to the first byte of the response, 120 s in all.
 */
public record FetchLimits(
    long maxBodyBytes,
    int maxRedirects,
    Duration connectTimeout,
    Duration firstByteTimeout,
    Duration totalTimeout) {

  public static final long DEFAULT_MAX_BODY_BYTES = 20L * 1024 * 1024;
  public static final int DEFAULT_MAX_REDIRECTS = 5;
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_FIRST_BYTE_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_TOTAL_TIMEOUT = Duration.ofSeconds(120);

  public static final FetchLimits DEFAULTS =
      new FetchLimits(
          DEFAULT_MAX_BODY_BYTES,
          DEFAULT_MAX_REDIRECTS,
          DEFAULT_CONNECT_TIMEOUT,
          DEFAULT_FIRST_BYTE_TIMEOUT,
          DEFAULT_TOTAL_TIMEOUT);

  public FetchLimits {
    if (maxBodyBytes < 1 || maxRedirects < 0) {
      throw new IllegalArgumentException("body and redirect limits must be positive");
    }
  }
}
