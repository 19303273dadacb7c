package org.presslens.training.sentiment;

import org.presslens.analyzers.sentiment.SentenceScorer;
import org.presslens.analyzers.sentiment.SentimentAnalyzerProvider;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.pipeline.Pipeline;
import org.presslens.report.AnalysisReport;

/**
 * Measures the {@code sentiment} analyzer's two models side by side in one JVM: a pipeline per model (each with its
 * own NLP engine, so the lexicon one never loads a parser), both warmed up on every article first (models loaded,
 * JIT warm: the lexicon pipeline, about 50 times cheaper, gets {@value #LEXICON_WARMUP_FACTOR} times the warm-up
 * rounds, so that its code is compiled too) and then timed in interleaved rounds. An article's time is the median
 * over the rounds of {@link Pipeline#analyze} (NLP layer and analyzer), in milliseconds.
 */
public final class SentimentBenchmark {

  /** How many times more warm-up rounds the lexicon pipeline gets. */
  public static final int LEXICON_WARMUP_FACTOR = 20;

  private SentimentBenchmark() {
  }

  /** One article's medians. */
  public record Row(String article, int chars, int sentences, double corenlpMs, double lexiconMs) {

    public double ratio() {
      return lexiconMs > 0 ? corenlpMs / lexiconMs : Double.POSITIVE_INFINITY;
    }
  }

  /**
   * The benchmark's outcome.
   *
   * @param loadMs the first (model-loading) call of each model, in ms: {@code corenlp}, {@code lexicon}
   */
  public record Report(List<Row> rows, int warmup, int rounds, Map<String, Double> loadMs) {

    public Report {
      rows = List.copyOf(rows);
      loadMs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(loadMs)); // keeps the order given
    }

    public double corenlpMeanMs() {
      return rows.stream().mapToDouble(Row::corenlpMs).average().orElse(0);
    }

    public double lexiconMeanMs() {
      return rows.stream().mapToDouble(Row::lexiconMs).average().orElse(0);
    }

    /** Mean per-article time of corenlp over that of lexicon. */
    public double ratio() {
      return lexiconMeanMs() > 0 ? corenlpMeanMs() / lexiconMeanMs() : Double.POSITIVE_INFINITY;
    }

    public List<String> table() {
      List<String> lines = new ArrayList<>();
      lines.add(String.format(Locale.ROOT, "%-40s %7s %9s %12s %12s %9s", "article", "chars", "sentences",
          "corenlp ms", "lexicon ms", "ratio"));
      for (Row r : rows) {
        lines.add(String.format(Locale.ROOT, "%-40s %7d %9d %12.1f %12.2f %8.0fx", shorten(r.article()), r.chars(),
            r.sentences(), r.corenlpMs(), r.lexiconMs(), r.ratio()));
      }
      lines.add(String.format(Locale.ROOT, "%-40s %7s %9s %12.1f %12.2f %8.0fx", "mean per article", "", "",
          corenlpMeanMs(), lexiconMeanMs(), ratio()));
      return lines;
    }

    public String toJsonLine() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("bench", "sentiment");
      m.put("articles", rows.size());
      m.put("warmup", warmup);
      m.put("rounds", rounds);
      m.put("corenlp_ms", round(corenlpMeanMs()));
      m.put("lexicon_ms", round(lexiconMeanMs()));
      m.put("ratio", round(ratio()));
      m.put("load_ms", loadMs);
      List<Map<String, Object>> per = new ArrayList<>();
      for (Row r : rows) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("article", r.article());
        a.put("sentences", r.sentences());
        a.put("corenlp_ms", round(r.corenlpMs()));
        a.put("lexicon_ms", round(r.lexiconMs()));
        a.put("ratio", round(r.ratio()));
        per.add(a);
      }
      m.put("per_article", per);
      return PresslensJson.mapper().writeValueAsString(m);
    }

    private static String shorten(String s) {
      return s.length() <= 40 ? s : "…" + s.substring(s.length() - 39);
    }

    private static double round(double v) {
      return Math.round(v * 100) / 100.0;
    }
  }

  /**
   * Builds both pipelines with {@code options} (NLP options such as {@code nlp.parseMaxTokens}; a
   * {@code sentiment.model} given there is overridden) and measures.
   */
  public static Report run(List<Article> articles, int warmup, int rounds, Map<String, ?> options) {
    return run(articles, warmup, rounds, model -> pipeline(model, options));
  }

  /** Measures with the pipelines {@code pipelines} builds for {@code corenlp} and {@code lexicon}. */
  static Report run(List<Article> articles, int warmup, int rounds, Function<String, Pipeline> pipelines) {
    if (articles.isEmpty()) {
      throw new IllegalArgumentException("no article to measure");
    }
    if (warmup < 1 || rounds < 1) {
      throw new IllegalArgumentException("warm-up and measured rounds must be at least 1");
    }
    Pipeline corenlp = pipelines.apply(SentenceScorer.CORENLP);
    Pipeline lexicon = pipelines.apply(SentenceScorer.LEXICON);
    Map<String, Double> load = new LinkedHashMap<>();
    load.put(SentenceScorer.CORENLP, millis(corenlp, articles.get(0)));
    load.put(SentenceScorer.LEXICON, millis(lexicon, articles.get(0)));
    for (int r = 0; r < warmup; r++) {
      for (Article a : articles) {
        millis(corenlp, a);
        millis(lexicon, a);
      }
    }
    for (int r = warmup; r < warmup * LEXICON_WARMUP_FACTOR; r++) {
      for (Article a : articles) {
        millis(lexicon, a);
      }
    }
    double[][] c = new double[articles.size()][rounds];
    double[][] l = new double[articles.size()][rounds];
    for (int r = 0; r < rounds; r++) {
      for (int i = 0; i < articles.size(); i++) {
        c[i][r] = millis(corenlp, articles.get(i));
        l[i][r] = millis(lexicon, articles.get(i));
      }
    }
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < articles.size(); i++) {
      Article a = articles.get(i);
      SentimentResult result = result(lexicon.analyze(a));
      rows.add(new Row(a.source() != null ? a.source() : a.id(), a.text().length(), result.sentences().size(),
          median(c[i]), median(l[i])));
    }
    return new Report(rows, warmup, rounds, load);
  }

  static Pipeline pipeline(String model, Map<String, ?> options) {
    return Pipeline.builder().analyzers(SentimentAnalyzerProvider.NAME).options(options)
        .option(SentimentAnalyzerProvider.NAME + "." + SentimentAnalyzerProvider.MODEL.key(), model).build();
  }

  private static double millis(Pipeline pipeline, Article article) {
    long start = System.nanoTime();
    AnalysisReport report = pipeline.analyze(article);
    double ms = (System.nanoTime() - start) / 1e6;
    result(report);
    return ms;
  }

  private static SentimentResult result(AnalysisReport report) {
    if (!(report.results().get(SentimentAnalyzerProvider.NAME) instanceof SentimentResult r)) {
      throw new IllegalStateException("the sentiment analyzer failed: " + report.failures());
    }
    return r;
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    int n = v.length;
    return n % 2 == 1 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
  }
}
