package org.rightslens.app.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.rightslens.app.http.ErrorBody;
import org.rightslens.app.importing.ImportFileReader;
import org.rightslens.app.importing.ImportFormat;
import org.rightslens.app.importing.ImportLine;
import org.rightslens.app.importing.ImportReport;
import org.rightslens.app.importing.ImportRoutes;
import org.rightslens.app.importing.InvalidImportException;
import org.rightslens.app.importing.ItemImporter;
import org.rightslens.crawler.publish.ItemProducer;
import org.rightslens.model.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code rightslens import FILE}: sends items (JSON lines or CSV) to a running instance, or
 * straight to {@code items.raw} on a cluster. Each bad line is reported with its number; the exit
 * status is 2 if no item could be imported.
 */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = "Imports items from a JSON-lines or CSV file.")
final class ImportCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "FILE",
      description = "Items as JSON lines (.jsonl) or CSV with a header row (.csv)")
  Path file;

  @Option(
      names = "--server",
      description = "A running instance (default: ${DEFAULT-VALUE})",
      defaultValue = "http://localhost:8080")
  URI server;

  @Option(
      names = "--bootstrap-servers",
      description = "Publish straight to this Kafka cluster instead of --server")
  String bootstrapServers;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    if (!Files.isRegularFile(file)) {
      err.println("rightslens import: no such file: " + file);
      return 2;
    }
    String content = Files.readString(file, StandardCharsets.UTF_8);
    ImportFormat format = ImportFormat.detect(file.getFileName().toString(), content);
    ImportReport report;
    try {
      report =
          bootstrapServers != null ? viaKafka(content, format) : viaServer(content, format, err);
    } catch (InvalidImportException e) {
      err.println("rightslens import: " + file + ": " + e.getMessage());
      return 2;
    }
    if (report == null) {
      return 1;
    }
    for (ImportReport.Rejection r : report.rejected()) {
      err.printf("%s:%d: %s%n", file, r.line(), r.error());
    }
    out.printf(
        "imported %d items from %s, rejected %d lines%n",
        report.accepted(), file, report.rejected().size());
    return report.accepted() == 0 ? 2 : 0;
  }

  private ImportReport viaKafka(String content, ImportFormat format) {
    List<ImportLine> lines = ImportFileReader.read(content, format);
    try (ItemProducer producer = new ItemProducer(bootstrapServers, "rightslens-import-cli")) {
      return new ItemImporter(producer, Clock.systemUTC())
          .importLines(lines, file.getFileName().toString());
    }
  }

  private ImportReport viaServer(String content, ImportFormat format, PrintWriter err)
      throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    HttpRequest request =
        HttpRequest.newBuilder(server.resolve("/api/import"))
            .timeout(Duration.ofMinutes(5))
            .header(
                "Content-Type", format == ImportFormat.CSV ? "text/csv" : "application/x-ndjson")
            .header(ImportRoutes.SOURCE_HEADER, file.getFileName().toString())
            .POST(HttpRequest.BodyPublishers.ofString(content, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException e) {
      err.println(
          "rightslens import: cannot reach "
              + server
              + " (is `rightslens run` running? or use --bootstrap-servers)");
      return null;
    }
    if (response.statusCode() == 400) {
      throw new InvalidImportException(Json.read(response.body(), ErrorBody.class).error());
    }
    if (response.statusCode() != 200) {
      err.println(
          "rightslens import: "
              + server
              + " answered "
              + response.statusCode()
              + ": "
              + response.body());
      return null;
    }
    return Json.read(response.body(), ImportReport.class);
  }
}
