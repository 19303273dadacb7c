package org.presslens.training.entities;

import org.presslens.nlp.Polarity;
import org.presslens.analyzers.entities.sentiment.TargetSentimentModel;
import org.presslens.analyzers.entities.sentiment.TargetFeatures;
import org.presslens.training.newsmtsc.NewsMtsc;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;

/**
 * Turns NewsMTSC items into feature vectors and trains a {@link TargetSentimentModel}. Deterministic: the same data
 * and parameters give the same model.
 */
public final class TargetSentimentTraining {

  /**
   * Training parameters.
   *
   * @param l2              the L2 penalty
   * @param minCount        features seen in fewer training examples are dropped
   * @param balanced        weight the examples so that each class weighs the same (for macro-F1)
   * @param maxIterations   L-BFGS iterations at most
   * @param furtherMentions also train on the targets' other mentions in their sentence ({@code further_mentions})
   */
  public record Params(double l2, int minCount, boolean balanced, int maxIterations, boolean furtherMentions) {

    /** The parameters the shipped model was trained with (chosen on dev_rw and dev_mt; docs/entities.md). */
    public static final Params DEFAULT = new Params(32.0, 2, true, 300, true);
  }

  /** One target as the model sees it. */
  public record Example(Map<String, Double> features, Polarity label) {
  }

  private TargetSentimentTraining() {
  }

  /**
   * The examples of {@code items}, whose sentences must be in {@code annotated}. A target that cannot be placed on
   * tokens (no token overlaps it) is skipped.
   */
  public static List<Example> examples(List<NewsMtsc.Item> items, AnnotatedSentences annotated) {
    return examples(items, annotated, false);
  }

  /**
   * As {@link #examples(List, AnnotatedSentences)}; with {@code furtherMentions}, each other mention of a target in
   * its sentence (NewsMTSC's {@code further_mentions}, e.g. a pronoun) is one more example with the target's label.
   */
  public static List<Example> examples(List<NewsMtsc.Item> items, AnnotatedSentences annotated,
                                       boolean furtherMentions) {
    List<Example> out = new ArrayList<>();
    for (NewsMtsc.Item item : items) {
      NlpDocument doc = annotated.get(item.sentence());
      if (doc == null) {
        throw new IllegalArgumentException("sentence not annotated: " + item.sentence());
      }
      for (NewsMtsc.Target t : item.targets()) {
        Map<String, Double> features = features(doc, t.from(), t.to());
        if (features != null) {
          out.add(new Example(features, t.polarity()));
        }
        if (furtherMentions) {
          for (int[] m : t.furtherMentions()) {
            Map<String, Double> more = features(doc, m[0], m[1]);
            if (more != null) {
              out.add(new Example(more, t.polarity()));
            }
          }
        }
      }
    }
    return out;
  }

  /** The features of the char span {@code [from, to)} of a one-sentence document, or null when no token covers it. */
  public static Map<String, Double> features(NlpDocument doc, int from, int to) {
    for (Sentence s : doc.sentences()) {
      if (from >= s.end() || to <= s.begin()) {
        continue;
      }
      int first = -1;
      int end = -1;
      List<Token> tokens = s.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (t.begin() < to && t.end() > from) {
          if (first < 0) {
            first = i;
          }
          end = i + 1;
        }
      }
      if (first >= 0) {
        return TargetFeatures.extract(s, first, end, false);
      }
    }
    return null;
  }

  /** Trains a model on {@code examples}; {@code notes} are stored with it (provenance). */
  public static TargetSentimentModel train(List<Example> examples, Params params, List<String> notes) {
    List<Map<String, Double>> maps = new ArrayList<>();
    examples.forEach(e -> maps.add(e.features()));
    Map<String, Integer> index = SoftmaxRegression.index(maps, params.minCount());
    Map<Polarity, Integer> counts = new EnumMap<>(Polarity.class);
    examples.forEach(e -> counts.merge(e.label(), 1, Integer::sum));
    List<SoftmaxRegression.Example> data = new ArrayList<>();
    for (Example e : examples) {
      double weight = params.balanced()
          ? examples.size() / (double) (Polarity.values().length * counts.get(e.label())) : 1.0;
      data.add(SoftmaxRegression.example(e.features(), index, e.label().ordinal(), weight));
    }
    double[][] w = SoftmaxRegression.train(data, index.size(), Polarity.values().length, params.l2(),
        params.maxIterations());
    Map<String, double[]> weights = new LinkedHashMap<>();
    for (Map.Entry<String, Integer> e : index.entrySet()) {
      double[] v = w[e.getValue()];
      if (Math.abs(v[0]) + Math.abs(v[1]) + Math.abs(v[2]) > 1e-5) {
        weights.put(e.getKey(), v);
      }
    }
    List<String> allNotes = new ArrayList<>(notes);
    allNotes.add("params: l2=" + params.l2() + " minCount=" + params.minCount() + " balanced=" + params.balanced()
        + " maxIterations=" + params.maxIterations() + " furtherMentions=" + params.furtherMentions());
    allNotes.add("examples: " + examples.size() + " " + counts + "; features: " + weights.size());
    return new TargetSentimentModel(weights, allNotes);
  }
}
