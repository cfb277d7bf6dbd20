package org.rightslens.processor.normalise;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.rightslens.model.item.ItemDates;
import org.rightslens.model.item.LegislationItem;

/**
 * Validates and normalises an item as any producer wrote it: plain text from HTML, ISO dates,
 * jurisdiction codes, known types, BCP 47 languages, absolute http(s) URLs. Every problem is
 * reported at once, each naming its field. The result has no content hash and version 0: those are
 * the processor's to assign.
 */
public final class ItemNormaliser {

  /** Longest accepted title, in characters. */
  public static final int MAX_TITLE_CHARS = 2_000;

  /** Longest accepted text, in characters (a long statute is about 1 M). */
  public static final int MAX_TEXT_CHARS = 4_000_000;

  private static final Pattern ID = Pattern.compile("[^\\s:]+:\\S+");

  private final boolean jurisdictionRequired;

  /** The normaliser of the pipeline: every stored item has a jurisdiction. */
  public ItemNormaliser() {
    this(true);
  }

  /**
   * @param jurisdictionRequired false for offline tagging, which reads items with only an id, a
   *     title and a text
   */
  public ItemNormaliser(boolean jurisdictionRequired) {
    this.jurisdictionRequired = jurisdictionRequired;
  }

  private static final Pattern STATUS = Pattern.compile("[a-z][a-z0-9-]{0,40}");
  private static final Set<String> DATE_FIELDS =
      Set.of("published", "introduced", "adopted", "effective", "updated");

  /**
   * @param fetchedAtDefault when the item was received, used if it does not say when it was fetched
   */
  public LegislationItem normalise(JsonNode node, Instant fetchedAtDefault)
      throws InvalidItemException {
    if (node == null || !node.isObject()) {
      throw new InvalidItemException(List.of("item: expected a JSON object"));
    }
    Fields f = new Fields(node);
    String source = f.text("source");
    String id = id(f, source);
    if (source == null && id != null) {
      source = id.substring(0, id.indexOf(':'));
    } else if (source != null && id != null && !id.startsWith(source + ":")) {
      f.problem("source: \"" + source + "\" is not the prefix of id \"" + id + "\"");
    }
    String title = PlainText.oneLine(f.text("title"));
    if (title == null || title.isEmpty()) {
      f.problem("title: missing");
    } else if (title.length() > MAX_TITLE_CHARS) {
      f.problem("title: longer than " + MAX_TITLE_CHARS + " characters");
    }
    String text = PlainText.of(f.text("text"));
    if (text != null && text.length() > MAX_TEXT_CHARS) {
      f.problem("text: longer than " + MAX_TEXT_CHARS + " characters (" + text.length() + ")");
    }
    LegislationItem item =
        new LegislationItem(
            id == null ? "" : id,
            source,
            jurisdiction(f, jurisdictionRequired),
            title,
            type(f),
            status(f),
            language(f),
            url(f, "url"),
            url(f, "textUrl"),
            emptyToNull(PlainText.of(f.text("summary"))),
            emptyToNull(text),
            subjects(f),
            dates(f),
            fetchedAt(f, fetchedAtDefault),
            null,
            0);
    if (!f.problems.isEmpty()) {
      throw new InvalidItemException(f.problems);
    }
    return item;
  }

  private static String id(Fields f, String source) {
    String id = f.text("id");
    if (id == null || id.isBlank()) {
      f.problem("id: missing");
      return null;
    }
    id = id.strip();
    if (!id.contains(":") && source != null && !source.isBlank()) {
      id = source.strip() + ":" + id;
    }
    if (!ID.matcher(id).matches() || id.length() > 512) {
      f.problem("id: expected \"<source>:<native id>\" without spaces, got \"" + id + "\"");
      return null;
    }
    return id;
  }

  private static String jurisdiction(Fields f, boolean required) {
    String value = f.text("jurisdiction");
    if (value == null || value.isBlank()) {
      if (required) {
        f.problem("jurisdiction: missing");
      }
      return null;
    }
    return Jurisdictions.resolve(value)
        .orElseGet(
            () -> {
              f.problem(
                  "jurisdiction: unknown \""
                      + value
                      + "\" (expected an ISO 3166-1 code or country name, EU, UN or INT)");
              return null;
            });
  }

