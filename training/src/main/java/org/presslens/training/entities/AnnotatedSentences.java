package org.presslens.training.entities;

import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import org.presslens.training.nlp.BatchAnnotation;

/**
 * Sentences annotated by the shared NLP engine with the layers the targeted sentiment model reads
 * ({@link #LAYERS}) by {@link BatchAnnotation}, optionally cached on disk so that training and evaluation runs
 * annotate each sentence once.
 */
public final class AnnotatedSentences {

  /** The layers the model's features are computed from. */
  public static final Set<NlpLayer<?>> LAYERS = Set.of(NlpLayer.NER, NlpLayer.SENTIMENT);

  private final Map<String, NlpDocument> docs = new HashMap<>();

  private AnnotatedSentences() {
  }

  /**
   * Annotates every distinct sentence of {@code sentences} with {@code engine} on {@code threads} threads, reusing
   * (and extending) the cache file {@code cache} when it is not null.
   */
  public static AnnotatedSentences annotate(Collection<String> sentences, NlpEngine engine, Path cache, int threads,
                                            Consumer<String> progress) {
    List<String> distinct = List.copyOf(new LinkedHashSet<>(sentences));
    List<NlpDocument> docs = BatchAnnotation.annotate(engine, distinct.stream().map(AnnotatedSentences::article)
        .toList(), LAYERS, cache, threads, "sentences", progress);
    AnnotatedSentences result = new AnnotatedSentences();
    for (int i = 0; i < distinct.size(); i++) {
      result.docs.put(distinct.get(i), docs.get(i));
    }
    return result;
  }

  /** The article a lone sentence is annotated as: one paragraph, English. */
  public static Article article(String sentence) {
    return Article.builder().id("s").language("en").text(sentence, List.of(), List.of()).build();
  }

  /** The annotation of {@code sentence}, or null when it was not annotated. */
  public NlpDocument get(String sentence) {
    return docs.get(sentence);
  }

  public int size() {
    return docs.size();
  }
}
