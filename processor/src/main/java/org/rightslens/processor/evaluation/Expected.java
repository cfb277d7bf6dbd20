package org.rightslens.processor.evaluation;

import java.util.Set;

/** What a careful reader found in a law: the labels a tagger is measured against. */
public record Expected(boolean rightsAffecting, boolean cybersecurity, Set<String> tags) {

  public Expected {
    tags = Set.copyOf(tags);
  }
}
