package org.presslens.models.encoder.heads;

import java.util.Set;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.encoder.engine.EncoderEngine;
import org.presslens.spi.ModelProvider;

/**
 * Base of the model plugins made of frozen heads ({@link FrozenHead}) over the shared encoder layer: a name, a
 * description and a rank, and the one layer they read, {@link EncoderEngine#TOKEN_STATES} (computed once per article
 * by the encoder engine for every analyzer that reads it). A subclass adds the {@code load()} of its model SPI, with
 * its heads read from class-path resources ({@link FrozenHead#fromResource}) once per JVM.
 */
public abstract class FrozenHeadProvider implements ModelProvider {

  private final String name;
  private final String description;
  private final int rank;

  /** A provider with these {@link ModelProvider} properties. */
  protected FrozenHeadProvider(String name, String description, int rank) {
    this.name = name;
    this.description = description;
    this.rank = rank;
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String description() {
    return description;
  }

  @Override
  public final int rank() {
    return rank;
  }

  /** The shared encoder layer {@link EncoderEngine#TOKEN_STATES}. */
  @Override
  public final Set<NlpLayer<?>> requires() {
    return Set.of(EncoderEngine.TOKEN_STATES);
  }
}
