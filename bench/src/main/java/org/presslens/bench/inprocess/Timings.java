package org.presslens.bench.inprocess;

import java.util.ArrayList;
import java.util.List;
import org.presslens.bench.Stats;

/**
 * Interleaved timings of one {@link PipelinePair}, in milliseconds, indexed {@code [round][article]}.
 *
 * @param presslens the presslens pipeline's time per article
 * @param bare the bare CoreNLP pipeline's time per article
 * @param nlp the part of {@code presslens} spent in the NLP layer (the report's timing)
 * @param roundRatios per round, presslens time / bare time summed over the articles
 */
record Timings(double[][] presslens, double[][] bare, double[][] nlp, List<Double> roundRatios) {

  /** The rounds of several one-round timings as one. */
  static Timings merge(List<Timings> rounds) {
    double[][] p = new double[rounds.size()][];
    double[][] b = new double[rounds.size()][];
    double[][] n = new double[rounds.size()][];
    List<Double> ratios = new ArrayList<>();
    for (int i = 0; i < rounds.size(); i++) {
      p[i] = rounds.get(i).presslens()[0];
      b[i] = rounds.get(i).bare()[0];
      n[i] = rounds.get(i).nlp()[0];
      ratios.add(rounds.get(i).roundRatios().get(0));
    }
    return new Timings(p, b, n, ratios);
  }

  double presslensMsPerArticle() {
    return perArticle(presslens);
  }

  double bareMsPerArticle() {
    return perArticle(bare);
  }

  double nlpMsPerArticle() {
    return perArticle(nlp);
  }

  double analyzersMsPerArticle() {
    return presslensMsPerArticle() - nlpMsPerArticle();
  }

  /** The median over rounds of the round ratios. */
  double ratio() {
    return Stats.median(roundRatios);
  }

  /** The median over rounds of one article's presslens / bare time. */
  double articleRatio(int i) {
    List<Double> r = new ArrayList<>();
    for (int round = 0; round < presslens.length; round++) {
      r.add(presslens[round][i] / bare[round][i]);
    }
    return Stats.median(r);
  }

  /** The median over rounds of the mean time per article. */
  private static double perArticle(double[][] ms) {
    List<Double> perRound = new ArrayList<>();
    for (double[] round : ms) {
      perRound.add(Stats.sum(round) / round.length);
    }
    return Stats.median(perRound);
  }
}
