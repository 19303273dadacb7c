package org.presslens.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.presslens.corenlp.CoreNlpEngine;
import org.presslens.corenlp.CoreNlpEngineProvider;
import org.presslens.io.ArticleReaders;
import org.presslens.pipeline.AnalyzerRegistry;
import org.presslens.pipeline.Pipeline;
import org.presslens.report.AnalysisReport;

/** With every discovered analyzer selected, CoreNLP annotates each article exactly once. */
class AnnotateOnceIT {

  @Test
  void coreNlpRunsOncePerArticleWithAllAnalyzers() {
    CoreNlpEngine engine = new CoreNlpEngineProvider().createDefault();
    Pipeline pipeline = Pipeline.builder().nlpEngine(engine).build();
    assertThat(pipeline.analyzerNames()).containsExactlyInAnyOrderElementsOf(AnalyzerRegistry.discover().names());
    List<Path> files = List.of(SharedData.sampleOpEd(), SharedData.repositoryRoot().resolve("samples/news-brief.txt"),
        SharedData.dir().resolve("articles/bbc/politics/001.txt"));
    long before = engine.annotateCalls();
    for (Path f : files) {
      AnalysisReport report = pipeline.analyze(ArticleReaders.read(f));
      assertThat(report.failures()).isEmpty();
      assertThat(report.results().keySet()).containsExactlyInAnyOrderElementsOf(pipeline.analyzerNames());
    }
    assertThat(engine.annotateCalls() - before).isEqualTo(files.size());
  }
}
