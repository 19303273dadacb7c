package org.presslens.examples;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.io.ArticleReaders;
import org.presslens.nlp.SentimentLabel;
import org.presslens.pipeline.Pipeline;
import org.presslens.report.AnalysisReport;

/**
 * Example 4: compare outlets. Reads the editorials of each outlet (one sub-directory per outlet) and prints, per
 * outlet, the most salient entities over all its editorials and the average sentiment expressed toward each.
 *
 * <p>Salience: the mean over the outlet's editorials of the entity's salience (0 where it is absent). Sentiment: the
 * entities analyzer's entity-level sentiment, averaged over all scored mentions; when an article has none, the mean
 * sentiment of the sentences that mention the entity.
 *
 * <pre>mvn -B -q -pl examples exec:java -Dexec.mainClass=org.presslens.examples.CompareOutlets \
 *     -Dexec.args=../shared/data/articles/webis-editorials</pre>
 * Arguments: [ROOT (default ../shared/data/articles/webis-editorials)] [PER_OUTLET (default: all)] [TOP (default 8)].
 */
public final class CompareOutlets {

  private CompareOutlets() {
  }

  /** One entity of one outlet, aggregated over its editorials. */
  record Row(String name, String type, int articles, double salience, double sentiment, int sentimentWeight) {
    SentimentLabel label() {
      return SentimentLabel.ofScore(sentiment);
    }
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : "../shared/data/articles/webis-editorials");
    int perOutlet = args.length > 1 ? Integer.parseInt(args[1]) : Integer.MAX_VALUE;
    int top = args.length > 2 ? Integer.parseInt(args[2]) : 8;
    Pipeline pipeline = Pipeline.builder().analyzers("entities", "sentiment").build();
    compare(pipeline, root, perOutlet, top, System.out);
  }

  /** The top entities per outlet (outlet order: directory name). */
  static Map<String, List<Row>> compare(Pipeline pipeline, Path root, int perOutlet, int top, PrintStream out)
      throws IOException, Exception {
    Map<String, List<Path>> outlets = new LinkedHashMap<>();
    try (Stream<Path> dirs = Files.list(root)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        try (Stream<Path> files = Files.list(dir)) {
          outlets.put(dir.getFileName().toString(),
              files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(perOutlet).toList());
        }
      }
    }
    ExecutorService pool = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    Map<String, List<Row>> result = new LinkedHashMap<>();
    try {
      for (Map.Entry<String, List<Path>> outlet : outlets.entrySet()) {
        List<Future<AnalysisReport>> reports = new ArrayList<>();
        for (Path file : outlet.getValue()) {
          reports.add(pool.submit(() -> pipeline.analyze(ArticleReaders.read(file))));
        }
        Map<String, Agg> byEntity = new LinkedHashMap<>();
        for (Future<AnalysisReport> f : reports) {
          add(f.get(), byEntity);
        }
        int n = outlet.getValue().size();
        List<Row> rows = byEntity.values().stream().map(a -> a.row(n))
            .sorted(Comparator.comparingDouble(Row::salience).reversed()).limit(top).toList();
        result.put(outlet.getKey(), rows);
        print(out, outlet.getKey(), n, rows);
      }
    } finally {
      pool.shutdown();
    }
    return result;
  }

  private static void print(PrintStream out, String outlet, int articles, List<Row> rows) {
    out.printf("%n== %s (%d editorials)%n", outlet, articles);
    out.printf("   %-32s %-13s %8s %9s  %s%n", "entity", "type", "in", "salience", "avg sentiment toward it");
    for (Row r : rows) {
      out.printf("   %-32s %-13s %8s %9.2f  %+.2f %s (%d)%n", r.name(), r.type(), r.articles() + "/" + articles,
          r.salience(), r.sentiment(), r.label(), r.sentimentWeight());
    }
  }

  /** Adds one editorial's entities to its outlet's aggregate. */
  private static void add(AnalysisReport report, Map<String, Agg> byEntity) {
    if (!(report.results().get("entities") instanceof EntitiesResult entities)) {
      return; // the entities analyzer failed on this article: report.failures() says why
    }
    SentimentResult sentences = report.results().get("sentiment") instanceof SentimentResult s ? s : null;
    for (EntitiesResult.Entity e : entities.entities()) {
      Agg agg = byEntity.computeIfAbsent(e.type() + "|" + e.name(), k -> new Agg(e.name(), e.type()));
      agg.articles++;
      agg.salience += e.salience() != null ? e.salience() : 0;
      if (e.sentiment() != null && e.sentiment().mentions() > 0) {
        agg.sentiment += e.sentiment().score() * e.sentiment().mentions();
        agg.weight += e.sentiment().mentions();
      } else if (sentences != null) {
        for (EntitiesResult.Mention m : e.namingMentions()) { // fallback: the sentences that name the entity
          sentences.sentences().stream().filter(s -> s.begin() <= m.begin() && m.end() <= s.end() && s.score() != null)
              .findFirst().ifPresent(s -> {
                agg.sentiment += s.score();
                agg.weight++;
              });
        }
      }
    }
  }

  private static final class Agg {
    final String name;
    final String type;
    int articles;
    double salience;
    double sentiment;
    int weight;

    Agg(String name, String type) {
      this.name = name;
      this.type = type;
    }

    Row row(int outletArticles) {
      return new Row(name, type, articles, salience / Math.max(1, outletArticles), weight > 0 ? sentiment / weight : 0,
          weight);
    }
  }
}
