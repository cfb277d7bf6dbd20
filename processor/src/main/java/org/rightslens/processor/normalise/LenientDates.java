package org.rightslens.processor.normalise;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the date formats that legislative sources publish (ISO dates and timestamps, {@code
 * 20161129}, {@code 2016/11/29}, {@code 29.11.2016}, {@code 29 November 2016}, {@code November 29,
 * 2016}, RFC 1123) as a {@link LocalDate}. A timestamp keeps the date as written in its own zone.
 */
public final class LenientDates {

  private static final List<DateTimeFormatter> FORMATS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ISO_DATE_TIME,
          DateTimeFormatter.ISO_DATE,
          DateTimeFormatter.BASIC_ISO_DATE,
          DateTimeFormatter.ofPattern("uuuu/MM/dd", Locale.ROOT),
          DateTimeFormatter.ofPattern("d.M.uuuu", Locale.ROOT),
          DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.ofPattern("MMM d, uuuu", Locale.ENGLISH),
          DateTimeFormatter.RFC_1123_DATE_TIME);

  private LenientDates() {}

  public static Optional<LocalDate> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.strip();
    for (DateTimeFormatter format : FORMATS) {
      try {
        TemporalAccessor parsed = format.parse(text);
        return Optional.of(LocalDate.from(parsed));
      } catch (DateTimeException e) {
        // try the next format
      }
    }
    return Optional.empty();
  }
}
