package org.rightslens.processor.tagging;

import java.util.List;

/** The rules of one language, in one version. */
public record RuleFile(String language, String version, List<Rule> rules) {

  public RuleFile {
    rules = List.copyOf(rules);
  }
}
