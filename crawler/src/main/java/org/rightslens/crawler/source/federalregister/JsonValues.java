package org.rightslens.crawler.source.federalregister;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.rightslens.model.json.Json;

/** Reading values out of Federal Register JSON: absent, null and blank all mean "not given". */
final class JsonValues {

  /** Trailing tokens fail: a body cut short or followed by garbage is not a response. */
  static final ObjectReader READER =
      Json.mapper().reader().with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private static final Pattern MARKUP =
      Pattern.compile("<[a-zA-Z/!]|&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z]+);");

  private JsonValues() {}

  /** Parses {@code body}; the exception's message says where and why it is not JSON. */
  static JsonNode read(byte[] body) throws IOException {
    return READER.readTree(body);
  }

  /** Jackson's own message, with the line and column but without a copy of the body. */
  static String describe(IOException e) {
    if (e instanceof JsonProcessingException jpe) {
      JsonLocation at = jpe.getLocation();
      String where =
          at == null ? "" : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")";
      return jpe.getOriginalMessage() + where;
    }
    return String.valueOf(e.getMessage());
  }

  /** The stripped text of a scalar field, or null if it is absent, null, blank or not a scalar. */
  static String text(JsonNode node, String field) {
    JsonNode value = node == null ? null : node.get(field);
    if (value == null || !value.isValueNode() || value.isNull()) {
      return null;
    }
    String s = value.asText().strip();
    return s.isEmpty() ? null : s;
  }

  /** The date part of a date or date-time field ({@code 2022-03-25T01:16:59Z} is 2022-03-25). */
  static LocalDate date(JsonNode node, String field) {
    String s = text(node, field);
    if (s == null || s.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(s.substring(0, 10));
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** One line of plain text; HTML (should an abstract carry any) is reduced to its text. */
  static String plain(String s) {
    if (s == null) {
      return null;
    }
    String t = MARKUP.matcher(s).find() ? Jsoup.parse(s).text() : s;
    t = t.replace('\u00a0', ' ').replaceAll("\\s+", " ").strip();
    return t.isEmpty() ? null : t;
  }
}
