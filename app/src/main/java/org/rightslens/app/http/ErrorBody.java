package org.rightslens.app.http;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The body of every error response; {@code position} (1-based) points into a query that did not
 * parse.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ErrorBody(String error, Integer position) {

  public ErrorBody(String error) {
    this(error, null);
  }
}
