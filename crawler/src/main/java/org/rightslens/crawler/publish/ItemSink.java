package org.rightslens.crawler.publish;

import org.rightslens.model.item.LegislationItem;

/** Where crawled items go: {@code items.raw} in production. */
public interface ItemSink {

  void publish(LegislationItem item);

  /** Returns once everything published so far is durably accepted; throws if any was not. */
  void flush();
}
