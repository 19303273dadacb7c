package com.example.news;

import java.nio.file.Path;
import org.presslens.io.ArticleReaders;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;
import org.presslens.pipeline.Pipeline;
import org.presslens.report.AnalysisReport;

/** Reads one article file, analyzes it and prints its JSON report. */
public final class AnalyzeArticle {
  private AnalyzeArticle() {
  }

  public static void main(String[] args) throws Exception {
    Pipeline pipeline = Pipeline.builder()            // configure ...
        .analyzers("entities", "sentiment")           // none named = every analyzer on the class path
        .option("nlp.parseMaxTokens", "80")
        .build();                                     // ... then freeze: immutable, thread-safe, share it
    Article article = ArticleReaders.read(Path.of(args[0]));
    AnalysisReport report = pipeline.analyze(article);
    System.out.println(PresslensJson.pretty().writeValueAsString(report));
  }
}
