package org.presslens.analyzers.entities.sentiment;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.presslens.nlp.PolarityProbabilities;
import org.presslens.analyzers.entities.api.SentimentTarget;
import org.presslens.analyzers.entities.api.TargetSentimentModelProvider;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpLayer;

/**
 * The model plugin {@code linear}: the entities analyzer's own {@link TargetSentimentModel} (a softmax over
 * {@link TargetFeatures} of the parsed sentence), fast, rank 0. It reads the NLP layer {@code SENTIMENT} (parse and
 * sentence sentiment).
 */
public final class LinearTargetSentimentProvider implements TargetSentimentModelProvider {

  /** The provider's name. */
  public static final String NAME = "linear";

  /** The shipped model, read once per JVM on first use. */
  private static final class Shipped {
    static final Model MODEL = of(TargetSentimentModel.loadDefault());
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public String description() {
    return "softmax regression over features of the parsed sentence (NewsMTSC dev_rw 0.686 / dev_mt 0.651 macro-F1)";
  }

  @Override
  public int rank() {
    return 0;
  }

  @Override
  public Set<NlpLayer<?>> requires() {
    return Set.of(NlpLayer.SENTIMENT);
  }

  @Override
  public Model load() {
    return Shipped.MODEL;
  }

  /** The model of a file written by {@code presslens train entity-sentiment}. */
  public static Model load(Path file) {
    return of(TargetSentimentModel.load(file));
  }

  /** {@code model} as a model plugin's model. */
  public static Model of(TargetSentimentModel model) {
    return new Linear(model);
  }

  /** A linear model as a {@link TargetSentimentModelProvider.Model}. */
  private record Linear(TargetSentimentModel model) implements Model {

    @Override
    public boolean applies(NlpDocument nlp) {
      return nlp.sentences().stream().anyMatch(s -> s.parse() != null);
    }

    @Override
    public List<PolarityProbabilities> predict(List<SentimentTarget> targets) {
      List<PolarityProbabilities> out = new ArrayList<>(targets.size());
      for (SentimentTarget t : targets) {
        out.add(PolarityProbabilities.of(
            model.predict(t.sentence(), t.firstToken(), t.endToken(), t.quoted()).probabilities()));
      }
      return out;
    }
  }
}
