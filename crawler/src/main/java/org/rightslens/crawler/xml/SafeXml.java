package org.rightslens.crawler.xml;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.xml.sax.ErrorHandler;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * The one way the crawler parses XML. Documents with a DOCTYPE are refused outright, so neither
 * external entities nor entity expansion (billion laughs) can happen; no source format needs a DTD.
 * Namespace-aware; whitespace kept as written.
 */
public final class SafeXml {

  private static final DocumentBuilderFactory FACTORY = factory();

  /** Errors become the exception below; the JDK's default handler would also print them. */
  private static final ErrorHandler SILENT =
      new ErrorHandler() {
        @Override
        public void warning(SAXParseException e) {}

        @Override
        public void error(SAXParseException e) throws SAXException {
          throw e;
        }

        @Override
        public void fatalError(SAXParseException e) throws SAXException {
          throw e;
        }
      };

  private SafeXml() {}

  private static DocumentBuilderFactory factory() {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    try {
      f.setNamespaceAware(true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      f.setXIncludeAware(false);
      f.setExpandEntityReferences(false);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException("the JDK XML parser lacks a required safety feature", e);
    }
    return f;
  }

  /** Parses {@code body}; throws with a reason naming the line if it is malformed or hostile. */
  public static Document parse(byte[] body) throws HostileXmlException {
    try {
      DocumentBuilder builder = FACTORY.newDocumentBuilder();
      builder.setErrorHandler(SILENT);
      return builder.parse(new ByteArrayInputStream(body));
    } catch (SAXParseException e) {
      String what =
          e.getMessage() != null && e.getMessage().contains("DOCTYPE")
              ? "hostile XML: DOCTYPE declarations (and so entities) are not accepted"
              : "malformed XML at line " + e.getLineNumber() + ": " + e.getMessage();
      throw new HostileXmlException(what, e);
    } catch (SAXException | IOException e) {
      throw new HostileXmlException("malformed XML: " + e.getMessage(), e);
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }
}
