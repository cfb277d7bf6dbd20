package org.rightslens.processor.normalise;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves what sources write for a jurisdiction (alpha-2 or alpha-3 codes, English country names,
 * common aliases) to ISO 3166-1 alpha-2, or to {@code EU}, {@code UN} or {@code INT}.
 */
public final class Jurisdictions {

  public static final Set<String> SUPRANATIONAL = Set.of("EU", "UN", "INT");

  private static final Map<String, String> LOOKUP = buildLookup();

  private Jurisdictions() {}

  private static Map<String, String> buildLookup() {
    Map<String, String> lookup = new HashMap<>();
    for (String alpha2 : Locale.getISOCountries()) {
      Locale country = new Locale.Builder().setRegion(alpha2).build();
      lookup.put(alpha2.toLowerCase(Locale.ROOT), alpha2);
      lookup.put(country.getISO3Country().toLowerCase(Locale.ROOT), alpha2);
      lookup.put(country.getDisplayCountry(Locale.ENGLISH).toLowerCase(Locale.ROOT), alpha2);
    }
    SUPRANATIONAL.forEach(code -> lookup.put(code.toLowerCase(Locale.ROOT), code));
    Map.ofEntries(
            Map.entry("uk", "GB"),
            Map.entry("great britain", "GB"),
            Map.entry("england", "GB"),
            Map.entry("scotland", "GB"),
            Map.entry("wales", "GB"),
            Map.entry("northern ireland", "GB"),
            Map.entry("usa", "US"),
            Map.entry("united states of america", "US"),
            Map.entry("u.s.", "US"),
            Map.entry("russia", "RU"),
            Map.entry("south korea", "KR"),
            Map.entry("republic of korea", "KR"),
            Map.entry("north korea", "KP"),
            Map.entry("vietnam", "VN"),
            Map.entry("viet nam", "VN"),
            Map.entry("iran", "IR"),
            Map.entry("syria", "SY"),
            Map.entry("tanzania", "TZ"),
            Map.entry("bolivia", "BO"),
            Map.entry("venezuela", "VE"),
            Map.entry("laos", "LA"),
            Map.entry("moldova", "MD"),
            Map.entry("turkey", "TR"),
            Map.entry("ivory coast", "CI"),
            Map.entry("european union", "EU"),
            Map.entry("united nations", "UN"),
            Map.entry("international", "INT"),
            Map.entry("council of europe", "INT"),
            Map.entry("african union", "INT"))
        .forEach(lookup::put);
    return Map.copyOf(lookup);
  }

  /** The canonical code for {@code value}, or empty if it names no known jurisdiction. */
  public static Optional<String> resolve(String value) {
    if (value == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(LOOKUP.get(value.strip().toLowerCase(Locale.ROOT)));
  }
}
