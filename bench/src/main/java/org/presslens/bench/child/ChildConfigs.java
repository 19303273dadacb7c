package org.presslens.bench.child;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The analyzer configurations of the cold-start and memory runs. */
final class ChildConfigs {

  /** Name, and the CLI arguments before the inputs, in the order they run. */
  static final Map<String, List<String>> RUNS = runs();

  private ChildConfigs() {
  }

  private static Map<String, List<String>> runs() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("entities", List.of("--analyzers", "entities"));
    // the default targeted sentiment model is the encoder when presslens-encoder-models is on the class path
    m.put("entities (linear)", List.of("--analyzers", "entities", "-O", "entities.sentimentModel=linear"));
    m.put("sentiment (corenlp)", List.of("--analyzers", "sentiment", "-O", "sentiment.model=corenlp"));
    m.put("sentiment (lexicon)", List.of("--analyzers", "sentiment", "-O", "sentiment.model=lexicon"));
    m.put("all", List.of());
    m.put("all (linear)", List.of("-O", "entities.sentimentModel=linear"));
    return Collections.unmodifiableMap(m);
  }
}
