package org.rightslens.model.taxonomy;

/** The taxonomy file cannot be read or breaks one of its rules; the message names the entry. */
public class TaxonomyException extends RuntimeException {

  public TaxonomyException(String message) {
    super(message);
  }

  public TaxonomyException(String message, Throwable cause) {
    super(message, cause);
  }
}
