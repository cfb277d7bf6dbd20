package org.rightslens.crawler.source;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.rightslens.crawler.source.congressgov.CongressGovParser;
import org.rightslens.crawler.source.eurlex.CellarNotificationsParser;
import org.rightslens.crawler.source.eurlex.EurLexXhtmlParser;
import org.rightslens.crawler.source.eurlex.FormexParser;
import org.rightslens.crawler.source.federalregister.FederalRegisterParser;
import org.rightslens.crawler.source.feed.AtomParser;
import org.rightslens.crawler.source.feed.RssParser;
import org.rightslens.crawler.source.govinfo.BillStatusParser;
import org.rightslens.crawler.source.html.HtmlListingParser;
import org.rightslens.crawler.source.legislationgovuk.ClmlParser;
import org.rightslens.crawler.source.legislationgovuk.LegislationGovUkFeedParser;
import org.rightslens.crawler.source.ukparliament.UkParliamentBillsParser;

/**
 * The source types, by the name used in {@code sources.yaml} and {@code rightslens parse --type}.
 */
public final class SourceTypes {

  private static final Map<String, SourceParser> PARSERS = new TreeMap<>();

  static {
    PARSERS.put("federal-register", new FederalRegisterParser());
    PARSERS.put("congress-gov", new CongressGovParser());
    PARSERS.put("govinfo-billstatus", new BillStatusParser());
    PARSERS.put("uk-parliament-bills", new UkParliamentBillsParser());
    PARSERS.put("legislation-gov-uk", new LegislationGovUkFeedParser());
    PARSERS.put("legislation-gov-uk-clml", new ClmlParser());
    PARSERS.put("rss", new RssParser());
    PARSERS.put("atom", new AtomParser());
    PARSERS.put(HtmlListingParser.TYPE, new HtmlListingParser());
    PARSERS.put("cellar-notifications", new CellarNotificationsParser());
    PARSERS.put("formex", new FormexParser());
    PARSERS.put("eurlex-xhtml", new EurLexXhtmlParser());
  }

  private SourceTypes() {}

  public static Optional<SourceParser> parser(String type) {
    return Optional.ofNullable(PARSERS.get(type));
  }

  public static Set<String> names() {
    return Collections.unmodifiableSet(PARSERS.keySet());
  }
}
