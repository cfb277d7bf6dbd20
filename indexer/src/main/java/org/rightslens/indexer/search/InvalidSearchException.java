package org.rightslens.indexer.search;

/** A search that cannot run as asked; the message says what to fix. */
public class InvalidSearchException extends RuntimeException {

  public InvalidSearchException(String message) {
    super(message);
  }
}
