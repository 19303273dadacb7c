package org.presslens.examples;

import java.nio.file.Path;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.io.ArticleReaders;
import org.presslens.model.Article;
import org.presslens.pipeline.Pipeline;
import org.presslens.report.AnalysisReport;

/**
 * Example 1: analyze one article with the library API and print its entities and document sentiment.
 *
 * <pre>mvn -B -q -pl examples exec:java -Dexec.mainClass=org.presslens.examples.AnalyzeOneArticle \
 *     -Dexec.args=samples/op-ed-tram-line.txt</pre>
 */
public final class AnalyzeOneArticle {

  private AnalyzeOneArticle() {
  }

  public static void main(String[] args) throws Exception {
    Path file = Path.of(args.length > 0 ? args[0] : "samples/op-ed-tram-line.txt");

    // Build once, share everywhere: the frozen pipeline is thread-safe and loads models lazily, once.
    Pipeline pipeline = Pipeline.builder().analyzers("entities", "sentiment").build();
    Article article = ArticleReaders.read(file);
    AnalysisReport report = pipeline.analyze(article);

    System.out.println(article.title() != null ? article.title() : file.getFileName());
    if (report.results().get("sentiment") instanceof SentimentResult sentiment) {
      System.out.printf("document sentiment: %s (score %.2f, magnitude %.2f)%n", sentiment.document().label(),
          sentiment.document().score(), sentiment.document().magnitude());
    }
    if (report.results().get("entities") instanceof EntitiesResult entities) {
      for (EntitiesResult.Entity e : entities.entities()) {
        System.out.printf("  %-30s %-12s %d mention(s)%n", e.name(), e.type(), e.namingMentions().size());
      }
    }
    report.failures().forEach(f -> System.out.println("failed: " + f.analyzer() + ": " + f.error()));
  }
}
