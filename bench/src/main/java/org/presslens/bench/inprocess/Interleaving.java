package org.presslens.bench.inprocess;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.List;
import org.presslens.bench.Machine;
import org.presslens.bench.SectionContext;
import org.presslens.bench.Stats;
import org.presslens.model.Article;
import org.presslens.pipeline.Pipeline;
import org.presslens.report.AnalysisReport;

/** Runs both sides of {@link PipelinePair}s over the same articles, untimed to warm up or timed in turn. */
final class Interleaving {
  private final SectionContext context;

  Interleaving(SectionContext context) {
    this.context = context;
  }

  /** {@code rounds} untimed rounds, each running every pair in turn over {@code articles}. */
  void warmUp(List<PipelinePair> pairs, List<Article> articles, int rounds) {
    for (int w = 0; w < rounds; w++) {
      for (PipelinePair pair : pairs) {
        for (Article a : articles) {
          pair.pipeline().analyze(a);
          pair.bare().annotate(new Annotation(a.text()));
        }
      }
      context.progress("  warm-up round %d done (load %.1f)%n", w + 1, Machine.load1());
    }
  }

  /**
   * Times each article with both sides, alternating which goes first by article and by round ({@code firstRound} is
   * the number of the first round, for callers that measure one round at a time).
   */
  Timings measure(PipelinePair pair, List<Article> articles, int rounds, int firstRound) {
    int n = articles.size();
    double[][] p = new double[rounds][n];
    double[][] b = new double[rounds][n];
    double[][] nlp = new double[rounds][n];
    List<Double> ratios = new ArrayList<>();
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < n; i++) {
        Article a = articles.get(i);
        if ((firstRound + r + i) % 2 == 0) {
          p[r][i] = timePipeline(pair.pipeline(), a, nlp[r], i);
          b[r][i] = timeBare(pair.bare(), a);
        } else {
          b[r][i] = timeBare(pair.bare(), a);
          p[r][i] = timePipeline(pair.pipeline(), a, nlp[r], i);
        }
      }
      ratios.add(Stats.sum(p[r]) / Stats.sum(b[r]));
      context.progress("    presslens %.0f ms, bare %.0f ms, ratio %.3f (load %.1f)%n", Stats.sum(p[r]),
          Stats.sum(b[r]), ratios.get(r), Machine.load1());
    }
    return new Timings(p, b, nlp, ratios);
  }

  private static double timePipeline(Pipeline pipeline, Article a, double[] nlpMs, int i) {
    long t = System.nanoTime();
    AnalysisReport report = pipeline.analyze(a);
    double ms = (System.nanoTime() - t) / 1e6;
    if (!report.failures().isEmpty()) {
      throw new IllegalStateException(a.source() + ": " + report.failures());
    }
    nlpMs[i] = report.timingsMs().getOrDefault(Pipeline.NLP, 0L);
    return ms;
  }

  private static double timeBare(StanfordCoreNLP bare, Article a) {
    long t = System.nanoTime();
    bare.annotate(new Annotation(a.text()));
    return (System.nanoTime() - t) / 1e6;
  }
}