  private static String type(Fields f) {
    String value = f.text("type");
    if (value == null || value.isBlank()) {
      return ItemTypes.DEFAULT;
    }
    return ItemTypes.resolve(value)
        .orElseGet(
            () -> {
              f.problem("type: unknown \"" + value + "\" (expected one of " + ItemTypes.ALL + ")");
              return null;
            });
  }

  private static String status(Fields f) {
    String value = f.text("status");
    if (value == null || value.isBlank()) {
      return null;
    }
    String status = value.strip().toLowerCase(Locale.ROOT).replaceAll("[\\s_]+", "-");
    if (!STATUS.matcher(status).matches()) {
      f.problem(
          "status: expected a short word such as in-force or introduced, got \"" + value + "\"");
      return null;
    }
    return status;
  }

  private static String language(Fields f) {
    String value = f.text("language");
    if (value == null || value.isBlank()) {
      return null;
    }
    String tag = Locale.forLanguageTag(value.strip().replace('_', '-')).toLanguageTag();
    if (tag.equals("und")) {
      f.problem("language: expected a BCP 47 tag such as en or pt-BR, got \"" + value + "\"");
      return null;
    }
    return tag;
  }

  private static String url(Fields f, String field) {
    String value = f.text(field);
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      URI uri = new URI(value.strip());
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri.toString();
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    f.problem(field + ": expected an absolute http(s) URL, got \"" + value + "\"");
    return null;
  }

  private static List<String> subjects(Fields f) {
    JsonNode node = f.node.get("subjects");
    Set<String> subjects = new LinkedHashSet<>();
    if (node == null || node.isNull()) {
      return List.of();
    } else if (node.isTextual()) {
      for (String s : node.asText().split(";")) {
        addSubject(subjects, s);
      }
    } else if (node.isArray()) {
      node.forEach(s -> addSubject(subjects, s.isValueNode() ? s.asText() : null));
    } else {
      f.problem("subjects: expected a list of strings");
    }
    return List.copyOf(subjects);
  }

  private static void addSubject(Set<String> subjects, String value) {
    String subject = PlainText.oneLine(value);
    if (subject != null && !subject.isEmpty()) {
      subjects.add(subject);
    }
  }

  private static ItemDates dates(Fields f) {
    JsonNode node = f.node.get("dates");
    if (node == null || node.isNull()) {
      return ItemDates.NONE;
    }
    if (!node.isObject()) {
      f.problem(
          "dates: expected an object with published, introduced, adopted, effective, updated");
      return ItemDates.NONE;
    }
    node.fieldNames()
        .forEachRemaining(
            name -> {
              if (!DATE_FIELDS.contains(name)) {
                f.problem("dates." + name + ": unknown date (expected one of " + DATE_FIELDS + ")");
              }
            });
    return new ItemDates(
        date(f, node, "published"),
        date(f, node, "introduced"),
        date(f, node, "adopted"),
        date(f, node, "effective"),
        date(f, node, "updated"));
  }

  private static LocalDate date(Fields f, JsonNode dates, String name) {
    JsonNode value = dates.get(name);
    if (value == null || value.isNull() || value.asText().isBlank()) {
      return null;
    }
    return LenientDates.parse(value.asText())
        .orElseGet(
            () -> {
              f.problem("dates." + name + ": cannot read \"" + value.asText() + "\" as a date");
              return null;
            });
  }

  private static Instant fetchedAt(Fields f, Instant fallback) {
    String value = f.text("fetchedAt");
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      return Instant.parse(value.strip());
    } catch (DateTimeParseException e) {
      f.problem(
          "fetchedAt: expected an ISO instant such as 2026-11-28T10:15:30Z, got \"" + value + "\"");
      return null;
    }
  }

  private static String emptyToNull(String s) {
    return s == null || s.isEmpty() ? null : s;
  }

  /** The fields of one item and the problems found so far. */
  private static final class Fields {
    private final JsonNode node;
    private final List<String> problems = new ArrayList<>();

    Fields(JsonNode node) {
      this.node = node;
    }

    String text(String field) {
      JsonNode value = node.get(field);
      if (value == null || value.isNull()) {
        return null;
      }
      if (!value.isValueNode()) {
        problem(field + ": expected a string");
        return null;
      }
      return value.asText();
    }

    void problem(String problem) {
      problems.add(problem);
    }
  }
}
