package org.rightslens.app.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.rightslens.app.rules.RulesPublisher;
import org.rightslens.model.taxonomy.Taxonomy;
import org.rightslens.processor.tagging.RulesReader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rightslens rules check|publish}: validates rules files, publishes them to Kafka. */
@Command(
    name = "rules",
    mixinStandardHelpOptions = true,
    description = "Checks and publishes tagging rules files (docs/RULES.md).",
    subcommands = {RulesCommand.Check.class, RulesCommand.Publish.class})
final class RulesCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "check or publish is required");
  }

  /** Reads {@code file}, printing each problem; true if it is fit to use. */
  static boolean check(Path file, RulesReader reader, PrintWriter out, PrintWriter err)
      throws java.io.IOException {
    if (!Files.isRegularFile(file)) {
      err.println(file + ": no such file");
      return false;
    }
    RulesReader.Result read = reader.read(Files.readString(file), file.toString());
    read.problems().forEach(err::println);
    if (read.ok()) {
      out.printf(
          "%s: %d rules for %s, version %s: OK%n",
          file, read.file().rules().size(), read.file().language(), read.file().version());
    }
    return read.ok();
  }

  @Command(
      name = "check",
      mixinStandardHelpOptions = true,
      description =
          "Validates rules files: YAML, query syntax, taxonomy ids, duplicate ids; exit 2 on any"
              + " problem.")
  static final class Check implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Rules files")
    List<Path> files;

    @Override
    public Integer call() throws Exception {
      RulesReader reader = new RulesReader(Taxonomy.load());
      boolean ok = true;
      for (Path file : files) {
        ok &= check(file, reader, spec.commandLine().getOut(), spec.commandLine().getErr());
      }
      return ok ? 0 : 2;
    }
  }

  @Command(
      name = "publish",
      mixinStandardHelpOptions = true,
      description =
          "Checks a rules file and publishes it to rightslens.rules; the processor then tags"
              + " again every stored item of its language.")
  static final class Publish implements Callable<Integer> {

    @Spec CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A rules file")
    Path file;

    @Option(
        names = "--bootstrap-servers",
        defaultValue = "${env:KAFKA_BOOTSTRAP_SERVERS}",
        description = "Kafka bootstrap servers (default: $KAFKA_BOOTSTRAP_SERVERS)")
    String bootstrapServers;

    @Override
    public Integer call() throws Exception {
      PrintWriter out = spec.commandLine().getOut();
      PrintWriter err = spec.commandLine().getErr();
      if (bootstrapServers == null || bootstrapServers.isBlank()) {
        err.println(
            "rightslens rules publish: --bootstrap-servers or KAFKA_BOOTSTRAP_SERVERS is"
                + " required (`rightslens run` logs the address of its embedded broker)");
        return 2;
      }
      RulesReader reader = new RulesReader(Taxonomy.load());
      if (!check(file, reader, out, err)) {
        return 2;
      }
      String yaml = Files.readString(file);
      String language = reader.read(yaml, file.toString()).file().language();
      new RulesPublisher(bootstrapServers).publish(language, yaml);
      out.println("published " + file + " as the rules for " + language);
      return 0;
    }
  }
}
