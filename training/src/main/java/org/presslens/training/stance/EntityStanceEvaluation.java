package org.presslens.training.stance;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import org.presslens.training.ml.Metrics;
import org.presslens.analyzers.stance.api.StanceResult;
import org.presslens.analyzers.stance.api.StanceResult.Label;

/**
 * Scores entity stances against gold labels: confusion matrix, per-label precision / recall / F1, accuracy,
 * macro-F1 over FAVOR / AGAINST / NONE, F_avg (mean F1 of FAVOR and AGAINST), accuracy by confidence bucket
 * (calibration), the gold high- and medium-confidence subsets, and the worst errors.
 */
public final class EntityStanceEvaluation {

  /** The labels scored, in matrix order. */
  public static final List<Label> LABELS = List.of(Label.FAVOR, Label.AGAINST, Label.NONE);
  /** Lower bounds of the confidence buckets of the calibration table. */
  static final double[] BUCKETS = {0, 0.3, 0.5, 0.6, 0.7, 0.8, 0.9};

  private EntityStanceEvaluation() {
  }

  /** One scored target: the gold record and the system's stance ({@code matched}: found among the entities). */
  public record Case(String file, EntityStanceGold.Target gold, StanceResult.Stance predicted) {

    public boolean matched() {
      return predicted.entityId() != null;
    }

    public boolean right() {
      return predicted.label() == gold.stance();
    }
  }

