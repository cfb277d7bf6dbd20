package org.rightslens.app.search;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.rightslens.app.http.Params;
import org.rightslens.app.http.Routes;
import org.rightslens.indexer.index.IndexMapping;
import org.rightslens.indexer.search.SearchOrder;
import org.rightslens.indexer.search.SearchRequest;
import org.rightslens.indexer.search.SearchService;

/**
 * {@code GET /api/search}: full-text search with filters, facets and highlights. Every facet
 * dimension is a filter parameter; repeat it ({@code tag=a&tag=b}) or separate values with commas
 * to accept any of several values.
 */
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
    Map<String, List<String>> filters = new LinkedHashMap<>();
    for (String dimension : IndexMapping.FACETS) {
      List<String> values = Params.list(ctx, dimension);
      if (!values.isEmpty()) {
        filters.put(dimension, values);
      }
    }
    String sort = Params.text(ctx, "sort");
    return new SearchRequest(
        Params.text(ctx, "q"),
        filters,
        Params.date(ctx, "from"),
        Params.date(ctx, "to"),
        sort == null ? SearchOrder.RELEVANCE : SearchOrder.parse(sort),
        Params.integer(ctx, "page", 1),
        Params.integer(ctx, "size", SearchRequest.DEFAULT_SIZE));
  }
}
