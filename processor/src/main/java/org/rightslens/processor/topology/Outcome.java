package org.rightslens.processor.topology;

import org.rightslens.model.item.DeadLetter;
import org.rightslens.model.item.TaggedItem;

/** The result of processing one raw record: a tagged item or a dead letter, never both. */
record Outcome(TaggedItem tagged, DeadLetter deadLetter) {

  static Outcome tagged(TaggedItem item) {
    return new Outcome(item, null);
  }

  static Outcome dead(DeadLetter letter) {
    return new Outcome(null, letter);
  }

  boolean isDead() {
    return deadLetter != null;
  }
}
