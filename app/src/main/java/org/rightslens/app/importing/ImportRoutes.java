package org.rightslens.app.importing;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.regex.Pattern;
import org.rightslens.app.http.ApiException;
import org.rightslens.app.http.Routes;

/**
 * {@code POST /api/import}: item JSON lines in the body (or CSV with {@code Content-Type:
 * text/csv}); answers {@code {"accepted":N,"rejected":[{"line":n,"error":"..."}]}}. The optional
 * header {@value #SOURCE_HEADER} names the file, so that dead letters say where a line came from.
 */
public final class ImportRoutes implements Routes {

  public static final String SOURCE_HEADER = "X-RightsLens-Source";

  private static final Pattern PRINTABLE = Pattern.compile("[\\p{Print}&&[^\"]]{1,200}");

  private final ItemImporter importer;

  public ImportRoutes(ItemImporter importer) {
    this.importer = importer;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.post("/api/import", this::importItems);
  }

  private void importItems(Context ctx) {
    String body = ctx.body();
    if (body.isBlank()) {
      throw ApiException.badRequest("empty body: expected item JSON lines");
    }
    String type = ctx.contentType() == null ? "" : ctx.contentType();
    ImportFormat format = type.startsWith("text/csv") ? ImportFormat.CSV : ImportFormat.JSON_LINES;
    List<ImportLine> lines;
    try {
      lines = ImportFileReader.read(body, format);
    } catch (InvalidImportException e) {
      throw ApiException.badRequest(e.getMessage());
    }
    String source = ctx.header(SOURCE_HEADER);
    String origin =
        source != null && PRINTABLE.matcher(source).matches()
            ? source + " (POST /api/import)"
            : "POST /api/import";
    ctx.json(importer.importLines(lines, origin));
  }
}
