package org.rightslens.app.rules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.rightslens.model.taxonomy.Taxonomy;
import org.rightslens.processor.tagging.BundledRules;
import org.rightslens.processor.tagging.RuleBook;
import org.rightslens.processor.tagging.RulesReader;
import org.rightslens.processor.tagging.RulesTagger;

/**
 * The tagger of the offline commands ({@code tag}, {@code eval}): the bundled rules, each language
 * replaced by a rules file given on the command line.
 */
public final class OfflineTagging {

  private OfflineTagging() {}

  /** Thrown when a given rules file has problems; the message lists them, one per line. */
  public static final class BadRulesException extends Exception {
    public BadRulesException(String message) {
      super(message);
    }
  }

  public static RulesTagger tagger(List<Path> rulesFiles) throws IOException, BadRulesException {
    Taxonomy taxonomy = Taxonomy.load();
    Map<String, String> files = new TreeMap<>(BundledRules.files());
    RulesReader reader = new RulesReader(taxonomy);
    List<String> problems = new ArrayList<>();
    for (Path path : rulesFiles == null ? List.<Path>of() : rulesFiles) {
      String yaml = Files.readString(path);
      RulesReader.Result read = reader.read(yaml, path.toString());
      problems.addAll(read.problems());
      if (read.ok()) {
        files.put(read.file().language(), yaml);
      }
    }
    if (!problems.isEmpty()) {
      throw new BadRulesException(String.join(System.lineSeparator(), problems));
    }
    return new RulesTagger(RuleBook.of(files, taxonomy), taxonomy);
  }
}
