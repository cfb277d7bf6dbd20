package org.rightslens.processor.tagging;

import com.optimaize.langdetect.LanguageDetector;
import com.optimaize.langdetect.LanguageDetectorBuilder;
import com.optimaize.langdetect.i18n.LdLocale;
import com.optimaize.langdetect.ngram.NgramExtractors;
import com.optimaize.langdetect.profiles.LanguageProfileReader;
import com.optimaize.langdetect.text.CommonTextObjectFactories;
import com.optimaize.langdetect.text.TextObjectFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;

/**
 * Guesses the language of an item whose source does not say it, among the languages legislation
 * followed by RightsLens users is commonly written in. No guess when the text is too short or
 * ambiguous: an unknown language is better than a wrong one.
 */
final class LanguageDetection {

  private static final List<String> LANGUAGES =
      List.of(
          "en", "fr", "es", "pt", "de", "it", "nl", "ru", "uk", "pl", "ro", "tr", "ar", "fa", "id",
          "ms", "vi", "sw", "zh-CN", "ja", "ko");
  private static final int SAMPLE_CHARS = 5000;
  private static final int MIN_CHARS = 40;

  private final LanguageDetector detector;
  private final TextObjectFactory texts = CommonTextObjectFactories.forDetectingOnLargeText();

  LanguageDetection() {
    try {
      detector =
          LanguageDetectorBuilder.create(NgramExtractors.standard())
              .minimalConfidence(0.9)
              .withProfiles(
                  new LanguageProfileReader()
                      .readBuiltIn(LANGUAGES.stream().map(LdLocale::fromString).toList()))
              .build();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot load the language profiles", e);
    }
  }

  /** The BCP 47 language of {@code text}, if it can be told with confidence. */
  Optional<String> detect(String text) {
    if (text == null || text.strip().length() < MIN_CHARS) {
      return Optional.empty();
    }
    String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
    com.google.common.base.Optional<LdLocale> found = detector.detect(texts.forText(sample));
    return found.isPresent() ? Optional.of(found.get().toString()) : Optional.empty();
  }
}
