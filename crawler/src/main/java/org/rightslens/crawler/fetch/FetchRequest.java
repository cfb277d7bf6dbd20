package org.rightslens.crawler.fetch;

import java.net.URI;
import java.util.Map;
import java.util.Objects;

/**
 * A GET of one URL; {@code etag} and {@code lastModified} (from an earlier response) make it
 * conditional.
 */
public record FetchRequest(URI url, String etag, String lastModified, Map<String, String> headers) {

  public FetchRequest {
    Objects.requireNonNull(url, "url");
    headers = headers == null ? Map.of() : Map.copyOf(headers);
  }

  public static FetchRequest get(URI url) {
    return new FetchRequest(url, null, null, Map.of());
  }
}
