package org.rightslens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import org.rightslens.app.rules.OfflineTagging;
import org.rightslens.model.json.Json;
import org.rightslens.model.taxonomy.Taxonomy;
import org.rightslens.processor.evaluation.Evaluation;
import org.rightslens.processor.evaluation.EvaluationReport;
import org.rightslens.processor.evaluation.Expected;
import org.rightslens.processor.evaluation.Labelled;
import org.rightslens.processor.evaluation.Score;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rightslens eval FILE}: tags labelled laws and prints precision, recall and F1 per tag and
 * overall, as a table or as JSON.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description =
        "Measures the tagger on item JSON lines that carry"
            + " \"expected\": {rightsAffecting, cybersecurity, tags}.")
final class EvalCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE", description = "Labelled item JSON lines")
  Path file;

  @Option(names = "--json", description = "Print the figures as JSON")
  boolean json;

  @Option(
      names = "--rules",
      paramLabel = "RULES",
      description = "A rules file to use instead of the bundled one of its language (repeatable)")
  List<Path> rules;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(file)) {
      err.println("rightslens eval: no such file: " + file);
      return 2;
    }
    Taxonomy taxonomy = Taxonomy.load();
    List<Labelled> laws = new ArrayList<>();
    ItemLines.Counts counts;
    try (Reader in = ItemLines.open(file)) {
      counts =
          ItemLines.read(
              in,
              file.toString(),
              err,
              (number, node, item) -> laws.add(new Labelled(item, expected(node, taxonomy))));
    }
    if (counts.bad() > 0) {
      err.println("rightslens eval: " + counts.bad() + " bad line(s); nothing measured");
      return 2;
    }
    if (laws.isEmpty()) {
      err.println("rightslens eval: " + file + " has no laws");
      return 2;
    }
    EvaluationReport report;
    try {
      report = Evaluation.run(OfflineTagging.tagger(rules), laws);
    } catch (OfflineTagging.BadRulesException e) {
      err.println(e.getMessage());
      return 2;
    }
    if (json) {
      out.println(Json.write(report));
    } else {
      printTable(report, out);
    }
    return 0;
  }

  private static Expected expected(JsonNode node, Taxonomy taxonomy)
      throws ItemLines.LineException {
    JsonNode expected = node.get("expected");
    if (expected == null || !expected.isObject()) {
      throw new ItemLines.LineException(
          "expected: missing (an object with rightsAffecting, cybersecurity and tags)");
    }
    for (String flag : List.of("rightsAffecting", "cybersecurity")) {
      if (!expected.path(flag).isBoolean()) {
        throw new ItemLines.LineException("expected." + flag + ": expected true or false");
      }
    }
    JsonNode tags = expected.get("tags");
    if (tags == null || !tags.isArray()) {
      throw new ItemLines.LineException("expected.tags: expected a list of tag ids");
    }
    Set<String> ids = new TreeSet<>();
    for (JsonNode tag : tags) {
      if (taxonomy.entry(tag.asText()).isEmpty()) {
        throw new ItemLines.LineException("expected.tags: unknown tag id \"" + tag.asText() + "\"");
      }
      ids.add(tag.asText());
    }
    return new Expected(
        expected.get("rightsAffecting").asBoolean(),
        expected.get("cybersecurity").asBoolean(),
        ids);
  }

  private static void printTable(EvaluationReport report, PrintWriter out) {
    out.printf(
        "%d laws; languages %s; without rules %s%n",
        report.items(), report.languages(), report.withoutRules());
    out.printf("tagger %s%n%n", String.join(", ", report.taggerVersions()));
    String format = "%-40s %5s %5s %5s %7s %7s %7s%n";
    out.printf(format, "label", "tp", "fp", "fn", "prec", "recall", "F1");
    row(out, format, report.rightsAffecting());
    row(out, format, report.cybersecurity());
    row(out, format, report.tags());
    out.printf("%-40s %33s%n", "tags, macro F1", number(report.tagsMacroF1()));
    out.println();
    report.perTag().forEach(score -> row(out, format, score));
    out.println();
    out.printf("%-8s %5s %14s %14s %14s%n", "language", "laws", "rights F1", "cyber F1", "tags F1");
    report
        .perLanguage()
        .forEach(
            l ->
                out.printf(
                    "%-8s %5d %14s %14s %14s%n",
                    l.language(),
                    l.items(),
                    number(l.rightsAffecting().f1()),
                    number(l.cybersecurity().f1()),
                    number(l.tags().f1())));
  }

  private static void row(PrintWriter out, String format, Score s) {
    out.printf(
        format,
        s.label(),
        s.truePositives(),
        s.falsePositives(),
        s.falseNegatives(),
        number(s.precision()),
        number(s.recall()),
        number(s.f1()));
  }

  private static String number(Double value) {
    return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }
}
