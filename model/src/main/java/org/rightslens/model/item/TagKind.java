package org.rightslens.model.item;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** Whether a tag marks a provision that puts rights at risk, one that protects them, or a topic. */
public enum TagKind {
  CONCERN,
  SAFEGUARD,
  TOPIC;

  @JsonValue
  public String json() {
    return name().toLowerCase(Locale.ROOT);
  }

  @JsonCreator
  public static TagKind fromJson(String value) {
    return Arrays.stream(values())
        .filter(k -> k.json().equals(value))
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "kind must be concern, safeguard or topic, got \"" + value + "\""));
  }
}
