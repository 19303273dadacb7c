package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.presslens.corenlp.CoreNlpEngine;
import org.presslens.corenlp.CoreNlpEngineProvider;
import org.presslens.io.ArticleReaders;
import org.presslens.model.Article;
import org.presslens.pipeline.AnalyzerRegistry;
import org.presslens.pipeline.Pipeline;
import org.presslens.report.AnalysisReport;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.testing.CapitalisedCountProvider;
import org.presslens.testing.TokenShapesEngine;

/**
 * With every discovered analyzer selected, plus one that needs a second engine's layer, each engine annotates each
 * article exactly once: CoreNLP, and the test engine that consumes CoreNLP's tokens; the second engine is not run
 * at all when no selected analyzer needs it.
 */
class AnnotateOnceIT {

  private static List<Path> files() {
    return List.of(SharedData.sampleOpEd(), SharedData.repositoryRoot().resolve("samples/news-brief.txt"),
        SharedData.dir().resolve("articles/bbc/politics/001.txt"));
  }

  /** The engines are given explicitly (no encoder engine), so the sentence model is the CoreNLP one. */
  @Test
  void eachEngineRunsOncePerArticleWithAllAnalyzers() {
    CoreNlpEngine coreNlp = new CoreNlpEngineProvider().createDefault();
    TokenShapesEngine shapes = new TokenShapesEngine();
    List<AnalyzerProvider<?>> providers = new ArrayList<>(AnalyzerRegistry.discover().providers());
    providers.add(new CapitalisedCountProvider());
    Pipeline pipeline = Pipeline.builder().registry(AnalyzerRegistry.of(providers.toArray(AnalyzerProvider[]::new)))
        .nlpEngine(coreNlp).nlpEngine(shapes).option("sentiment.model", "corenlp").build();
    assertThat(pipeline.analyzerNames()).hasSize(providers.size());
    assertThat(pipeline.nlpEngines()).containsExactly("corenlp", "shapes");

    long before = coreNlp.annotateCalls();
    List<String> ids = new ArrayList<>();
    for (Path f : files()) {
      Article article = ArticleReaders.read(f);
      ids.add(article.id());
      AnalysisReport report = pipeline.analyze(article);
      assertThat(report.failures()).isEmpty();
      assertThat(report.results().keySet()).containsExactlyInAnyOrderElementsOf(pipeline.analyzerNames());
      assertThat(report.result(CapitalisedCountProvider.KEY).orElseThrow().tokens()).isPositive();
    }
    assertThat(coreNlp.annotateCalls() - before).isEqualTo(files().size());
    assertThat(shapes.annotatedArticleIds()).isEqualTo(ids);

    // the same engines offered to a pipeline whose analyzers need no token shapes: that engine never runs
    Pipeline without = Pipeline.builder().nlpEngine(coreNlp).nlpEngine(shapes).option("sentiment.model", "corenlp")
        .build();
    assertThat(without.nlpEngines()).containsExactly("corenlp");
    without.analyze(ArticleReaders.read(files().get(1)));
    assertThat(coreNlp.annotateCalls() - before).isEqualTo(files().size() + 1);
    assertThat(shapes.annotateCount()).isEqualTo(files().size());
  }
}
