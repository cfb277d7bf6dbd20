package org.rightslens.crawler.source;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * What a parser knows besides the body: which source it parses for (the prefix of item ids), the
 * URL the body came from (to resolve relative links), its content type, when it was fetched, and
 * the source's settings from {@code sources.yaml}.
 */
public record ParseContext(
    String sourceId, URI baseUrl, String contentType, Instant fetchedAt, SourceSettings settings) {

  public ParseContext {
    Objects.requireNonNull(sourceId, "sourceId");
    Objects.requireNonNull(fetchedAt, "fetchedAt");
    settings = settings == null ? SourceSettings.NONE : settings;
  }

  /** Resolves a link found in the body against {@link #baseUrl()}; null stays null. */
  public String resolve(String link) {
    if (link == null || link.isBlank()) {
      return null;
    }
    String ref = link.strip();
    try {
      if (baseUrl == null) {
        return URI.create(ref).toString();
      }
      if (ref.startsWith("?")) {
        // RFC 3986 keeps the base path for a query-only reference; URI.resolve (RFC 2396) drops it.
        String path = baseUrl.getRawPath() == null ? "" : baseUrl.getRawPath();
        return URI.create(baseUrl.getScheme() + "://" + baseUrl.getRawAuthority() + path + ref)
            .toString();
      }
      return baseUrl.resolve(ref).toString();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
