package org.presslens.training.stance;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.presslens.analyzers.stance.data.DocData;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import org.presslens.training.nlp.BatchAnnotation;

/**
 * The stance data sets' texts (tweets, article bodies) as the stance models read them: annotated through the shared
 * NLP engine with {@link #LAYERS}, the same layer the analyzer sees at analysis time, by {@link BatchAnnotation}
 * (optionally cached), and reduced to {@link DocData}.
 */
public final class AnnotatedTexts {

  /** Tokens, POS and lemmas: what the trained stance models use. */
  public static final Set<NlpLayer<?>> LAYERS = Set.of(NlpLayer.TOKENS, NlpLayer.POS, NlpLayer.LEMMA);

  private AnnotatedTexts() {
  }

  /** The article the engine annotates for one text: one paragraph per blank-line-separated block. */
  public static Article article(String text) {
    Article.Builder b = Article.builder().language("en");
    for (String block : text.split("\\n\\s*\\n")) {
      String p = block.strip();
      if (!p.isEmpty()) {
        b.paragraph(p);
      }
    }
    return b.build();
  }

  /**
   * The annotations of {@code texts}, in their order (a blank text has no sentences and never reaches the engine),
   * computed on {@code threads} threads; with a {@code cache} file (or null), read from and added to it.
   */
  public static List<DocData> annotate(NlpEngine engine, List<String> texts, Path cache, int threads, String what,
                                       Consumer<String> log) {
    List<Article> articles = texts.stream().filter(t -> !t.isBlank()).map(AnnotatedTexts::article).toList();
    List<NlpDocument> docs = BatchAnnotation.annotate(engine, articles, LAYERS, cache, threads, what, log);
    List<DocData> out = new ArrayList<>(texts.size());
    int next = 0;
    for (String t : texts) {
      out.add(t.isBlank() ? new DocData(List.of()) : DocData.of(docs.get(next++)));
    }
    return out;
  }
}
