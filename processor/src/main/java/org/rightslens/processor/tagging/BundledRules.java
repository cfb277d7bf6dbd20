package org.rightslens.processor.tagging;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;
import org.rightslens.model.analysis.TextAnalysis;

/**
 * The rules files shipped with RightsLens, one per language with an analyzer; published to {@code
 * rightslens.rules} when that topic has none for their language.
 */
public final class BundledRules {

  private BundledRules() {}

  /** Rules file YAML by language. */
  public static Map<String, String> files() {
    Map<String, String> files = new TreeMap<>();
    for (String language : TextAnalysis.LANGUAGES) {
      try (InputStream in = BundledRules.class.getResourceAsStream("rules/" + language + ".yaml")) {
        if (in != null) {
          files.put(language, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the bundled rules for " + language, e);
      }
    }
    return files;
  }
}
