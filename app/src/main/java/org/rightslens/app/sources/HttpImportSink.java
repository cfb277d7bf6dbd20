package org.rightslens.app.sources;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.rightslens.app.importing.ImportReport;
import org.rightslens.app.importing.ImportRoutes;
import org.rightslens.crawler.publish.ItemSink;
import org.rightslens.model.item.LegislationItem;
import org.rightslens.model.json.Json;

/** Sends crawled items to a running instance through {@code POST /api/import}. */
public final class HttpImportSink implements ItemSink {

  private final HttpClient client =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
  private final URI server;
  private final List<LegislationItem> pending = new ArrayList<>();

  public HttpImportSink(URI server) {
    this.server = server;
  }

  @Override
  public synchronized void publish(LegislationItem item) {
    pending.add(item);
  }

  @Override
  public synchronized void flush() {
    if (pending.isEmpty()) {
      return;
    }
    StringBuilder body = new StringBuilder();
    pending.forEach(item -> body.append(Json.write(item)).append('\n'));
    HttpRequest request =
        HttpRequest.newBuilder(server.resolve("/api/import"))
            .timeout(Duration.ofMinutes(2))
            .header("Content-Type", "application/x-ndjson")
            .header(ImportRoutes.SOURCE_HEADER, "crawl")
            .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8))
            .build();
    try {
      HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() != 200) {
        throw new IllegalStateException(
            server + " answered " + response.statusCode() + ": " + response.body());
      }
      ImportReport report = Json.read(response.body(), ImportReport.class);
      if (!report.rejected().isEmpty()) {
        throw new IllegalStateException(
            report.rejected().size() + " items refused: " + report.rejected());
      }
      pending.clear();
    } catch (IOException e) {
      throw new IllegalStateException("cannot reach " + server + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
