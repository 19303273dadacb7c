package org.presslens.corenlp;

import edu.stanford.nlp.ling.CoreAnnotation;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs a sentence-level annotator (the parser, the sentiment model) only on the sentences of at most
 * {@code maxTokens} tokens. The others keep no tree: CoreNLP's own length cap ({@code parse.maxlen}) would give them
 * a flat fallback tree that the binarizer and the sentiment model then walk recursively, which overflows the stack
 * on very long sentences and wastes time on meaningless scores.
 *
 * <p>The delegate sees a shallow copy of the document whose sentence list holds the kept sentences; the sentence
 * maps themselves are shared, so its annotations land in the original document.
 */
final class LengthCappedAnnotator implements Annotator {
  private final Annotator delegate;
  private final int maxTokens;

  LengthCappedAnnotator(Annotator delegate, int maxTokens) {
    this.delegate = delegate;
    this.maxTokens = maxTokens;
  }

  /** Whether a sentence of {@code tokens} tokens is over the cap. */
  static boolean overCap(int tokens, int maxTokens) {
    return tokens > maxTokens;
  }

  @Override
  public void annotate(Annotation document) {
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null) {
      return;
    }
    List<CoreMap> kept = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      if (!overCap(sentence.get(CoreAnnotations.TokensAnnotation.class).size(), maxTokens)) {
        kept.add(sentence);
      }
    }
    if (kept.isEmpty()) {
      return;
    }
    Annotation view = new Annotation(document);
    view.set(CoreAnnotations.SentencesAnnotation.class, kept);
    delegate.annotate(view);
  }


  @Override
  @SuppressWarnings("rawtypes") // the CoreNLP interface uses the raw type
  public Set<Class<? extends CoreAnnotation>> requirementsSatisfied() {
    return delegate.requirementsSatisfied();
  }


  @Override
  @SuppressWarnings("rawtypes") // the CoreNLP interface uses the raw type
  public Set<Class<? extends CoreAnnotation>> requires() {
    return delegate.requires();
  }

  @Override
  public String toString() {
    return "LengthCapped[" + delegate.getClass().getSimpleName() + ", maxTokens=" + maxTokens + "]";
  }
}
