package org.presslens.spi;

import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;

/**
 * What an analyzer sees for one article: the article, the shared NLP annotation (holding at least the layers the
 * analyzer required), and the results of the analyzers it required.
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
}
