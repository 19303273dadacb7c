package org.presslens.pipeline;

import java.util.Map;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.spi.AnalysisContext;
import org.presslens.spi.ConfigOption;
import org.presslens.spi.ResultKey;

/**
 * What one stage sees of one article: the article, the NLP annotation, the results it declared it requires, and its
 * per-article option values ({@code articleValues}, by key).
 */
record StageContext(Article article, NlpDocument nlp, Map<String, Object> results, Stage stage,
                    Map<String, Object> articleValues) implements AnalysisContext {

  @Override
  public <T> T option(ConfigOption<T> option) {
    T configured = stage.config.get(option);
    @SuppressWarnings("unchecked") // parsed by the option with this key, as the configured value
    T given = (T) articleValues.get(option.key());
    return given == null ? configured : given;
  }

  @Override
  public <T> T result(ResultKey<T> key) {
    if (!stage.requiredResults().contains(key)) {
      throw new IllegalStateException("analyzer '" + stage.name() + "' did not declare " + key.id()
          + " among its requirements");
    }
    Object value = results.get(key.name());
    if (value == null) {
      throw new IllegalStateException("no result of '" + key.name() + "' for this article");
    }
    return key.type().cast(value);
  }
}
