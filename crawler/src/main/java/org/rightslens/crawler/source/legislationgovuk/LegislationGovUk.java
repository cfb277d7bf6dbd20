package org.rightslens.crawler.source.legislationgovuk;

import org.rightslens.crawler.source.feed.FeedSupport;

/**
 * What the legislation.gov.uk parsers share: namespaces, the native id of an item, and what its
 * {@code ukm:DocumentMainType} says about its type and status.
 */
final class LegislationGovUk {

  static final String LEG = "http://www.legislation.gov.uk/namespaces/legislation";
  static final String UKM = "http://www.legislation.gov.uk/namespaces/metadata";
  static final String PBL = "http://www.legislation.gov.uk/namespaces/publication-log";

  /** Every item is UK law, devolved and EU-origin (retained) legislation included. */
  static final String JURISDICTION = "GB";

  private LegislationGovUk() {}

  /**
   * The native id of an item from its identifier URI: what follows {@code /id/} ({@code
   * http://www.legislation.gov.uk/id/uksi/2015/1995} gives {@code uksi/2015/1995}); for another
   * URI, the URI without its scheme. Null if there is none.
   */
  static String nativeId(String idUri) {
    String uri = FeedSupport.collapse(idUri);
    if (uri == null) {
      return null;
    }
    int at = uri.indexOf("/id/");
    String path = at >= 0 ? uri.substring(at + "/id/".length()) : uri;
    return FeedSupport.nativeId(path.replaceAll("[?#].*$", "").replaceAll("/+$", ""));
  }

  /** True for the types of UK Impact Assessments, which are documents about legislation. */
  static boolean isImpactAssessment(String mainType) {
    return mainType != null && mainType.endsWith("ImpactAssessment");
  }

  /**
   * The item type for a document main type: {@code act} for Acts and Measures of every UK
   * legislature, {@code regulation} for statutory instruments, rules and orders (drafts too),
   * {@code directive}, {@code regulation}, {@code decision} or {@code treaty} for EU-origin
   * legislation, {@code other} for impact assessments and other EU documents; null if unknown.
   */
  static String type(String mainType) {
    if (mainType == null) {
      return null;
    }
    if (mainType.startsWith("EuropeanUnion")) {
      if (mainType.endsWith("Directive")) {
        return "directive";
      } else if (mainType.endsWith("Regulation")) {
        return "regulation";
      } else if (mainType.endsWith("Decision")) {
        return "decision";
      } else if (mainType.endsWith("Treaty")) {
        return "treaty";
      }
      return "other";
    }
    if (isImpactAssessment(mainType)) {
      return "other";
    }
    if (mainType.endsWith("Act") || mainType.endsWith("Measure")) {
      return "act";
    }
    if (mainType.endsWith("Instrument")
        || mainType.endsWith("Rule")
        || mainType.contains("Order")
        || mainType.endsWith("Direction")) {
      return "regulation";
    }
    return null;
  }

  /**
   * The status the site implies: drafts are {@code proposed}; everything else it publishes was
   * enacted or made, and is marked {@code repealed} when its title says "(repealed)" or
   * "(revoked)", as legislation.gov.uk titles do. Null for unknown types and for documents that are
   * not legislation (impact assessments, EU corrigenda).
   */
  static String status(String mainType, String title) {
    String type = type(mainType);
    if (type == null || type.equals("other")) {
      return null;
    }
    if (mainType.contains("Draft")) {
      return "proposed";
    }
    if (title != null && (title.endsWith("(repealed)") || title.endsWith("(revoked)"))) {
      return "repealed";
    }
    return "enacted";
  }
}
