package org.rightslens.crawler.fetch;

import java.net.URI;
import java.time.Duration;

/** What a fetch gave: a body, "not modified", or a failure with its reason. */
public sealed interface FetchResult {

  /** The URL asked for (before redirects). */
  URI url();

  /** A 2xx response, decompressed, within the limits. {@code finalUrl} is after redirects. */
  record Ok(
      URI url,
      URI finalUrl,
      int status,
      byte[] body,
      String contentType,
      String etag,
      String lastModified)
      implements FetchResult {}

  /** A 304 to a conditional request: nothing changed since the last fetch. */
  record NotModified(URI url) implements FetchResult {}

  /**
   * A failure. {@code status} is 0 when no response came; {@code retryAfter} is the server's {@code
   * Retry-After} if it sent one; {@code retryable} says whether trying again later may help.
   */
  record Failed(URI url, int status, String reason, Duration retryAfter, boolean retryable)
      implements FetchResult {}
}
