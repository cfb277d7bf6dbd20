package org.rightslens.crawler.source;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import org.rightslens.model.item.LegislationItem;

/** What a parser made of one response: items (and where the next page is), or a rejection. */
public sealed interface ParseOutcome {

  /**
   * The items found, in the order of the response.
   *
   * @param next the source's own link to the next page, or null when this is the last page
   */
  record Parsed(List<LegislationItem> items, URI next) implements ParseOutcome {
    public Parsed {
      items = List.copyOf(items);
    }

    public static Parsed of(List<LegislationItem> items) {
      return new Parsed(items, null);
    }
  }

  /** The response is not content (an error page, a bot challenge, malformed or hostile data). */
  record Rejected(String reason) implements ParseOutcome {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
