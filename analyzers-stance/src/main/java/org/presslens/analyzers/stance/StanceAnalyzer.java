package org.presslens.analyzers.stance;

import com.google.common.base.Supplier;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.presslens.analyzers.stance.api.StanceResult;
import org.presslens.analyzers.stance.api.TopicStanceModelProvider;
import org.presslens.analyzers.stance.claim.ClaimModel;
import org.presslens.analyzers.stance.claim.ClaimStances;
import org.presslens.analyzers.stance.entity.EntityStances;
import org.presslens.analyzers.stance.topic.TopicModels;
import org.presslens.analyzers.stance.topic.TopicStances;
import org.presslens.spi.AnalysisContext;
import org.presslens.spi.Analyzer;
import org.presslens.spi.ConfigException;

/**
 * Entity, topic and claim stances of one article, in that order (topics and claims in the order given). The targets,
 * topics and claims are the article's ({@link AnalysisContext#option}: given with the article, else the pipeline's).
 * Thread-safe: holds only immutable models, loaded once.
 */
final class StanceAnalyzer implements Analyzer<StanceResult> {
  private final int entityCount;
  private final TopicStanceModelProvider.Model topicModel;
  private final Supplier<ClaimModel> claimModel;

  StanceAnalyzer(int entityCount, TopicStanceModelProvider.Model topicModel, Supplier<ClaimModel> claimModel) {
    this.entityCount = entityCount;
    this.topicModel = topicModel;
    this.claimModel = claimModel;
  }

  @Override
  public StanceResult analyze(AnalysisContext context) {
    List<StanceResult.Stance> stances = new ArrayList<>(EntityStances.analyze(new EntityStances.Input(
        context.article(), context.nlp(), context.result(StanceAnalyzerProvider.ENTITIES),
        context.result(StanceAnalyzerProvider.SENTIMENT)), context.option(StanceAnalyzerProvider.TARGETS),
        entityCount));
    for (String topic : new LinkedHashSet<>(context.option(StanceAnalyzerProvider.TOPICS))) {
      if (!topicModel.knows(TopicModels.canonical(topic))) {
        throw new ConfigException("stance: no topic model for '" + topic + "'; the shipped topics are "
            + TopicModels.SHIPPED);
      }
      stances.add(TopicStances.analyze(context.article(), context.nlp(), topic, topicModel));
    }
    for (String claim : context.option(StanceAnalyzerProvider.CLAIMS)) {
      stances.add(ClaimStances.analyze(context.article(), context.nlp(), claim, claimModel.get()));
    }
    return new StanceResult(stances);
  }
}
