package org.rightslens.crawler.xml;

/** XML that is malformed or tries something a source never needs (a DTD, an external entity). */
public class HostileXmlException extends Exception {

  public HostileXmlException(String message, Throwable cause) {
    super(message, cause);
  }
}
