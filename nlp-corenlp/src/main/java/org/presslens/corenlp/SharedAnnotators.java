package org.presslens.corenlp;

import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.ParserAnnotator;
import edu.stanford.nlp.pipeline.SentimentAnnotator;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * The parser and sentiment annotators, one per distinct configuration per JVM, like CoreNLP's own annotator cache
 * (which shares {@code tokenize}, {@code pos}, {@code lemma} and {@code ner} between pipelines): CoreNLP annotators
 * are thread-safe, and their models are large.
 */
final class SharedAnnotators {
  private static final ConcurrentMap<String, Lazy<Annotator>> CACHE = new ConcurrentHashMap<>();

  private SharedAnnotators() {
  }

  static Annotator parser(Properties props) {
    return CACHE.computeIfAbsent("parse" + ParserAnnotator.signature("parse", props),
        k -> new Lazy<>(() -> new ParserAnnotator("parse", props))).get();
  }

  static Annotator sentiment(Properties props) {
    return CACHE.computeIfAbsent("sentiment" + SentimentAnnotator.signature("sentiment", props),
        k -> new Lazy<>(() -> new SentimentAnnotator("sentiment", props))).get();
  }
}
