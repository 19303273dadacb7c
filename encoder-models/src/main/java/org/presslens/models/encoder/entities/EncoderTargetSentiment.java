package org.presslens.models.encoder.entities;

import java.util.ArrayList;
import java.util.List;
import org.presslens.nlp.PolarityProbabilities;
import org.presslens.analyzers.entities.api.SentimentTarget;
import org.presslens.analyzers.entities.api.TargetSentimentModelProvider;
import org.presslens.nlp.encoder.targeted.TargetedSentiment;

/**
 * {@link TargetedSentiment} as the entities analyzer's targeted sentiment model: the targets of one article (each
 * its sentence's text and its chars in it) in one batched encoder call. Thread-safe.
 */
final class EncoderTargetSentiment implements TargetSentimentModelProvider.Model {

  private final TargetedSentiment sentiment;

  EncoderTargetSentiment(TargetedSentiment sentiment) {
    this.sentiment = sentiment;
  }

  @Override
  public List<PolarityProbabilities> predict(List<SentimentTarget> targets) {
    List<TargetedSentiment.Target> inputs = new ArrayList<>(targets.size());
    for (SentimentTarget t : targets) {
      inputs.add(new TargetedSentiment.Target(t.sentenceText(), t.from(), t.to()));
    }
    List<PolarityProbabilities> out = new ArrayList<>(targets.size());
    for (float[] p : sentiment.predict(inputs)) {
      out.add(PolarityProbabilities.of(p));
    }
    return out;
  }
}
