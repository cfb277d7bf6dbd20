package org.rightslens.model.kafka;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;
import org.rightslens.model.json.Json;

/** A Kafka serde for one record type, written with the shared {@link Json} mapper as UTF-8. */
public final class JsonSerde<T> implements Serde<T> {

  private final Class<T> type;

  public JsonSerde(Class<T> type) {
    this.type = type;
  }

  @Override
  public Serializer<T> serializer() {
    return (topic, value) ->
        value == null ? null : Json.write(value).getBytes(StandardCharsets.UTF_8);
  }

  @Override
  public Deserializer<T> deserializer() {
    return (topic, bytes) -> {
      if (bytes == null) {
        return null;
      }
      try {
        return Json.mapper().readValue(bytes, type);
      } catch (java.io.IOException | RuntimeException e) {
        throw new SerializationException(
            "cannot read " + type.getSimpleName() + " from " + topic + ": " + e.getMessage(), e);
      }
    };
  }
}
