package org.rightslens.crawler.source.govinfo;

import java.util.List;
import java.util.Optional;
import org.rightslens.crawler.source.NotContent;
import org.rightslens.crawler.source.ParseContext;
import org.rightslens.crawler.source.ParseOutcome;
import org.rightslens.crawler.source.ParseOutcome.Parsed;
import org.rightslens.crawler.source.ParseOutcome.Rejected;
import org.rightslens.crawler.source.SourceParser;
import org.rightslens.crawler.source.congressgov.BillKey;
import org.rightslens.crawler.xml.HostileXmlException;
import org.rightslens.crawler.xml.SafeXml;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Parser of type {@code govinfo-billstatus}: one GovInfo Bill Status XML file ({@code
 * https://www.govinfo.gov/bulkdata/BILLSTATUS/{congress}/{type}/BILLSTATUS-….xml}), in the legacy
 * format or the current one ({@code <version>3.0.0</version>}); see {@link BillStatusBill} for how
 * they differ.
 *
 * <p>The {@code <billStatus><bill>} becomes one item with id {@code {congress}-{type}-{number}}
 * (the same id as the {@code congress-gov} type gives the bill), jurisdiction US, type bill (act
 * once it lists a law), the newest CRS summary as plain text, the policy area and legislative
 * subjects, and the public Congress.gov page as its url. A file is one bill, so there is no next
 * page.
 */
public final class BillStatusParser implements SourceParser {

  @Override
  public ParseOutcome parse(byte[] body, ParseContext context) {
    Optional<String> notContent = NotContent.reason(body);
    if (notContent.isPresent()) {
      return new Rejected(notContent.get());
    }
    if (NotContent.looksLikeHtml(body)) {
      return new Rejected(
          "govinfo-billstatus: an HTML page where BILLSTATUS XML was expected (an error page?)");
    }
    Document doc;
    try {
      doc = SafeXml.parse(body);
    } catch (HostileXmlException e) {
      return new Rejected(e.getMessage());
    }
    try {
      return parseDocument(doc, context);
    } catch (RuntimeException e) {
      // A shape no branch foresaw must cost this file, never the crawl.
      return new Rejected("govinfo-billstatus: cannot read the document: " + e);
    }
  }

  private static ParseOutcome parseDocument(Document doc, ParseContext context) {
    Element root = doc.getDocumentElement();
    if (!"billStatus".equals(Dom.name(root))) {
      return new Rejected(
          "govinfo-billstatus: expected a <billStatus> document, got <" + Dom.name(root) + ">");
    }
    Element bill = Dom.child(root, "bill");
    if (bill == null) {
      return new Rejected("govinfo-billstatus: <billStatus> has no <bill>");
    }
    BillKey key = BillStatusBill.key(bill);
    if (key == null) {
      return new Rejected(
          "govinfo-billstatus: <bill> lacks a congress, type or number (number/billNumber,"
              + " type/billType)");
    }
    return Parsed.of(List.of(BillStatusBill.toItem(bill, key, context)));
  }
}
