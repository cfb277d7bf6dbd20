package org.rightslens.app.importing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.rightslens.model.json.Json;

/**
 * Reads an import file into numbered lines. JSON lines: one item object per line, blank lines
 * skipped. CSV: a header row of item field names (dates as {@code published}, {@code adopted}, … or
 * {@code dates.published}, …; {@code subjects} separated by {@code ;}), one item per row.
 */
public final class ImportFileReader {

  static final Set<String> ITEM_COLUMNS =
      Set.of(
          "id",
          "source",
          "jurisdiction",
          "title",
          "type",
          "status",
          "language",
          "url",
          "textUrl",
          "summary",
          "text",
          "subjects",
          "fetchedAt");
  static final Set<String> DATE_COLUMNS =
      Set.of("published", "introduced", "adopted", "effective", "updated");

  private ImportFileReader() {}

  /**
   * @throws InvalidImportException if the file as a whole cannot be read (e.g. a CSV header with
   *     unknown columns)
   */
  public static List<ImportLine> read(String content, ImportFormat format) {
    return format == ImportFormat.CSV ? readCsv(content) : readJsonLines(content);
  }

  private static List<ImportLine> readJsonLines(String content) {
    List<ImportLine> lines = new ArrayList<>();
    String[] rows = content.split("\\R", -1);
    for (int i = 0; i < rows.length; i++) {
      String raw = rows[i];
      if (raw.isBlank()) {
        continue;
      }
      try {
        JsonNode node = Json.mapper().readTree(raw);
        lines.add(
            node != null && node.isObject()
                ? ImportLine.read(i + 1, raw, node)
                : ImportLine.unreadable(i + 1, raw, "expected a JSON object"));
      } catch (JsonProcessingException e) {
        lines.add(ImportLine.unreadable(i + 1, raw, "not JSON: " + e.getOriginalMessage()));
      }
    }
    return lines;
  }

  private static List<ImportLine> readCsv(String content) {
    CsvMapper csv = new CsvMapper();
    csv.enable(CsvParser.Feature.TRIM_SPACES);
    csv.enable(CsvParser.Feature.FAIL_ON_MISSING_COLUMNS);
    List<ImportLine> lines = new ArrayList<>();
    try (MappingIterator<Map<String, String>> rows =
        csv.readerForMapOf(String.class)
            .with(CsvSchema.emptySchema().withHeader())
            .readValues(content)) {
      CsvSchema schema = (CsvSchema) rows.getParserSchema();
      checkHeader(schema);
      String[] physical = content.split("\\R", -1);
      // A row starts on the line where the previous one ended; the header is line 1.
      int line = 2;
      while (true) {
        Map<String, String> row;
        try {
          if (!rows.hasNextValue()) {
            break;
          }
          row = rows.nextValue();
        } catch (RuntimeException e) {
          lines.add(
              ImportLine.unreadable(
                  line, rawLine(physical, line), "not a CSV row: " + e.getMessage()));
          break;
        }
        lines.add(ImportLine.read(line, rawLine(physical, line), toItem(row)));
        line = Math.max(line + 1, rows.getCurrentLocation().getLineNr());
      }
    } catch (IOException e) {
      throw new InvalidImportException("cannot read CSV: " + e.getMessage());
    }
    return lines;
  }

  private static void checkHeader(CsvSchema schema) {
    Set<String> unknown = new LinkedHashSet<>();
    for (CsvSchema.Column column : schema) {
      String name = column.getName().replaceFirst("^dates\\.", "");
      if (!ITEM_COLUMNS.contains(name) && !DATE_COLUMNS.contains(name)) {
        unknown.add(column.getName());
      }
    }
    if (!unknown.isEmpty()) {
      throw new InvalidImportException(
          "CSV header: unknown columns "
              + unknown
              + " (expected item fields "
              + ITEM_COLUMNS
              + " and dates "
              + DATE_COLUMNS
              + ")");
    }
  }

  private static ObjectNode toItem(Map<String, String> row) {
    ObjectNode item = Json.mapper().createObjectNode();
    ObjectNode dates = Json.mapper().createObjectNode();
    row.forEach(
        (column, value) -> {
          if (value == null || value.isEmpty()) {
            return;
          }
          String name = column.replaceFirst("^dates\\.", "");
          if (DATE_COLUMNS.contains(name)) {
            dates.put(name, value);
          } else if (name.equals("subjects")) {
            ArrayNode subjects = item.putArray("subjects");
            for (String s : value.split(";")) {
              if (!s.isBlank()) {
                subjects.add(s.strip());
              }
            }
          } else {
            item.put(name, value);
          }
        });
    if (!dates.isEmpty()) {
      item.set("dates", dates);
    }
    return item;
  }

  private static String rawLine(String[] physical, int line) {
    return line >= 1 && line <= physical.length ? physical[line - 1] : "";
  }
}
