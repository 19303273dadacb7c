package org.presslens.analyzers.stance;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presslens.analyzers.stance.api.StanceResult;
import org.presslens.analyzers.stance.claim.ClaimModel;
import org.presslens.analyzers.stance.claim.ClaimStances;
import org.presslens.analyzers.stance.entity.EntityStances;
import org.presslens.analyzers.stance.topic.TopicModel;
import org.presslens.analyzers.stance.topic.TopicStances;
import org.presslens.spi.AnalysisContext;
import org.presslens.spi.Analyzer;

/**
 * Entity, topic and claim stances of one article, in that order (topics and claims in the order given). Thread-safe:
 * holds only immutable models.
 */
final class StanceAnalyzer implements Analyzer<StanceResult> {
  private final List<String> targets;
  private final int entityCount;
  private final Map<String, TopicModel> topics;
  private final List<String> claims;
  private final ClaimModel claimModel;

  StanceAnalyzer(List<String> targets, int entityCount, Map<String, TopicModel> topics, List<String> claims,
                 ClaimModel claimModel) {
    this.targets = List.copyOf(targets);
    this.entityCount = entityCount;
    this.topics = Collections.unmodifiableMap(new LinkedHashMap<>(topics)); // in the order given, as the claims
    this.claims = List.copyOf(claims);
    this.claimModel = claimModel;
  }

  @Override
  public StanceResult analyze(AnalysisContext context) {
    List<StanceResult.Stance> stances = new ArrayList<>(EntityStances.analyze(new EntityStances.Input(
        context.article(), context.nlp(), context.result(StanceAnalyzerProvider.ENTITIES),
        context.result(StanceAnalyzerProvider.SENTIMENT)), targets, entityCount));
    topics.forEach((name, model) -> stances.add(TopicStances.analyze(context.article(), context.nlp(), name, model)));
    for (String claim : claims) {
      stances.add(ClaimStances.analyze(context.article(), context.nlp(), claim, claimModel));
    }
    return new StanceResult(stances);
  }
}
