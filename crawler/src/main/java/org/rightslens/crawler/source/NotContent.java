package org.rightslens.crawler.source;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;

/**
 * Recognises responses that are not what a source publishes: empty bodies, bot challenges such as
 * the AWS WAF page EUR-Lex serves with HTTP 200, and HTML error pages where data was expected.
 */
public final class NotContent {

  private static final int SNIFF_CHARS = 4096;

  private NotContent() {}

  /** The reason {@code body} is not content, or empty if it may be. */
  public static Optional<String> reason(byte[] body) {
    if (body == null || body.length == 0) {
      return Optional.of("empty response body");
    }
    String head =
        new String(body, 0, Math.min(body.length, SNIFF_CHARS * 4), StandardCharsets.UTF_8)
            .toLowerCase(Locale.ROOT);
    if (head.isBlank()) {
      return Optional.of("blank response body");
    }
    if (head.contains("awswafintegration")
        || head.contains("awswafcookiedomainlist")
        || head.contains(".awswaf.com/")) {
      return Optional.of("bot challenge page (AWS WAF), not content: retry later, more slowly");
    }
    if (head.contains("cf-chl-") || head.contains("just a moment...")) {
      return Optional.of("bot challenge page (Cloudflare), not content");
    }
    return Optional.empty();
  }

  /** True if the body looks like an HTML page rather than JSON or XML data. */
  public static boolean looksLikeHtml(byte[] body) {
    String head =
        new String(body, 0, Math.min(body.length, SNIFF_CHARS), StandardCharsets.UTF_8)
            .stripLeading()
            .toLowerCase(Locale.ROOT);
    return head.startsWith("<!doctype html") || head.startsWith("<html");
  }
}
