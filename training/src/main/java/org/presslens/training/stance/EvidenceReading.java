package org.presslens.training.stance;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.analyzers.stance.api.StanceResult;
import org.presslens.analyzers.stance.api.StanceResult.Label;

/**
 * A diagnostic of {@code eval entity-stance --gold-evidence}: each target's stance read from the annotator's own
 * evidence quotation alone, analyzed as a one-paragraph article by the {@code entities} and {@code sentiment}
 * analyzers. The sentence that carries the stance is given, so attribution and pooling play no part: the figures
 * bound what the sentiment models read of the author's stance in the sentences that show it. Two readings:
 * <ul>
 *   <li>{@link Signal#SENTENCE}: the mean score of the quotation's sentences (every quotation has one);</li>
 *   <li>{@link Signal#TARGETED}: the entity-level targeted sentiment of the gold entity, where the quotation names it
 *   (a quotation may refer to it only by a pronoun or a description).</li>
 * </ul>
 * A score at or beyond the entity-stance rule's bar, {@value #BAR}, is FAVOR or AGAINST, else NONE.
 */
public final class EvidenceReading {

  /** The bar of the entity-stance rule for people and organisations. */
  public static final double BAR = 0.1;

  /** Which score of the analyzed quotation is read. */
  public enum Signal {
    SENTENCE, TARGETED
  }

  private EvidenceReading() {
  }

  /** FAVOR, AGAINST or NONE for a score, at {@link #BAR}. */
  public static Label label(double score) {
    return score >= BAR ? Label.FAVOR : score <= -BAR ? Label.AGAINST : Label.NONE;
  }

  /** The mean score of the scored sentences, or empty when none was scored. */
  public static OptionalDouble sentenceScore(SentimentResult sentiment) {
    return sentiment == null ? OptionalDouble.empty() : sentiment.sentences().stream()
        .filter(s -> s.score() != null).mapToDouble(SentimentResult.SentenceSentiment::score).average();
  }

  /**
   * The targeted sentiment of the entity that {@code name} names (its name tokens all among the entity's, or the
   * entity's all among them, as "Obama" and "President Barack Obama"; the most mentioned such entity), or empty when the quotation does not
   * name it or it has no sentiment.
   */
  public static OptionalDouble targetedScore(EntitiesResult entities, String name) {
    if (entities == null) {
      return OptionalDouble.empty();
    }
    Set<String> wanted = tokens(name);
    EntitiesResult.Entity best = null;
    for (EntitiesResult.Entity e : entities.entities()) {
      Set<String> have = tokens(e.name());
      if (e.sentiment() == null || wanted.isEmpty() || have.isEmpty()
          || !(have.containsAll(wanted) || wanted.containsAll(have))) {
        continue;
      }
      if (best == null || e.mentions().size() > best.mentions().size()) {
        best = e;
      }
    }
    return best == null ? OptionalDouble.empty() : OptionalDouble.of(best.sentiment().score());
  }

  private static Set<String> tokens(String name) {
    Set<String> out = new java.util.HashSet<>();
    for (String t : name.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /** A gold target and its reading (a {@link StanceResult.Stance} so that {@link EntityStanceEvaluation} scores it). */
  public static EntityStanceEvaluation.Case reading(String file, EntityStanceGold.Target gold, double score,
                                                    Signal signal) {
    StanceResult.Stance stance = new StanceResult.Stance(gold.entity(), StanceResult.TargetKind.ENTITY,
        "gold-evidence", label(score), Math.min(1, Math.abs(score)), score, List.of(),
        "gold-evidence-" + signal.name().toLowerCase(Locale.ROOT));
    return new EntityStanceEvaluation.Case(file, gold, stance);
  }

  /** The figures of each reading: one line each and its matrix, as text. */
  public static String text(Map<Signal, List<EntityStanceEvaluation.Case>> readings, int goldTargets) {
    StringBuilder sb = new StringBuilder();
    sb.append("gold evidence read alone (a bound on the sentence reading, not a system figure):\n");
    readings.forEach((signal, cases) -> {
      EntityStanceEvaluation.Figures f = EntityStanceEvaluation.Figures.of(cases);
      sb.append(String.format(Locale.ROOT, "  %-8s n %d of %d, accuracy %.4f, macro-F1 %.4f, F_avg %.4f;"
          + " rows gold FAVOR/AGAINST/NONE: %s%n", signal.name().toLowerCase(Locale.ROOT), f.n(), goldTargets,
          f.accuracy(), f.macroF1(), f.fAvg(), rows(f.confusion())));
    });
    return sb.toString();
  }

  /** The JSON of each reading (figures and confusion), keyed by its lower-case name. */
  public static Map<String, Object> json(Map<Signal, List<EntityStanceEvaluation.Case>> readings) {
    Map<String, Object> out = new LinkedHashMap<>();
    readings.forEach((signal, cases) -> {
      EntityStanceEvaluation.Figures f = EntityStanceEvaluation.Figures.of(cases);
      Map<String, Object> one = new LinkedHashMap<>(f.json());
      List<List<Integer>> matrix = new ArrayList<>();
      for (int[] row : f.confusion()) {
        matrix.add(java.util.Arrays.stream(row).boxed().toList());
      }
      one.put("confusion", matrix);
      out.put(signal.name().toLowerCase(Locale.ROOT), one);
    });
    return out;
  }

  private static String rows(int[][] confusion) {
    List<String> rows = new ArrayList<>();
    for (int[] row : confusion) {
      rows.add(row[0] + "/" + row[1] + "/" + row[2]);
    }
    return String.join(", ", rows);
  }
}
