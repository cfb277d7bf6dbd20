package org.rightslens.app.catalogue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.rightslens.app.importing.ImportFileReader;
import org.rightslens.app.importing.ImportFormat;
import org.rightslens.app.importing.ImportReport;
import org.rightslens.app.importing.ItemImporter;

/**
 * The bundled catalogue of well-known cybersecurity laws, imported once, on the first start with a
 * data directory, so that a new user sees real content at once. A marker file in the data directory
 * remembers that it was imported; importing again would add nothing anyway, as unchanged items get
 * no new version.
 */
public final class StarterCatalogue {

  public static final String RESOURCE = "/catalogue/starter.jsonl";
  public static final String MARKER = "catalogue-imported";

  private StarterCatalogue() {}

  public static String content() {
    try (InputStream in = StarterCatalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the starter catalogue " + RESOURCE + " is missing");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }

  /** Imports the catalogue unless this data directory has it already; returns what happened. */
  public static String importOnFirstStart(Path dataDir, ItemImporter importer) {
    Path marker = dataDir.resolve(MARKER);
    if (Files.exists(marker)) {
      return "imported before";
    }
    ImportReport report =
        importer.importLines(
            ImportFileReader.read(content(), ImportFormat.JSON_LINES), "starter catalogue");
    if (!report.rejected().isEmpty()) {
      throw new IllegalStateException(
          "the starter catalogue has invalid lines: " + report.rejected());
    }
    try {
      Files.writeString(marker, report.accepted() + " items\n");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + marker, e);
    }
    return "imported " + report.accepted() + " items";
  }
}
