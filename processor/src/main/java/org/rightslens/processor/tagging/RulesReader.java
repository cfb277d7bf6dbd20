package org.rightslens.processor.tagging;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.flexible.core.QueryNodeException;
import org.apache.lucene.queryparser.flexible.core.QueryNodeParseException;
import org.apache.lucene.queryparser.flexible.standard.StandardQueryParser;
import org.apache.lucene.search.Query;
import org.rightslens.model.analysis.TextAnalysis;
import org.rightslens.model.taxonomy.Taxonomy;

/**
 * Reads a rules file (YAML, see {@code docs/RULES.md}) and checks every rule: known keys, unique
 * ids, a tag of the taxonomy, a weight in (0, 1], a query that parses with the language's analyzer.
 * A bad rule is reported and left out; the others stay usable, so one mistake never stops tagging.
 */
public final class RulesReader {

  /** The rules file and what was wrong with it; {@code file} is null if nothing could be read. */
  public record Result(RuleFile file, List<String> problems) {
    public Result {
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return file != null && problems.isEmpty();
    }
  }

  private static final Pattern RULE_ID = Pattern.compile("[a-z]{2,3}(\\.[a-z0-9]+(-[a-z0-9]+)*)+");
  private static final Set<String> FILE_KEYS = Set.of("language", "version", "rules");
  private static final Set<String> RULE_KEYS = Set.of("id", "tag", "query", "weight", "note");
  private static final YAMLMapper YAML = new YAMLMapper();

  private final Taxonomy taxonomy;

  public RulesReader(Taxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /** Reads the rules file {@code yaml}; {@code name} starts every problem. */
  public Result read(String yaml, String name) {
    List<String> problems = new ArrayList<>();
    JsonNode root;
    try {
      root = YAML.readTree(yaml);
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      String where =
          at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
      return new Result(null, List.of(name + ": not YAML" + where + ": " + e.getOriginalMessage()));
    }
    if (root == null || !root.isObject()) {
      return new Result(null, List.of(name + ": expected a mapping with language, version, rules"));
    }
    unknownKeys(root, FILE_KEYS, name + ": ", problems);
    String language = TextAnalysis.primary(text(root, "language"));
    Analyzer analyzer = TextAnalysis.analyzer(language).orElse(null);
    if (analyzer == null) {
      problems.add(
          name
              + ": language: expected one of "
              + TextAnalysis.LANGUAGES
              + ", got "
              + quote(text(root, "language")));
      return new Result(null, problems);
    }
    String version = text(root, "version");
    if (version == null || version.isBlank()) {
      problems.add(name + ": version: missing (a new version re-tags every item)");
    }
    JsonNode list = root.get("rules");
    if (list == null || !list.isArray() || list.isEmpty()) {
      problems.add(name + ": rules: expected a list of rules");
      return new Result(null, problems);
    }
    StandardQueryParser parser = new StandardQueryParser(analyzer);
    List<Rule> rules = new ArrayList<>();
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < list.size(); i++) {
      Rule rule = rule(list.get(i), name + ": rules[" + i + "]", language, parser, ids, problems);
      if (rule != null) {
        rules.add(rule);
      }
    }
    return new Result(new RuleFile(language, version == null ? "" : version, rules), problems);
  }

  /** Parses a rule's query as the tagger does. */
  public static Query parse(String query, Analyzer analyzer) throws QueryNodeException {
    return new StandardQueryParser(analyzer).parse(query, TextAnalysis.TEXT);
  }

  private Rule rule(
      JsonNode node,
      String at,
      String language,
      StandardQueryParser parser,
      Set<String> ids,
      List<String> problems) {
    if (!node.isObject()) {
      problems.add(at + ": expected a mapping with id, tag, query, weight, note");
      return null;
    }
    String id = text(node, "id");
    String where = id == null ? at : at + " (" + id + ")";
    int before = problems.size();
    unknownKeys(node, RULE_KEYS, where + ".", problems);
    if (id == null || !RULE_ID.matcher(id).matches()) {
      problems.add(where + ".id: expected <language>.<tag>.<name> in lower case, got " + quote(id));
    } else if (!id.startsWith(language + ".")) {
      problems.add(where + ".id: must start with the file's language \"" + language + ".\"");
    } else if (!ids.add(id)) {
      problems.add(where + ".id: used twice");
    }
    String tag = text(node, "tag");
    if (tag == null || taxonomy.entry(tag).isEmpty()) {
      problems.add(
          where + ".tag: no concern, safeguard or topic " + quote(tag) + " in the taxonomy");
    }
    JsonNode weightNode = node.get("weight");
    double weight =
        weightNode == null || !weightNode.isNumber() ? Double.NaN : weightNode.asDouble();
    if (!(weight > 0 && weight <= 1)) {
      problems.add(where + ".weight: expected a number in (0, 1], got " + weightNode);
    }
    String query = text(node, "query");
    if (query == null || query.isBlank()) {
      problems.add(where + ".query: missing");
    } else {
      try {
        parser.parse(query, TextAnalysis.TEXT);
      } catch (QueryNodeParseException e) {
        problems.add(where + ".query: " + position(e) + e.getMessage());
      } catch (QueryNodeException | RuntimeException e) {
        problems.add(where + ".query: " + e.getMessage());
      }
    }
    if (problems.size() > before) {
      return null;
    }
    return new Rule(id, tag, query, weight, text(node, "note"));
  }

  private static String position(QueryNodeParseException e) {
    return e.getBeginColumn() > 0 ? "column " + e.getBeginColumn() + ": " : "";
  }

  private static void unknownKeys(JsonNode node, Set<String> known, String at, List<String> out) {
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!known.contains(key)) {
        out.add(at + key + ": unknown key, expected one of " + known);
      }
    }
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() ? null : value.asText();
  }

  private static String quote(String s) {
    return s == null ? "nothing" : "\"" + s + "\"";
  }
}
