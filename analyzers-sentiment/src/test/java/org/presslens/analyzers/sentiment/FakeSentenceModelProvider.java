package org.presslens.analyzers.sentiment;

import java.util.List;
import org.presslens.analyzers.sentiment.api.SentenceSentimentModelProvider;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.PolarityProbabilities;
import org.presslens.nlp.Sentence;

/**
 * A sentence model plugin for tests ({@code fake}, rank 0, so never chosen by {@code auto}): a sentence that contains
 * "good" is positive (0.1, 0.3, 0.6), one that contains "bad" negative (0.8, 0.1, 0.1), any other neutral.
 */
public final class FakeSentenceModelProvider implements SentenceSentimentModelProvider {

  static int calls;

  @Override
  public String name() {
    return "fake";
  }

  @Override
  public String description() {
    return "test model";
  }

  @Override
  public int rank() {
    return 0;
  }

  @Override
  public Model load() {
    return (NlpDocument nlp, List<Sentence> sentences) -> {
      calls++;
      return sentences.stream().map(s -> {
        String text = String.join(" ", SentenceScorer.texts(s.tokens()));
        return text.contains("good") ? new PolarityProbabilities(0.1, 0.3, 0.6)
            : text.contains("bad") ? new PolarityProbabilities(0.8, 0.1, 0.1) : new PolarityProbabilities(0.2, 0.6, 0.2);
      }).toList();
    };
  }
}
