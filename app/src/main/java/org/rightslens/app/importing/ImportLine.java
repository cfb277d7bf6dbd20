package org.rightslens.app.importing;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One line (or CSV row) of an import file: its line number, the text as read, and either the item
 * as JSON or the reason it could not be read.
 */
public record ImportLine(int line, String raw, JsonNode item, String error) {

  public static ImportLine read(int line, String raw, JsonNode item) {
    return new ImportLine(line, raw, item, null);
  }

  public static ImportLine unreadable(int line, String raw, String error) {
    return new ImportLine(line, raw, null, error);
  }
}
