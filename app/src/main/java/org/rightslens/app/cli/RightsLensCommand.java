package org.rightslens.app.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code rightslens} command line. Exit status 0 on success, 2 on bad usage or bad input. */
@Command(
    name = "rightslens",
    mixinStandardHelpOptions = true,
    version = "RightsLens 0.1.0",
    description = "Watches new cybersecurity legislation and reads it through a human-rights lens.",
    subcommands = {
      RunCommand.class,
      CrawlCommand.class,
      ParseCommand.class,
      ImportCommand.class,
      SearchCommand.class,
      TagCommand.class,
      EvalCommand.class,
      RulesCommand.class
    })
public final class RightsLensCommand implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  public static int execute(String... args) {
    return commandLine().execute(args);
  }

  /** The command line, for callers that redirect its output. */
  public static CommandLine commandLine() {
    return new CommandLine(new RightsLensCommand());
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "a command is required");
  }
}
