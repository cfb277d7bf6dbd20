package org.rightslens.app.cli;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.SourceParser;
import org.rightslens.crawler.source.SourceTypes;
import org.rightslens.model.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rightslens parse --type TYPE FILE}: parses a saved response of a source type and prints
 * one item JSON line per item, with no network and no Kafka. A response that is not content is
 * rejected: the reason on standard error, exit status 2.
 */
@Command(
    name = "parse",
    mixinStandardHelpOptions = true,
    description = "Parses a saved source response and prints its items as JSON lines.")
final class ParseCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(
      names = "--type",
      required = true,
      description = "The source type, one of: ${COMPLETION-CANDIDATES}",
      completionCandidates = TypeNames.class)
  String type;

  @Option(
      names = "--base-url",
      description = "The URL the response came from (resolves relative links)")
  URI baseUrl;

  @Option(names = "--source", description = "Item id prefix (default: the type)")
  String source;

  @Parameters(paramLabel = "FILE", description = "The saved response body")
  Path file;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    SourceParser parser = SourceTypes.parser(type).orElse(null);
    if (parser == null) {
      err.println(
          "rightslens parse: unknown type \""
              + type
              + "\"; known: "
              + String.join(", ", SourceTypes.names()));
      return 2;
    }
    if (!Files.isRegularFile(file)) {
      err.println("rightslens parse: no such file: " + file);
      return 2;
    }
    ParseContext context =
        new ParseContext(
            source != null ? source : type, baseUrl, null, Clock.systemUTC().instant(), null);
    ParseOutcome outcome = parser.parse(Files.readAllBytes(file), context);
    if (outcome instanceof ParseOutcome.Rejected rejected) {
      err.println("rightslens parse: " + file + ": rejected: " + rejected.reason());
      return 2;
    }
    ParseOutcome.Parsed parsed = (ParseOutcome.Parsed) outcome;
    parsed.items().forEach(item -> out.println(Json.write(item)));
    if (parsed.next() != null) {
      err.println("next page: " + parsed.next());
    }
    return 0;
  }

  /** The type names, for help and completion. */
  static final class TypeNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return SourceTypes.names().iterator();
    }
  }
}
