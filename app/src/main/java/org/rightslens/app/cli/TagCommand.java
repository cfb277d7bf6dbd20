package org.rightslens.app.cli;

import java.io.PrintWriter;
import java.io.Reader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rightslens.app.rules.OfflineTagging;
import org.rightslens.model.json.Json;
import org.rightslens.processor.tagging.RulesTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rightslens tag [FILE|-]}: tags item JSON lines with the rules and prints {@code
 * TaggedItem} JSON lines, with no Kafka.
 */
@Command(
    name = "tag",
    mixinStandardHelpOptions = true,
    description =
        "Tags item JSON lines (at least id, title, text) and prints TaggedItem JSON lines.")
final class TagCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      arity = "0..1",
      description = "Item JSON lines; standard input when absent or -")
  Path file;

  @Option(
      names = "--rules",
      paramLabel = "RULES",
      description = "A rules file to use instead of the bundled one of its language (repeatable)")
  List<Path> rules;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    RulesTagger tagger;
    try {
      tagger = OfflineTagging.tagger(rules);
    } catch (OfflineTagging.BadRulesException e) {
      err.println(e.getMessage());
      return 2;
    }
    String name = file == null ? "-" : file.toString();
    ItemLines.Counts counts;
    try (Reader in = ItemLines.open(file)) {
      counts =
          ItemLines.read(
              in,
              name,
              err,
              (number, node, item) -> {
                out.println(Json.write(tagger.assess(item).applyTo(item, null)));
                out.flush();
              });
    }
    if (counts.bad() > 0) {
      err.println("rightslens tag: " + counts.bad() + " bad line(s), " + counts.good() + " tagged");
    }
    return counts.good() == 0 && counts.bad() > 0 ? 2 : 0;
  }
}
