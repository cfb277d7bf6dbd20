package org.rightslens.model.item;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.rightslens.model.json.Json;

/**
 * SHA-256 of what an item says: every field except when it was fetched and the hash and version
 * themselves, so that a re-fetch of unchanged content hashes the same.
 */
public final class ContentHash {

  private ContentHash() {}

  public static String of(LegislationItem item) {
    LegislationItem content =
        new LegislationItem(
            item.id(),
            item.source(),
            item.jurisdiction(),
            item.title(),
            item.type(),
            item.status(),
            item.language(),
            item.url(),
            item.textUrl(),
            item.summary(),
            item.text(),
            item.subjects(),
            item.dates(),
            null,
            null,
            0);
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(Json.write(content).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java runtime", e);
    }
  }
}