  /** Figures of one subset of cases. */
  public record Figures(int n, int[][] confusion, Map<Label, double[]> prf, double accuracy, double macroF1,
                        double fAvg) {

    static Figures of(List<Case> cases) {
      Metrics m = new Metrics(LABELS.size());
      for (Case c : cases) {
        m.add(LABELS.indexOf(c.gold().stance()), LABELS.indexOf(c.predicted().label()));
      }
      Map<Label, double[]> prf = new LinkedHashMap<>();
      for (int i = 0; i < LABELS.size(); i++) {
        prf.put(LABELS.get(i), new double[] {m.precision(i), m.recall(i), m.f1(i)});
      }
      return new Figures(m.count(), m.confusion(), prf, m.accuracy(), m.macroF1(), m.fAvg(0, 1));
    }

    Map<String, Object> json() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("n", n);
      out.put("accuracy", Metrics.round(accuracy));
      out.put("macro_f1", Metrics.round(macroF1));
      out.put("f_avg", Metrics.round(fAvg));
      prf.forEach((l, v) -> out.put("f1_" + l.name().toLowerCase(Locale.ROOT), Metrics.round(v[2])));
      return out;
    }
  }

  /** The whole evaluation. */
  public record Result(List<Case> cases, Figures all, Figures high, Figures medium, List<Bucket> calibration,
                       List<Case> unmatched) {

    /** The JSON summary (the last output line of {@code eval entity-stance}). */
    public Map<String, Object> json() {
      Map<String, Object> out = new LinkedHashMap<>();
      out.put("task", "entity-stance");
      out.putAll(all.json());
      Map<String, Object> confusion = new LinkedHashMap<>();
      for (int g = 0; g < LABELS.size(); g++) {
        Map<String, Object> row = new LinkedHashMap<>();
        for (int p = 0; p < LABELS.size(); p++) {
          row.put(LABELS.get(p).name(), all.confusion()[g][p]);
        }
        confusion.put(LABELS.get(g).name(), row);
      }
      out.put("confusion", confusion);
      out.put("high", high.json());
      out.put("medium", medium.json());
      List<Map<String, Object>> cal = new ArrayList<>();
      for (Bucket b : calibration) {
        if (b.n() > 0) {
          Map<String, Object> bucket = new LinkedHashMap<>(); // a fixed key order (Map.of's varies between runs)
          bucket.put("from", b.from());
          bucket.put("n", b.n());
          bucket.put("accuracy", Metrics.round(b.accuracy()));
          cal.add(bucket);
        }
      }
      out.put("calibration", cal);
      out.put("unmatched", unmatched.size());
      return out;
    }

    /** A human-readable report: matrix, per-label figures, subsets, calibration, unmatched targets, worst errors. */
    public String text(int worst) {
      StringBuilder sb = new StringBuilder();
      sb.append(String.format(Locale.ROOT, "entity stance: %d targets, accuracy %.4f, macro-F1 %.4f, F_avg %.4f%n",
          all.n(), all.accuracy(), all.macroF1(), all.fAvg()));
      sb.append(String.format(Locale.ROOT, "%-14s %8s %8s %8s%n", "gold \\ system", "FAVOR", "AGAINST", "NONE"));
      for (int g = 0; g < LABELS.size(); g++) {
        sb.append(String.format(Locale.ROOT, "%-14s %8d %8d %8d%n", LABELS.get(g), all.confusion()[g][0],
            all.confusion()[g][1], all.confusion()[g][2]));
      }
      all.prf().forEach((l, v) -> sb.append(String.format(Locale.ROOT, "%-8s P %.3f  R %.3f  F1 %.3f%n", l, v[0],
          v[1], v[2])));
      sb.append(String.format(Locale.ROOT, "gold confidence high:   n %d, accuracy %.4f, macro-F1 %.4f, F_avg %.4f%n",
          high.n(), high.accuracy(), high.macroF1(), high.fAvg()));
      sb.append(String.format(Locale.ROOT, "gold confidence medium: n %d, accuracy %.4f, macro-F1 %.4f, F_avg %.4f%n",
          medium.n(), medium.accuracy(), medium.macroF1(), medium.fAvg()));
      sb.append("accuracy by system confidence:\n");
      for (Bucket b : calibration) {
        if (b.n() > 0) {
          sb.append(String.format(Locale.ROOT, "  >= %.1f: n %3d, accuracy %.3f%n", b.from(), b.n(), b.accuracy()));
        }
      }
      if (!unmatched.isEmpty()) {
        sb.append(unmatched.size()).append(" gold entities not matched to an entity of their article"
            + " (scored from the name's occurrences in the text):\n");
        for (Case c : unmatched) {
          sb.append("  ").append(c.file()).append(": ").append(c.gold().entity()).append('\n');
        }
      }
      List<Case> errors = new ArrayList<>(cases.stream().filter(c -> !c.right()).toList());
      errors.sort(Comparator.comparingDouble((Case c) -> -c.predicted().confidence()));
      sb.append("worst errors (most confident first):\n");
      for (Case c : errors.subList(0, Math.min(worst, errors.size()))) {
        sb.append(String.format(Locale.ROOT, "  %s | %s: gold %s (%s), system %s (confidence %.2f, score %.2f)%n",
            c.file(), c.gold().entity(), c.gold().stance(), c.gold().confidence(), c.predicted().label(),
            c.predicted().confidence(), c.predicted().score()));
        sb.append("    gold evidence: ").append(c.gold().evidence()).append('\n');
        for (StanceResult.Evidence e : c.predicted().evidence().subList(0,
            Math.min(2, c.predicted().evidence().size()))) {
          sb.append(String.format(Locale.ROOT, "    system %s %.2f: %s%n", e.label(), e.weight(),
              abbreviate(e.text(), 200)));
        }
      }
      return sb.toString();
    }
  }

  /** Accuracy of the cases whose system confidence is at least {@code from} (and below the next bucket). */
  public record Bucket(double from, int n, double accuracy) {
  }

  /** Scores {@code cases}. */
  public static Result evaluate(List<Case> cases) {
    List<Bucket> buckets = new ArrayList<>();
    for (int b = 0; b < BUCKETS.length; b++) {
      double from = BUCKETS[b];
      double to = b + 1 < BUCKETS.length ? BUCKETS[b + 1] : Double.POSITIVE_INFINITY;
      List<Case> in = cases.stream().filter(c -> c.predicted().confidence() >= from
          && c.predicted().confidence() < to).toList();
      buckets.add(new Bucket(from, in.size(), in.isEmpty() ? 0
          : in.stream().filter(Case::right).count() / (double) in.size()));
    }
    return new Result(List.copyOf(cases), Figures.of(cases), Figures.of(subset(cases, "high")),
        Figures.of(subset(cases, "medium")), buckets, cases.stream().filter(c -> !c.matched()).toList());
  }

  private static List<Case> subset(List<Case> cases, String confidence) {
    Predicate<Case> p = c -> confidence.equalsIgnoreCase(c.gold().confidence());
    return cases.stream().filter(p).toList();
  }

  private static String abbreviate(String s, int max) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= max ? one : one.substring(0, max - 3) + "...";
  }
}
