package org.rightslens.crawler.fetch;

import java.util.regex.Pattern;

/** Hides credentials carried in URLs before they reach logs, checkpoints or pages. */
public final class Secrets {

  private static final Pattern KEY_PARAM =
      Pattern.compile("(?i)\\b(api_key|apikey|api-key|key|token|access_token)=[^&\\s)\"]*");

  private Secrets() {}

  public static String mask(String text) {
    return text == null ? null : KEY_PARAM.matcher(text).replaceAll("$1=***");
  }
}
