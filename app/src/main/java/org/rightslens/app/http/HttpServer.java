package org.rightslens.app.http;

import io.javalin.Javalin;
import io.javalin.http.HttpResponseException;
import io.javalin.http.staticfiles.Location;
import io.javalin.json.JavalinJackson;
import java.util.List;
import org.rightslens.indexer.search.InvalidSearchException;
import org.rightslens.model.json.Json;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP server: the JSON API under {@code /api}, the web pages, and one place where errors
 * become responses ({@code {"error": ...}} with 400, 404 or 500).
 */
public final class HttpServer implements AutoCloseable {

  /** Largest accepted request body (an import file), in bytes. */
  public static final long MAX_REQUEST_BYTES = 64L * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(HttpServer.class);

  private final Javalin javalin;

  private HttpServer(Javalin javalin) {
    this.javalin = javalin;
  }

  public static HttpServer start(String host, int port, List<Routes> features) {
    Javalin javalin =
        Javalin.create(
            config -> {
              config.jsonMapper(new JavalinJackson(Json.mapper(), false));
              config.jetty.host = host;
              config.http.maxRequestSize = MAX_REQUEST_BYTES;
              config.staticFiles.add("/web", Location.CLASSPATH);
              config.startup.showJavalinBanner = false;
              features.forEach(f -> f.register(config.routes));
              config.routes.exception(
                  ApiException.class,
                  (e, ctx) -> ctx.status(e.status()).json(new ErrorBody(e.getMessage())));
              config.routes.exception(
                  InvalidSearchException.class,
                  (e, ctx) -> ctx.status(400).json(new ErrorBody(e.getMessage(), e.position())));
              config.routes.exception(
                  HttpResponseException.class,
                  (e, ctx) -> ctx.status(e.getStatus()).json(new ErrorBody(e.getMessage())));
              config.routes.exception(
                  Exception.class,
                  (e, ctx) -> {
                    LOG.error("{} {} failed", ctx.method(), ctx.path(), e);
                    ctx.status(500).json(new ErrorBody("internal error: " + e.getMessage()));
                  });
            });
    javalin.start(host, port);
    return new HttpServer(javalin);
  }

  public int port() {
    return javalin.port();
  }

  @Override
  public void close() {
    javalin.stop();
  }
}
