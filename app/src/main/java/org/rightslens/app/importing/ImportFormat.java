package org.rightslens.app.importing;

import java.util.Locale;

/** The formats an import file may have. */
public enum ImportFormat {
  /** One JSON object per line. */
  JSON_LINES,
  /** A header row naming item fields, then one item per row. */
  CSV;

  /** By file name: {@code .csv} is CSV, anything else JSON lines, unless the content says CSV. */
  public static ImportFormat detect(String fileName, String content) {
    String name = fileName.toLowerCase(Locale.ROOT);
    if (name.endsWith(".csv")) {
      return CSV;
    }
    if (name.endsWith(".jsonl") || name.endsWith(".ndjson") || name.endsWith(".json")) {
      return JSON_LINES;
    }
    String start = content.stripLeading();
    return start.isEmpty() || start.charAt(0) == '{' ? JSON_LINES : CSV;
  }
}
