package org.rightslens.crawler.source;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The source types, by the name used in {@code sources.yaml} and {@code rightslens parse --type}.
 */
public final class SourceTypes {

  private static final Map<String, SourceParser> PARSERS = new TreeMap<>();

  static {
    // Each source type registers here: PARSERS.put("federal-register", new
    // FederalRegisterParser());
  }

  private SourceTypes() {}

  public static Optional<SourceParser> parser(String type) {
    return Optional.ofNullable(PARSERS.get(type));
  }

  public static Set<String> names() {
    return Collections.unmodifiableSet(PARSERS.keySet());
  }
}
