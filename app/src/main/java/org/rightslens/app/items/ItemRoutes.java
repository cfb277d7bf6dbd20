package org.rightslens.app.items;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;
import org.rightslens.app.http.ApiException;
import org.rightslens.app.http.Params;
import org.rightslens.app.http.Routes;
import org.rightslens.indexer.index.ItemIndex;
import org.rightslens.model.item.TaggedItem;
import org.rightslens.model.json.Json;
import org.rightslens.model.taxonomy.Taxonomy;

/**
 * {@code GET /api/items/<id>}: the latest version of an item with a summary of every version
 * ({@code ?version=N} for one version in full) and the wording of the FOC recommendations its tags
 * touch; the item page at {@code /items/<id>}; {@code GET /api/taxonomy}, the recommendations,
 * concerns, safeguards and topics that tags refer to. Item ids contain slashes, so the id is the
 * rest of the path.
 */
public final class ItemRoutes implements Routes {

  private final ItemIndex index;
  private final Taxonomy taxonomy;
  private final String page;

  public ItemRoutes(ItemIndex index, Taxonomy taxonomy) {
    this.index = index;
    this.taxonomy = taxonomy;
    this.page = resource("/web/item.html");
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get("/api/items/<id>", this::item);
    routes.get("/items/<id>", ctx -> ctx.html(page));
    routes.get(
        "/api/taxonomy",
        ctx ->
            ctx.json(
                Map.of(
                    "recommendations", taxonomy.recommendations(),
                    "entries", taxonomy.entries())));
  }

  private void item(Context ctx) {
    String id = ctx.pathParam("id");
    Integer version = Params.integer(ctx, "version");
    List<TaggedItem> versions = index.versions(id);
    TaggedItem item =
        version == null
            ? index
                .find(id)
                .orElseThrow(() -> ApiException.notFound("no item with id \"" + id + "\""))
            : versions.stream()
                .filter(v -> v.item().version() == version)
                .findFirst()
                .orElseThrow(
                    () -> ApiException.notFound("item \"" + id + "\" has no version " + version));
    ObjectNode body = Json.mapper().valueToTree(item);
    ArrayNode recommendations = body.putArray("recommendations");
    for (int number : touched(item)) {
      taxonomy
          .recommendation(number)
          .ifPresent(
              r -> {
                ObjectNode node = recommendations.addObject();
                node.put("number", r.number());
                node.put("text", r.text());
                node.put("citation", r.citation());
                ArrayNode tags = node.putArray("tags");
                item.tags().stream()
                    .filter(t -> t.recommendations().contains(number))
                    .forEach(t -> tags.add(t.id()));
              });
    }
    ArrayNode history = body.putArray("versions");
    for (TaggedItem v : versions) {
      ObjectNode summary = history.addObject();
      summary.put("version", v.item().version());
      summary.put("contentHash", v.item().contentHash());
      summary.put(
          "fetchedAt", v.item().fetchedAt() == null ? null : v.item().fetchedAt().toString());
      summary.put("title", v.item().title());
      summary.put("taggerVersion", v.taggerVersion());
      summary.set("tags", Json.mapper().valueToTree(v.tagIds()));
      summary.set("changes", Json.mapper().valueToTree(v.changes()));
    }
    ctx.json(body);
  }

  private static SortedSet<Integer> touched(TaggedItem item) {
    SortedSet<Integer> numbers = new TreeSet<>();
    item.tags().forEach(t -> numbers.addAll(t.recommendations()));
    return numbers;
  }

  private static String resource(String path) {
    try (InputStream in = ItemRoutes.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read " + path, e);
    }
  }
}
