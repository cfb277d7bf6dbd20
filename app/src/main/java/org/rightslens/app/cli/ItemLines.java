package org.rightslens.app.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.rightslens.model.item.LegislationItem;
import org.rightslens.model.json.Json;
import org.rightslens.processor.normalise.InvalidItemException;
import org.rightslens.processor.normalise.ItemNormaliser;

/**
 * Reads item JSON lines for the offline commands, normalised as the pipeline does (a jurisdiction
 * is not required); a bad line is reported with its number and skipped.
 */
final class ItemLines {

  /** What to do with each good line. */
  interface Handler {
    void accept(int lineNumber, JsonNode node, LegislationItem item) throws LineException;
  }

  /** A line that is JSON and an item, but not what the command needs. */
  static final class LineException extends Exception {
    LineException(String message) {
      super(message);
    }
  }

  /** How many lines were read well and how many were not. */
  record Counts(int good, int bad) {}

  private ItemLines() {}

  /** Opens {@code file}, or standard input for null or "-". */
  static Reader open(Path file) throws IOException {
    if (file == null || file.toString().equals("-")) {
      return new InputStreamReader(System.in, StandardCharsets.UTF_8);
    }
    return Files.newBufferedReader(file, StandardCharsets.UTF_8);
  }

  static Counts read(Reader in, String name, PrintWriter err, Handler handler) throws IOException {
    ItemNormaliser normaliser = new ItemNormaliser(false);
    BufferedReader lines = new BufferedReader(in);
    int number = 0;
    int good = 0;
    int bad = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      if (line.isBlank()) {
        continue;
      }
      try {
        JsonNode node = Json.mapper().readTree(line);
        handler.accept(number, node, normaliser.normalise(node, Instant.now()));
        good++;
      } catch (JsonProcessingException e) {
        err.println(name + ":" + number + ": not JSON: " + e.getOriginalMessage());
        bad++;
      } catch (InvalidItemException | LineException e) {
        err.println(name + ":" + number + ": " + e.getMessage());
        bad++;
      }
    }
    return new Counts(good, bad);
  }
}
