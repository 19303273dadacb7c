package org.presslens.spi;

/** A configuration that names an unknown option or gives a value that does not fit its option. */
public class ConfigException extends IllegalArgumentException {

  public ConfigException(String message) {
    super(message);
  }
}
