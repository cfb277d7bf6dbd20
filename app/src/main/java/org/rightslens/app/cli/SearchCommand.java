package org.rightslens.app.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.PrintWriter;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.Callable;
import org.rightslens.model.json.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code rightslens search QUERY}: searches a running instance and prints a table or JSON. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = "Searches tagged legislation.")
final class SearchCommand implements Callable<Integer> {

  private static final int TITLE_WIDTH = 70;

  @Spec CommandSpec spec;

  @Parameters(
      paramLabel = "QUERY",
      description = "Lucene syntax: words, \"phrases\", AND/OR/NOT, title:word")
  String query;

  @Option(names = "--jurisdiction", split = ",", description = "ISO codes, EU, UN or INT")
  List<String> jurisdiction;

  @Option(
      names = "--region",
      split = ",",
      description = "Africa, Americas, Asia-Pacific, Europe, Middle East, international")
  List<String> region;

  @Option(names = "--tag", split = ",", description = "Concern, safeguard or topic ids")
  List<String> tag;

  @Option(names = "--recommendation", split = ",", description = "FOC recommendation numbers")
  List<String> recommendation;

  @Option(names = "--kind", split = ",", description = "concern, safeguard or topic")
  List<String> kind;

  @Option(names = "--type", split = ",", description = "act, bill, regulation, ...")
  List<String> type;

  @Option(names = "--status", split = ",", description = "proposed, enacted, in-force, ...")
  List<String> status;

  @Option(names = "--language", split = ",", description = "Language codes (en, fr, ...)")
  List<String> language;

  @Option(names = "--rights-affecting", description = "true or false")
  Boolean rightsAffecting;

  @Option(names = "--from", description = "Earliest date, YYYY-MM-DD")
  LocalDate from;

  @Option(names = "--to", description = "Latest date, YYYY-MM-DD")
  LocalDate to;

  @Option(
      names = "--sort",
      description = "relevance, newest or oldest (default: ${DEFAULT-VALUE})",
      defaultValue = "relevance")
  String sort;

  @Option(
      names = "--page",
      description = "Page of results (default: ${DEFAULT-VALUE})",
      defaultValue = "1")
  int page;

  @Option(
      names = "--size",
      description = "Results to show (default: ${DEFAULT-VALUE})",
      defaultValue = "20")
  int size;

  @Option(names = "--json", description = "Print the API's JSON answer")
  boolean json;

  @Option(
      names = "--server",
      description = "A running instance (default: ${DEFAULT-VALUE})",
      defaultValue = "http://localhost:8080")
  URI server;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("q", query);
    params.put("jurisdiction", joined(jurisdiction));
    params.put("region", joined(region));
    params.put("tag", joined(tag));
    params.put("recommendation", joined(recommendation));
    params.put("kind", joined(kind));
    params.put("type", joined(type));
    params.put("status", joined(status));
    params.put("language", joined(language));
    params.put("rightsAffecting", rightsAffecting);
    params.put("from", from);
    params.put("to", to);
    params.put("sort", sort);
    params.put("page", page);
    params.put("size", size);
    StringJoiner qs = new StringJoiner("&");
    params.forEach(
        (k, v) -> {
          if (v != null) {
            qs.add(k + "=" + URLEncoder.encode(v.toString(), StandardCharsets.UTF_8));
          }
        });
    HttpRequest request =
        HttpRequest.newBuilder(server.resolve("/api/search?" + qs))
            .timeout(Duration.ofSeconds(30))
            .build();
    HttpResponse<String> response;
    try {
      response =
          HttpClient.newBuilder()
              .connectTimeout(Duration.ofSeconds(10))
              .build()
              .send(request, HttpResponse.BodyHandlers.ofString());
    } catch (ConnectException e) {
      err.println("rightslens search: cannot reach " + server + " (is `rightslens run` running?)");
      return 1;
    }
    JsonNode body = Json.mapper().readTree(response.body());
    if (response.statusCode() != 200) {
      err.println("rightslens search: " + body.path("error").asText(response.body()));
      return response.statusCode() == 400 ? 2 : 1;
    }
    if (json) {
      out.println(response.body());
      return 0;
    }
    out.printf(
        "%d items%s%n",
        body.get("total").asLong(),
        body.path("partial").asBoolean() ? " (partial: the search reached its time limit)" : "");
    for (JsonNode hit : body.get("hits")) {
      String title = hit.path("title").asText();
      if (title.length() > TITLE_WIDTH) {
        title = title.substring(0, TITLE_WIDTH - 1) + "…";
      }
      out.printf(
          "%-10s  %-3s  %-" + TITLE_WIDTH + "s  %-5s  %s%n",
          hit.path("date").asText("-"),
          hit.path("jurisdiction").asText(),
          title,
          hit.path("rightsAffecting").asBoolean() ? "risk" : "",
          hit.path("id").asText());
    }
    return 0;
  }

  private static String joined(List<String> values) {
    return values == null || values.isEmpty() ? null : String.join(",", values);
  }
}
