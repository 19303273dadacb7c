package org.presslens.spi;

import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;

/**
 * What an analyzer sees for one article: the article, the NLP annotation (holding at least the layers the analyzer
 * required), the results of the analyzers it required, and its options for this article.
 */
public interface AnalysisContext {

  Article article();

  NlpDocument nlp();

  /**
   * The result of another analyzer that this one declared in its requirements.
   *
   * @throws IllegalStateException when that analyzer failed on this article or was not declared as a requirement
   */
  <T> T result(ResultKey<T> key);

  /**
   * The value of one of the analyzer's options for this article: the value given with the article when
   * {@code option} is one of the provider's {@link AnalyzerProvider#articleOptions()} and the caller gave it, else
   * the pipeline's configuration.
   *
   * @throws IllegalArgumentException when the analyzer declares no such option
   */
  <T> T option(ConfigOption<T> option);
}
