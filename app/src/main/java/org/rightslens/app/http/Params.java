package org.rightslens.app.http;

import io.javalin.http.Context;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/** Reads optional query parameters, failing with a 400 that names the parameter. */
public final class Params {

  private Params() {}

  public static String text(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Every value of a repeatable parameter, comma-separated values split, blanks dropped. */
  public static List<String> list(Context ctx, String name) {
    List<String> values = new ArrayList<>();
    for (String raw : ctx.queryParams(name)) {
      for (String value : raw.split(",")) {
        if (!value.isBlank()) {
          values.add(value.strip());
        }
      }
    }
    return values;
  }

  public static Integer integer(Context ctx, String name) {
    String value = text(ctx, name);
    if (value == null) {
      return null;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw ApiException.badRequest(name + ": expected a whole number, got \"" + value + "\"");
    }
  }

  public static int integer(Context ctx, String name, int fallback) {
    Integer value = integer(ctx, name);
    return value == null ? fallback : value;
  }

  public static LocalDate date(Context ctx, String name) {
    String value = text(ctx, name);
    if (value == null) {
      return null;
    }
    try {
      return LocalDate.parse(value);
    } catch (DateTimeParseException e) {
      throw ApiException.badRequest(
          name + ": expected a date as YYYY-MM-DD, got \"" + value + "\"");
    }
  }
}
