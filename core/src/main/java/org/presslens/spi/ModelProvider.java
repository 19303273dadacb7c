package org.presslens.spi;

import java.util.Set;
import org.presslens.nlp.NlpLayer;

/**
 * A model plugin: one of several interchangeable models for one job of an analyzer (the entities analyzer's targeted
 * sentiment, for example), chosen by an analyzer option. Each job has its own sub-interface in the analyzer's
 * {@code api} package, which adds the method that loads the model; implementations are found with
 * {@link java.util.ServiceLoader} under that sub-interface and looked up by name with {@link ModelProviders}.
 * A provider is cheap to construct (public no-arg constructor, no model loading).
 */
public interface ModelProvider {

  /** The stable, lower-case name ({@code [a-z][a-z0-9-]*}) that selects the model, e.g. {@code linear}. */
  String name();

  /** One line saying what the model is. */
  String description();

  /**
   * The rank under the option value {@link ModelProviders#AUTO}: the available provider with the highest rank is
   * used (a model that ships inside its analyzer ranks 0, a better, heavier plugin higher).
   */
  int rank();

  /** The NLP layers the model reads, beyond what its analyzer needs anyway; none by default. */
  default Set<NlpLayer<?>> requires() {
    return Set.of();
  }
}
