package org.rightslens.crawler.config;

/** A sources file that cannot be used; the message names the file and each key path at fault. */
public class ConfigException extends RuntimeException {

  public ConfigException(String message) {
    super(message);
  }
}
