package org.presslens.analyzers.entities.api;

/**
 * The type of an entity; {@link EntitiesResult.Entity#type()} is its {@link #name()} ("PERSON", "ORGANIZATION", ...),
 * kept a string in the result so that the JSON report and readers of older reports stay as they are.
 */
public enum EntityType {
  PERSON, ORGANIZATION, LOCATION, MISC, WORK_OF_ART;

  /** Whether {@code type}, an entity's type string, is this type. */
  public boolean is(String type) {
    return name().equals(type);
  }
}
