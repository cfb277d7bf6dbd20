package org.rightslens.app.sources;

import io.javalin.config.RoutesConfig;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.rightslens.app.http.Routes;
import org.rightslens.crawler.crawl.CrawlService;

/** {@code GET /api/sources}: every source with its health; the page at {@code /sources}. */
public final class SourceRoutes implements Routes {

  private final CrawlService crawl;
  private final String page;

  public SourceRoutes(CrawlService crawl) {
    this.crawl = crawl;
    try (InputStream in = SourceRoutes.class.getResourceAsStream("/web/sources.html")) {
      this.page = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("missing resource /web/sources.html", e);
    }
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/api/sources", ctx -> ctx.json(crawl.sources()));
    routes.get("/sources", ctx -> ctx.html(page));
  }
}
