package org.rightslens.app.importing;

/** An import file that cannot be read at all; the message says why. */
public class InvalidImportException extends RuntimeException {

  public InvalidImportException(String message) {
    super(message);
  }
}
