package org.rightslens.indexer.index;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The region of a jurisdiction, from the table in {@code regions.txt}. */
public final class Regions {

  /** The region names, in the order the table gives them. */
  public static final List<String> NAMES;

  private static final Map<String, String> BY_CODE;

  static {
    Map<String, String> byCode = new HashMap<>();
    List<String> names = new ArrayList<>();
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(
                Objects.requireNonNull(Regions.class.getResourceAsStream("regions.txt")),
                StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int colon = line.indexOf(':');
        String region = line.substring(0, colon).strip();
        names.add(region);
        for (String code : line.substring(colon + 1).strip().split("\\s+")) {
          if (byCode.put(code, region) != null) {
            throw new IllegalStateException("regions.txt lists " + code + " twice");
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read regions.txt", e);
    }
    BY_CODE = Map.copyOf(byCode);
    NAMES = List.copyOf(names);
  }

  private Regions() {}

  /** The region of an ISO 3166-1 alpha-2 code (or EU, UN, INT), if the table has it. */
  public static Optional<String> of(String jurisdiction) {
    if (jurisdiction == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(BY_CODE.get(jurisdiction.strip().toUpperCase(Locale.ROOT)));
  }
}
