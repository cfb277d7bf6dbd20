package org.rightslens.indexer.search;

/**
 * A search that cannot run as asked; the message says what to fix, and for a query syntax error the
 * position (1-based character) where the parser stopped.
 */
public class InvalidSearchException extends RuntimeException {

  private final Integer position;

  public InvalidSearchException(String message) {
    this(message, null);
  }

  public InvalidSearchException(String message, Integer position) {
    super(message);
    this.position = position;
  }

  /** Where in the query the problem is, if it is a syntax error. */
  public Integer position() {
    return position;
  }
}
