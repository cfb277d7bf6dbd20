package org.rightslens.model.item;

import java.util.Objects;

/** The passage of an item's text that made a rule fire; offsets are char offsets into the text. */
public record Evidence(String text, int start, int end, String rule) {

  public Evidence {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rule, "rule");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException(
          "evidence offsets must satisfy 0 <= start <= end, got " + start + ".." + end);
    }
  }
}
