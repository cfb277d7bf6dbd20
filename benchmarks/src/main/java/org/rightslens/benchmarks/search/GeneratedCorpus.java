package org.rightslens.benchmarks.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.rightslens.model.item.Evidence;
import org.rightslens.model.item.ItemDates;
import org.rightslens.model.item.LegislationItem;
import org.rightslens.model.item.Tag;
import org.rightslens.model.item.TagKind;
import org.rightslens.model.item.TaggedItem;
import org.rightslens.model.taxonomy.Taxonomy;
import org.rightslens.model.taxonomy.TaxonomyEntry;

/**
 * Tagged items of realistic shape for the search benchmark, the same for a given seed: titles of 5
 * to 15 words, summaries of about 50, texts of 1 to 16 KB (median about 4 KB) mixing statute
 * clauses with words drawn from a Zipf distribution over a 40,000-word vocabulary, 60
 * jurisdictions, four languages, dates from 1990 on, and 0 to 8 tags of the real taxonomy.
 */
final class GeneratedCorpus {

  static final String[] CLAUSES = {
    "The Minister may by notice require a service provider to retain communications data for a"
        + " period not exceeding two years.",
    "An authorised officer may intercept a communication with a warrant issued by a judge.",
    "A person who without authority accesses a computer system commits an offence.",
    "The operator shall notify the national computer emergency response team of any significant"
        + " incident without undue delay.",
    "Nothing in this section requires a provider to build a systemic weakness into a form of"
        + " electronic protection.",
    "The authority may order the blocking of a website that publishes false information.",
    "Critical information infrastructure shall be designated by the regulator after consultation.",
    "Encryption keys shall be disclosed to the investigating authority on request.",
    "Data controllers shall apply data protection by design and by default.",
    "The Commissioner shall publish an annual transparency report on the use of these powers.",
    "This Part expires five years after the day on which it comes into force unless renewed.",
    "A provider shall remove unlawful content within twenty four hours of a notice.",
    "Bulk interception warrants may be issued for the purpose of national security.",
    "The court may order the preservation of traffic data stored in a computer system.",
    "Security researchers acting in good faith shall not be liable for reporting a vulnerability.",
    "The agency may conduct equipment interference to obtain information from any device.",
  };

  private static final String[] JURISDICTIONS = {
    "GB", "US", "EU", "FR", "DE", "ES", "PT", "IT", "NL", "PL", "IE", "SE", "AU", "NZ", "CA", "IN",
    "PK", "BD", "LK", "MY", "SG", "ID", "PH", "TH", "VN", "CN", "JP", "KR", "NG", "KE", "ZA", "GH",
    "UG", "TZ", "ET", "EG", "MA", "TN", "SN", "CI", "BR", "AR", "MX", "CO", "CL", "PE", "VE", "NI",
    "SV", "EC", "RU", "UA", "TR", "AE", "SA", "JO", "IL", "QA", "UN", "INT"
  };
  private static final String[] LANGUAGES = {"en", "en", "en", "en", "en", "en", "fr", "es", "pt"};
  private static final String[] TYPES = {"act", "bill", "regulation", "decision", "strategy"};
  private static final String[] STATUSES = {"proposed", "introduced", "enacted", "in-force"};
  private static final int VOCABULARY = 40_000;

  private final Random random;
  private final String[] words = new String[VOCABULARY];
  private final double[] cumulative = new double[VOCABULARY];
  private final List<TaxonomyEntry> entries = List.copyOf(Taxonomy.load().entries());

  GeneratedCorpus(long seed) {
    random = new Random(seed);
    Random names = new Random(seed + 1);
    double sum = 0;
    for (int i = 0; i < VOCABULARY; i++) {
      words[i] = word(names);
      sum += 1.0 / (i + 1);
      cumulative[i] = sum;
    }
    for (int i = 0; i < VOCABULARY; i++) {
      cumulative[i] /= sum;
    }
  }

  private static String word(Random r) {
    String letters = "etaoinshrdlcumwfgypbvkjxqz";
    int length = 3 + r.nextInt(8);
    StringBuilder b = new StringBuilder(length);
    for (int i = 0; i < length; i++) {
      b.append(letters.charAt((int) Math.min(25, Math.abs(r.nextGaussian()) * 8)));
    }
    return b.toString();
  }

  private String zipfWord() {
    int i = Arrays.binarySearch(cumulative, random.nextDouble());
    return words[i < 0 ? Math.min(VOCABULARY - 1, -i - 1) : i];
  }

  private String sentence(int length) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < length; i++) {
      String w = zipfWord();
      b.append(i == 0 ? w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1) : w);
      b.append(i == length - 1 ? ". " : " ");
    }
    return b.toString();
  }

  TaggedItem item(int n) {
    String language = LANGUAGES[random.nextInt(LANGUAGES.length)];
    String title = sentence(5 + random.nextInt(11)).strip();
    int textChars =
        (int) Math.min(16_000, Math.max(1_000, Math.exp(8.3 + random.nextGaussian() * 0.6)));
    StringBuilder text = new StringBuilder(textChars + 200);
    while (text.length() < textChars) {
      if (random.nextInt(4) == 0) {
        text.append(CLAUSES[random.nextInt(CLAUSES.length)]).append(' ');
      } else {
        text.append(sentence(8 + random.nextInt(20)));
      }
    }
    LocalDate date = LocalDate.of(1990, 1, 1).plusDays(random.nextInt(13_000));
    LegislationItem item =
        new LegislationItem(
            "bench:" + n,
            "bench",
            JURISDICTIONS[random.nextInt(JURISDICTIONS.length)],
            title,
            TYPES[random.nextInt(TYPES.length)],
            STATUSES[random.nextInt(STATUSES.length)],
            language,
            "https://example.org/laws/" + n,
            null,
            sentence(40 + random.nextInt(20)).strip(),
            text.toString().strip(),
            List.of(),
            new ItemDates(null, null, date, null, null),
            null,
            Integer.toHexString(n),
            1);
    List<Tag> tags = new ArrayList<>();
    Set<String> chosen = new LinkedHashSet<>();
    int count = random.nextInt(9);
    while (chosen.size() < count) {
      chosen.add(entries.get(random.nextInt(entries.size())).id());
    }
    for (TaxonomyEntry entry : entries) {
      if (chosen.contains(entry.id())) {
        int start = random.nextInt(item.text().length() - 200);
        Evidence evidence =
            new Evidence(
                item.text().substring(start, start + 120),
                start,
                start + 120,
                "bench." + entry.id(),
                Evidence.IN_TEXT);
        tags.add(
            new Tag(
                entry.id(),
                entry.kind(),
                entry.label(),
                entry.recommendations(),
                0.4 + random.nextDouble() * 0.6,
                List.of(evidence)));
      }
    }
    boolean risky = tags.stream().anyMatch(t -> t.kind() == TagKind.CONCERN);
    return new TaggedItem(
        item, random.nextBoolean(), random.nextDouble(), risky, tags, "bench", null);
  }
}
