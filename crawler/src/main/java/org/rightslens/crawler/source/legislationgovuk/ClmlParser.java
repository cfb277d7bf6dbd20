package org.rightslens.crawler.source.legislationgovuk;

import static org.rightslens.crawler.source.feed.FeedSupport.ATOM;
import static org.rightslens.crawler.source.feed.FeedSupport.DC;
import static org.rightslens.crawler.source.feed.FeedSupport.attr;
import static org.rightslens.crawler.source.feed.FeedSupport.child;
import static org.rightslens.crawler.source.feed.FeedSupport.childText;
import static org.rightslens.crawler.source.feed.FeedSupport.children;
import static org.rightslens.crawler.source.legislationgovuk.LegislationGovUk.LEG;
import static org.rightslens.crawler.source.legislationgovuk.LegislationGovUk.UKM;

import java.util.List;
import org.rightslens.crawler.source.ItemDraft;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.SourceParser;
import org.rightslens.crawler.source.feed.FeedSupport;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Source type {@code legislation-gov-uk-clml}: one item of legislation.gov.uk in CLML, the XML of
 * {@code .../data.xml} (as enacted or made, revised, or a fragment of either): a {@code
 * Legislation} root with {@code ukm:Metadata} (Dublin Core and the primary, secondary or EU
 * metadata) and the document.
 *
 * <p>Mapping: native id from {@code @IdURI}, the part after {@code /id/}; jurisdiction GB; title
 * {@code dc:title}; type and status from {@code ukm:DocumentMainType}; adopted from {@code
 * ukm:Made} or {@code ukm:EnactmentDate}; effective from the first dated {@code
 * ukm:ComingIntoForce}; updated from {@code dc:modified}, which is also the published date of an
 * as-enacted or as-made document ({@code ukm:DocumentStatus} final) since that text is not revised
 * after it is issued; summary {@code dc:description}; subjects {@code dc:subject}; url
 * {@code @DocumentURI} (else the IdURI); textUrl its {@code data.xml}; text the plain text of the
 * document (see {@link ClmlText}); language from {@code dc:language} when the settings give none.
 *
 * <p>Rejected: empty bodies, bot challenges, HTML pages, malformed or hostile XML, XML whose root
 * is not a CLML {@code Legislation}, and a document without an {@code IdURI}.
 */
public final class ClmlParser implements SourceParser {

  public static final String TYPE = "legislation-gov-uk-clml";

  @Override
  public ParseOutcome parse(byte[] body, ParseContext context) {
    FeedSupport.XmlBody xml = FeedSupport.readXml(body);
    if (xml.problem() != null) {
      return rejected(xml.problem());
    }
    Element root = xml.document().getDocumentElement();
    if (!FeedSupport.is(root, LEG, "Legislation")) {
      return rejected("expected a CLML <Legislation>, got " + FeedSupport.describe(root));
    }
    try {
      String id = LegislationGovUk.nativeId(attr(root, "IdURI"));
      if (id == null) {
        return rejected("a CLML <Legislation> without an IdURI: the item cannot be identified");
      }
      return ParseOutcome.Parsed.of(List.of(item(root, id, context).build()));
    } catch (RuntimeException e) {
      // The contract is to never throw for bad input: an unforeseen shape is a rejection.
      return rejected("could not read the document: " + e);
    }
  }

  private static ItemDraft item(Element root, String id, ParseContext context) {
    Element metadata = child(root, UKM, "Metadata");
    Element typed = typedMetadata(metadata);
    Element classification = child(typed, UKM, "DocumentClassification");
    String mainType = attr(child(classification, UKM, "DocumentMainType"), "Value");
    String documentStatus = attr(child(classification, UKM, "DocumentStatus"), "Value");

    ItemDraft d = ItemDraft.of(context, id);
    d.jurisdiction = LegislationGovUk.JURISDICTION;
    d.title = childText(metadata, DC, "title");
    d.summary = childText(metadata, DC, "description");
    for (Element subject : children(metadata, DC, "subject")) {
      d.subject(FeedSupport.text(subject));
    }
    if (d.language == null) {
      d.language = childText(metadata, DC, "language");
    }
    String type = LegislationGovUk.type(mainType);
    d.type = type != null ? type : d.type;
    String status = LegislationGovUk.status(mainType, d.title);
    d.status = status != null ? status : d.status;

    d.adopted = FeedSupport.date(attr(child(typed, UKM, "Made"), "Date"));
    if (d.adopted == null) {
      d.adopted = FeedSupport.date(attr(child(typed, UKM, "EnactmentDate"), "Date"));
    }
    for (Element comingIntoForce : children(typed, UKM, "ComingIntoForce")) {
      for (Element dateTime : children(comingIntoForce, UKM, "DateTime")) {
        if (d.effective == null) {
          d.effective = FeedSupport.date(attr(dateTime, "Date"));
        }
      }
    }
    d.updated = FeedSupport.date(childText(metadata, DC, "modified"));
    if ("final".equals(documentStatus)) {
      d.published = d.updated;
    }

    String documentUri = attr(root, "DocumentURI");
    d.url = context.resolve(documentUri != null ? documentUri : attr(root, "IdURI"));
    d.textUrl =
        documentUri != null ? documentUri.replaceAll("/+$", "") + "/data.xml" : selfXml(metadata);
    d.text = ClmlText.of(root);
    return d;
  }

  /** The metadata of the document's kind: ukm:PrimaryMetadata, ukm:SecondaryMetadata, ... */
  private static Element typedMetadata(Element metadata) {
    if (metadata == null) {
      return null;
    }
    for (Node n = metadata.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element e
          && UKM.equals(e.getNamespaceURI())
          && e.getLocalName().endsWith("Metadata")
          && child(e, UKM, "DocumentClassification") != null) {
        return e;
      }
    }
    return null;
  }

  /** The document's own XML link, when it does not say its DocumentURI. */
  private static String selfXml(Element metadata) {
    for (Element link : children(metadata, ATOM, "link")) {
      if ("self".equals(attr(link, "rel")) && "application/xml".equals(attr(link, "type"))) {
        return attr(link, "href");
      }
    }
    return null;
  }

  private static ParseOutcome.Rejected rejected(String reason) {
    return new ParseOutcome.Rejected(TYPE + ": " + reason);
  }
}
