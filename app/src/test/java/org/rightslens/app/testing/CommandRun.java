package org.rightslens.app.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.rightslens.app.cli.RightsLensCommand;
import picocli.CommandLine;

/** Runs a rightslens command in this JVM and keeps its exit status and output. */
public record CommandRun(int exitCode, String out, String err) {

  public static CommandRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = RightsLensCommand.commandLine();
    cli.setOut(new PrintWriter(out, true));
    cli.setErr(new PrintWriter(err, true));
    int code = cli.execute(args);
    return new CommandRun(code, out.toString(), err.toString());
  }
}
