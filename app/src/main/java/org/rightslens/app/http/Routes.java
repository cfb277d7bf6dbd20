package org.rightslens.app.http;

import io.javalin.config.RoutesConfig;

/** The routes of one feature. */
@FunctionalInterface
public interface Routes {
  void register(RoutesConfig routes);
}
