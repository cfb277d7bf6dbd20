package org.rightslens.model.item;

import java.util.Objects;

/**
 * The passage of an item that made a rule fire: {@code start} and {@code end} are char offsets into
 * the item's {@code field}, {@code text} (the default) or {@code title}, and {@code text} is
 * exactly that span.
 */
public record Evidence(String text, int start, int end, String rule, String field) {

  public static final String IN_TEXT = "text";
  public static final String IN_TITLE = "title";

  /** Evidence in the item's text. */
  public Evidence(String text, int start, int end, String rule) {
    this(text, start, end, rule, IN_TEXT);
  }

  public Evidence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rule, "rule");
    field = field == null ? IN_TEXT : field;
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "evidence offsets must satisfy 0 <= start <= end, got " + start + ".." + end);
    }
  }
}
