package org.presslens.bench.inprocess;

import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import org.presslens.bench.BareCoreNlp;
import org.presslens.bench.Machine;
import org.presslens.bench.PipelineBenchmark.Settings;
import org.presslens.bench.SectionContext;
import org.presslens.bench.Stats;
import org.presslens.bench.Table;
import org.presslens.pipeline.AnalyzerRegistry;
import org.presslens.pipeline.Pipeline;

/**
 * The {@code overhead} section: the full pipeline (every analyzer found) against one bare
 * {@code StanfordCoreNLP.annotate} with the union of its annotators and the same properties
 * ({@link BareCoreNlp#forLayers}); and each analyzer (with the analyzers whose results it needs) against its own bare
 * annotator set. Every pair is warmed up before any is measured; each round then times every pair in turn,
 * interleaved per article. The ratio is the median over rounds of (presslens time / bare time) summed over the
 * articles.
 *
 * @param context the run's settings, table and log
 * @param pipelines the pipelines, the full one shared with the other in-process sections
 */
public record OverheadSection(SectionContext context, InProcessPipelines pipelines) {

  /** Measures, adds the rows to the table and returns the section's JSON. */
  public Map<String, Object> run() {
    Settings s = context.settings();
    Table table = context.table();
    List<PipelinePair> pairs = pairs();
    table.section(String.format(Locale.ROOT, "overhead over the floor: %d articles (%d words), %d warm-up + %d"
        + " rounds, interleaved; load %.1f", s.articles().size(), s.words(), s.warmup(), s.rounds(), Machine.load1()));
    table.row("  %-38s %-42s %12s %12s %8s %9s", "presslens", "bare CoreNLP annotators", "presslens ms", "bare ms",
        "ratio", "target");
    // every pair is warmed up before any is measured, and each round measures every pair in turn, so that JIT
    // warm-up and changes in the machine's load fall on all of them alike
    Interleaving interleaving = new Interleaving(context);
    interleaving.warmUp(pairs, s.articles(), s.warmup());
    List<List<Timings>> perRound = new ArrayList<>();
    for (int r = 0; r < s.rounds(); r++) {
      List<Timings> round = new ArrayList<>();
      for (PipelinePair pair : pairs) {
        round.add(interleaving.measure(pair, s.articles(), 1, r));
      }
      perRound.add(round);
      context.progress("  round %d done (load %.1f)%n", r + 1, Machine.load1());
    }
    Map<String, Object> rows = new LinkedHashMap<>();
    for (int k = 0; k < pairs.size(); k++) {
      PipelinePair pair = pairs.get(k);
      List<Timings> rounds = new ArrayList<>();
      for (List<Timings> round : perRound) {
        rounds.add(round.get(k));
      }
      rows.put(pair.label(), row(pair, Timings.merge(rounds)));
    }
    StanfordCoreNLP.clearAnnotatorPool();
    Map<String, Object> part = new LinkedHashMap<>();
    part.put("pairs", rows);
    return part;
  }

  /** The full pipeline, then (with more than one analyzer) each analyzer with its producers. */
  private List<PipelinePair> pairs() {
    Pipeline full = pipelines.full();
    List<PipelinePair> pairs = new ArrayList<>();
    pairs.add(pair("all " + full.analyzerNames(), full));
    AnalyzerRegistry registry = AnalyzerRegistry.discover();
    if (full.analyzerNames().size() > 1) {
      for (String name : full.analyzerNames()) {
        List<String> selection = pipelines.withProducers(registry, name);
        pairs.add(pair(selection.size() == 1 ? name : name + " (+" + String.join(",",
            selection.subList(0, selection.size() - 1)) + ")", pipelines.of(selection)));
      }
    }
    return pairs;
  }

  private PipelinePair pair(String label, Pipeline pipeline) {
    Properties props = BareCoreNlp.forLayers(pipeline.nlpLayers(), pipelines.nlpOptions());
    context.progress("loading bare CoreNLP [%s]%n", props.getProperty("annotators"));
    return new PipelinePair(label, pipeline, new StanfordCoreNLP(props), props.getProperty("annotators"));
  }

  /** The pair's JSON row, after adding its two table lines. */
  private Map<String, Object> row(PipelinePair pair, Timings t) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("annotators", pair.annotators());
    row.put("presslensMsPerArticle", Stats.round(t.presslensMsPerArticle(), 1));
    row.put("bareMsPerArticle", Stats.round(t.bareMsPerArticle(), 1));
    row.put("ratio", Stats.round(t.ratio(), 3));
    row.put("nlpMsPerArticle", Stats.round(t.nlpMsPerArticle(), 1));
    row.put("analyzersMsPerArticle", Stats.round(t.analyzersMsPerArticle(), 1));
    row.put("roundRatios", t.roundRatios().stream().map(r -> Stats.round(r, 3)).toList());
    context.table().row("  %-38s %-42s %12.0f %12.0f %8.3f %9s", pair.label(), pair.annotators(),
        t.presslensMsPerArticle(), t.bareMsPerArticle(), t.ratio(), "<= 1.05");
    context.table().row("  %-38s   of which: nlp layer %.0f ms, analyzers %.0f ms per article", "",
        t.nlpMsPerArticle(), t.analyzersMsPerArticle());
    return row;
  }
}
