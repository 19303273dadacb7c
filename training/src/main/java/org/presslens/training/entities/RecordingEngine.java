package org.presslens.training.entities;

import java.util.Objects;
import java.util.Set;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.ForwardingNlpEngine;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;

/**
 * An NLP engine that delegates and keeps, per thread, the document of the last {@link #annotate} call, so that an
 * evaluation can read the NER layer's bare mentions of the article a pipeline has just analysed.
 */
public final class RecordingEngine extends ForwardingNlpEngine {

  private final ThreadLocal<NlpDocument> last = new ThreadLocal<>();

  public RecordingEngine(NlpEngine delegate) {
    super(delegate);
  }

  @Override
  public NlpDocument annotate(Article article, NlpDocument input, Set<NlpLayer<?>> layers) {
    NlpDocument doc = super.annotate(article, input, layers);
    last.set(doc);
    return doc;
  }

  /**
   * The document of this thread's last call, which then is forgotten.
   *
   * @throws IllegalStateException when this thread has annotated nothing since the last take
   */
  public NlpDocument takeLast() {
    NlpDocument doc = last.get();
    if (doc == null) {
      throw new IllegalStateException("the NLP engine annotated no article on this thread");
    }
    last.remove();
    return doc;
  }
}
