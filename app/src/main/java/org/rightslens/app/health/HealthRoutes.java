package org.rightslens.app.health;

import io.javalin.config.RoutesConfig;
import java.util.function.Supplier;
import org.rightslens.app.http.Routes;

/** {@code GET /api/health}: 200 when UP, 503 otherwise, with the details either way. */
public final class HealthRoutes implements Routes {

  private final Supplier<Health> health;

  public HealthRoutes(Supplier<Health> health) {
    this.health = health;
  }

  @Override
  public void register(RoutesConfig routes) {
    routes.get(
        "/api/health",
        ctx -> {
          Health now = health.get();
          ctx.status(now.status().equals(Health.UP) ? 200 : 503).json(now);
        });
  }
}
