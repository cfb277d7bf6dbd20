package org.rightslens.app.search;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import org.rightslens.app.http.Params;
import org.rightslens.app.http.Routes;
import org.rightslens.indexer.search.SearchRequest;
import org.rightslens.indexer.search.SearchService;

/** {@code GET /api/search}: full-text search with filters, facets and highlights. */
public final class SearchRoutes implements Routes {

  private final SearchService search;

  public SearchRoutes(SearchService search) {
    this.search = search;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/api/search", ctx -> ctx.json(search.search(request(ctx))));
  }

  static SearchRequest request(Context ctx) {
    return new SearchRequest(
        Params.text(ctx, "q"),
        Params.text(ctx, "jurisdiction"),
        Params.text(ctx, "tag"),
        Params.integer(ctx, "recommendation"),
        Params.text(ctx, "type"),
        Params.bool(ctx, "rightsAffecting"),
        Params.date(ctx, "from"),
        Params.date(ctx, "to"),
        Params.integer(ctx, "page", 1),
        Params.integer(ctx, "size", SearchRequest.DEFAULT_SIZE));
  }
}
