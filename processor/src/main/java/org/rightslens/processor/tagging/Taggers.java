package org.rightslens.processor.tagging;

import org.rightslens.model.taxonomy.Taxonomy;

/** Makes the tagger for the rules currently published. */
@FunctionalInterface
public interface Taggers {

  Tagger forRules(RuleBook book);

  /** Tags with the published rules. */
  static Taggers rules(Taxonomy taxonomy) {
    return book -> new RulesTagger(book, taxonomy);
  }

  /** Always the same tagger, whatever the rules. */
  static Taggers fixed(Tagger tagger) {
    return book -> tagger;
  }
}
