package org.rightslens.crawler.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.rightslens.crawler.source.SourceSettings;
import org.rightslens.crawler.source.SourceTypes;
import org.rightslens.crawler.source.html.HtmlListingParser;

/**
 * Reads and validates {@code sources.yaml}. Every problem is reported with the file and key path,
 * e.g. {@code sources.yaml: sources[3].delay: expected a duration such as 2s or 6h, got "fast"};
 * unknown keys are errors, so a misspelt setting never fails silently.
 */
public final class SourcesFile {

  /** The bundled sources, with the sources' live URLs. */
  public static final String BUNDLED = "sources.yaml";

  private static final Set<String> TOP_KEYS = Set.of("contact", "sources");
  private static final Set<String> SOURCE_KEYS =
      Set.of(
          "id",
          "type",
          "url",
          "schedule",
          "delay",
          "expectedCadence",
          "maxPages",
          "jurisdiction",
          "itemType",
          "status",
          "language",
          "selectors",
          "apiKey",
          "enabled");
  private static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");
  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)");

  private SourcesFile() {}

  public static CrawlerConfig bundled() {
    try (InputStream in = SourcesFile.class.getResourceAsStream(BUNDLED)) {
      if (in == null) {
        throw new ConfigException("the bundled " + BUNDLED + " is missing");
      }
      return read(in, BUNDLED);
    } catch (IOException e) {
      throw new ConfigException(BUNDLED + ": " + e.getMessage());
    }
  }

  public static CrawlerConfig load(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new ConfigException(file + ": no such file");
    }
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.getFileName().toString());
    } catch (IOException e) {
      throw new ConfigException(file + ": " + e.getMessage());
    }
  }

  public static CrawlerConfig read(InputStream in, String name) {
    JsonNode root;
    try {
      root = new YAMLMapper().readTree(in);
    } catch (IOException e) {
      throw new ConfigException(name + ": not YAML: " + e.getMessage().split("\\R")[0]);
    }
    Problems p = new Problems(name);
    if (root == null || !root.isObject()) {
      throw new ConfigException(name + ": expected a mapping with 'sources'");
    }
    p.unknownKeys(root, TOP_KEYS, "");
    String contact = root.hasNonNull("contact") ? root.get("contact").asText() : null;
    JsonNode list = root.get("sources");
    List<SourceConfig> sources = new ArrayList<>();
    if (list == null || !list.isArray() || list.isEmpty()) {
      p.add("sources", "expected a list of sources");
    } else {
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < list.size(); i++) {
        SourceConfig source = source(list.get(i), "sources[" + i + "]", p);
        if (source != null && !ids.add(source.id())) {
          p.add("sources[" + i + "].id", "\"" + source.id() + "\" is used twice");
        }
        if (source != null) {
          sources.add(source);
        }
      }
    }
    p.throwIfAny();
    return new CrawlerConfig(contact, sources);
  }

  private static SourceConfig source(JsonNode node, String at, Problems p) {
    if (!node.isObject()) {
      p.add(at, "expected a mapping");
      return null;
    }
    p.unknownKeys(node, SOURCE_KEYS, at + ".");
    String id = text(node, "id");
    if (id == null || !ID.matcher(id).matches()) {
      p.add(at + ".id", "expected lower-case letters, digits, '.', '_' or '-', got " + quote(id));
    }
    String type = text(node, "type");
    if (type == null || SourceTypes.parser(type).isEmpty()) {
      p.add(at + ".type", "expected one of " + SourceTypes.names() + ", got " + quote(type));
    }
    URI url = url(text(node, "url"), at + ".url", p);
    Map<String, String> selectors = new LinkedHashMap<>();
    JsonNode sel = node.get("selectors");
    if (sel != null && !sel.isNull()) {
      if (!sel.isObject()) {
        p.add(at + ".selectors", "expected a mapping of field to CSS selector");
      } else {
        sel.fields().forEachRemaining(e -> selectors.put(e.getKey(), e.getValue().asText()));
      }
    }
    if (HtmlListingParser.TYPE.equals(type)) {
      HtmlListingParser.selectorProblems(selectors)
          .forEach((field, problem) -> p.add(at + ".selectors." + field, problem));
    }
    String apiKeyEnv = null;
    String apiKeyParam = SourceConfig.DEFAULT_API_KEY_PARAM;
    JsonNode key = node.get("apiKey");
    if (key != null && !key.isNull()) {
      if (!key.isObject() || text(key, "env") == null) {
        p.add(at + ".apiKey", "expected {env: VARIABLE, param: name}");
      } else {
        apiKeyEnv = text(key, "env");
        apiKeyParam = key.hasNonNull("param") ? key.get("param").asText() : apiKeyParam;
      }
    }
    int maxPages = SourceConfig.DEFAULT_MAX_PAGES;
    if (node.has("maxPages")) {
      JsonNode mp = node.get("maxPages");
      if (!mp.canConvertToInt() || mp.asInt() < 1) {
        p.add(at + ".maxPages", "expected a positive whole number, got " + quote(mp.asText()));
      } else {
        maxPages = mp.asInt();
      }
    }
    boolean enabled = !node.has("enabled") || node.get("enabled").asBoolean(true);
    return new SourceConfig(
        id,
        type,
        url,
        duration(node, "schedule", SourceConfig.DEFAULT_SCHEDULE, at, p),
        duration(node, "delay", SourceConfig.DEFAULT_DELAY, at, p),
        duration(node, "expectedCadence", SourceConfig.DEFAULT_EXPECTED_CADENCE, at, p),
        maxPages,
        new SourceSettings(
            text(node, "jurisdiction"),
            text(node, "itemType"),
            text(node, "status"),
            text(node, "language"),
            selectors),
        apiKeyEnv,
        apiKeyParam,
        enabled);
  }

  private static URI url(String value, String at, Problems p) {
    if (value == null) {
      p.add(at, "missing");
      return null;
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return uri;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    p.add(at, "expected an absolute http(s) URL, got " + quote(value));
    return null;
  }

  /** Parses {@code 500ms}, {@code 2s}, {@code 10m}, {@code 6h}, {@code 7d} or ISO-8601. */
  public static Duration parseDuration(String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    Matcher m = DURATION.matcher(v);
    if (m.matches()) {
      long n = Long.parseLong(m.group(1));
      return switch (m.group(2)) {
        case "ms" -> Duration.ofMillis(n);
        case "s" -> Duration.ofSeconds(n);
        case "m" -> Duration.ofMinutes(n);
        case "h" -> Duration.ofHours(n);
        default -> Duration.ofDays(n);
      };
    }
    return Duration.parse(value.strip().toUpperCase(Locale.ROOT));
  }

  private static Duration duration(
      JsonNode node, String key, Duration fallback, String at, Problems p) {
    String value = text(node, key);
    if (value == null) {
      return fallback;
    }
    try {
      Duration d = parseDuration(value);
      if (!d.isNegative() && !d.isZero()) {
        return d;
      }
    } catch (RuntimeException e) {
      // reported below
    }
    p.add(at + "." + key, "expected a duration such as 2s or 6h, got " + quote(value));
    return fallback;
  }

  private static String text(JsonNode node, String key) {
    JsonNode v = node.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static String quote(String s) {
    return s == null ? "nothing" : "\"" + s + "\"";
  }

  private static final class Problems {
    private final String file;
    private final List<String> problems = new ArrayList<>();

    Problems(String file) {
      this.file = file;
    }

    void add(String path, String problem) {
      problems.add(file + ": " + path + ": " + problem);
    }

    void unknownKeys(JsonNode node, Set<String> known, String prefix) {
      node.fieldNames()
          .forEachRemaining(
              k -> {
                if (!known.contains(k)) {
                  add(
                      prefix + k,
                      "unknown key (expected one of " + new java.util.TreeSet<>(known) + ")");
                }
              });
    }

    void throwIfAny() {
      if (!problems.isEmpty()) {
        throw new ConfigException(String.join("\n", problems));
      }
    }
  }
}
