package org.presslens.analyzers.entities;

import java.util.Set;
import org.presslens.nlp.NlpLayer;
import org.presslens.result.EntitiesResult;
import org.presslens.spi.Analyzer;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.Config;
import org.presslens.spi.Requirement;

/** Provides the {@code entities} analyzer: the people, organisations and places of an article with their mentions. */
public final class EntitiesAnalyzerProvider implements AnalyzerProvider<EntitiesResult> {

  public static final String NAME = "entities";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String version() {
    return "0.1.0";
  }

  @Override
  public String description() {
    return "Named entities (people, organisations, places, other names) with their mentions and offsets";
  }

  @Override
  public Class<EntitiesResult> resultType() {
    return EntitiesResult.class;
  }

  @Override
  public Set<Requirement> requires(Config config) {
    return Set.of(NlpLayer.NER);
  }

  @Override
  public Analyzer<EntitiesResult> create(Config config) {
    return new EntitiesAnalyzer();
  }
}
