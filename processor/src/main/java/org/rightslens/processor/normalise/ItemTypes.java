package org.rightslens.processor.normalise;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The item types of the data model, with the synonyms that sources use for them. */
public final class ItemTypes {

  public static final List<String> ALL =
      List.of(
          "bill",
          "act",
          "regulation",
          "directive",
          "decision",
          "treaty",
          "strategy",
          "notice",
          "other");

  /** The type of items whose source does not say. */
  public static final String DEFAULT = "other";

  private static final Map<String, String> SYNONYMS =
      Map.ofEntries(
          Map.entry("law", "act"),
          Map.entry("statute", "act"),
          Map.entry("public law", "act"),
          Map.entry("ordinance", "act"),
          Map.entry("decree", "decision"),
          Map.entry("decree-law", "act"),
          Map.entry("rule", "regulation"),
          Map.entry("rules", "regulation"),
          Map.entry("statutory instrument", "regulation"),
          Map.entry("proposed rule", "regulation"),
          Map.entry("convention", "treaty"),
          Map.entry("agreement", "treaty"),
          Map.entry("policy", "strategy"),
          Map.entry("presidential document", "notice"));

  private ItemTypes() {}

  public static Optional<String> resolve(String value) {
    String key = value.strip().toLowerCase(Locale.ROOT);
    if (ALL.contains(key)) {
      return Optional.of(key);
    }
    return Optional.ofNullable(SYNONYMS.get(key));
  }
}
