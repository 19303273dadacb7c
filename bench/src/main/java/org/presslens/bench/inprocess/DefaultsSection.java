package org.presslens.bench.inprocess;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.presslens.bench.BareCoreNlp;
import org.presslens.bench.Machine;
import org.presslens.bench.PipelineBenchmark.Settings;
import org.presslens.bench.SectionContext;
import org.presslens.bench.Stats;

/**
 * The {@code defaults} section: the full pipeline against CoreNLP's defaults for
 * {@value BareCoreNlp#DEFAULT_ANNOTATORS} (PCFG parser, full NER), interleaved per article after at most one warm-up
 * round; with the worst article's ratio.
 *
 * @param context the run's settings, table and log
 * @param pipelines the pipelines, the full one shared with the other in-process sections
 */
public record DefaultsSection(SectionContext context, InProcessPipelines pipelines) {

  /** Measures, adds the rows to the table and returns the section's JSON. */
  public Map<String, Object> run() {
    Settings s = context.settings();
    PipelinePair pair = new PipelinePair("all", pipelines.full(), defaults(), BareCoreNlp.DEFAULT_ANNOTATORS);
    int rounds = Math.max(1, s.rounds());
    Interleaving interleaving = new Interleaving(context);
    interleaving.warmUp(List.of(pair), s.articles(), Math.min(1, s.warmup()));
    Timings t = interleaving.measure(pair, s.articles(), rounds, 0);
    double perArticleWorst = 0;
    for (int i = 0; i < s.articles().size(); i++) {
      perArticleWorst = Math.max(perArticleWorst, t.articleRatio(i));
    }
    context.table().section(String.format(Locale.ROOT, "against CoreNLP defaults [%s] (PCFG, full NER): %d articles,"
        + " %d round(s); load %.1f", BareCoreNlp.DEFAULT_ANNOTATORS, s.articles().size(), rounds, Machine.load1()));
    context.table().row("  presslens all %.0f ms/article, CoreNLP defaults %.0f ms/article: %.3fx"
            + " (worst article %.3fx; target <= 0.3x)", t.presslensMsPerArticle(), t.bareMsPerArticle(), t.ratio(),
        perArticleWorst);
    Map<String, Object> part = new LinkedHashMap<>();
    part.put("presslensMsPerArticle", Stats.round(t.presslensMsPerArticle(), 1));
    part.put("defaultsMsPerArticle", Stats.round(t.bareMsPerArticle(), 1));
    part.put("ratio", Stats.round(t.ratio(), 3));
    part.put("worstArticleRatio", Stats.round(perArticleWorst, 3));
    StanfordCoreNLP.clearAnnotatorPool();
    return part;
  }

  private StanfordCoreNLP defaults() {
    context.note("loading bare CoreNLP with its defaults [" + BareCoreNlp.DEFAULT_ANNOTATORS + "] (PCFG, full NER)");
    return new StanfordCoreNLP(BareCoreNlp.defaults());
  }
}
