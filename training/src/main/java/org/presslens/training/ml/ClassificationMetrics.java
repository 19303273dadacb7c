package org.presslens.training.ml;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.presslens.nlp.Polarity;

/** Accuracy, per-class and macro F1 of a three-class {@link Polarity} prediction run; accumulate with {@link #add}. */
public final class ClassificationMetrics {
  private final Metrics metrics = new Metrics(Polarity.values().length);

  public void add(Polarity gold, Polarity predicted) {
    metrics.add(gold.ordinal(), predicted.ordinal());
  }

  public int n() {
    return metrics.count();
  }

  public double accuracy() {
    return metrics.accuracy();
  }

  public double f1(Polarity c) {
    return metrics.f1(c.ordinal());
  }

  public double f1Macro() {
    return metrics.macroF1();
  }

  /** {@code confusion[gold][predicted]}. */
  public int[][] confusion() {
    return metrics.confusion();
  }

  /** The figures as an ordered map (for JSON). */
  public Map<String, Object> toMap() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("n", n());
    m.put("accuracy", Metrics.round(accuracy()));
    m.put("f1_macro", Metrics.round(f1Macro()));
    Map<String, Object> perClass = new LinkedHashMap<>();
    for (Polarity c : Polarity.values()) {
      perClass.put(c.name().toLowerCase(Locale.ROOT), Metrics.round(f1(c)));
    }
    m.put("f1_per_class", perClass);
    return m;
  }
}
