package org.presslens.corenlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.presslens.nlp.NlpLayer;

/**
 * The CoreNLP annotators that a set of presslens layers needs, in pipeline order, and their properties. Pure: loads
 * nothing. {@code parse} and {@code sentiment} are not run by CoreNLP's pipeline factory but added to the pipeline as
 * {@link LengthCappedAnnotator}s, so that sentences over the length cap never reach them.
 *
 * @param annotators the annotator names, e.g. {@code [tokenize, pos, lemma, ner, parse, sentiment]}
 */
record AnnotatorPlan(List<String> annotators) {

  static final String TOKENIZE = "tokenize";
  static final String POS = "pos";
  static final String LEMMA = "lemma";
  static final String NER = "ner";
  static final String PARSE = "parse";
  static final String SENTIMENT = "sentiment";

  /** CoreNLP's own parser length limit: the largest allowed {@code parseMaxTokens}. */
  static final int PARSE_MAXLEN_BACKSTOP = 1000;

  AnnotatorPlan {
    annotators = List.copyOf(annotators);
  }

  /** The closure of {@code layers}: the layers themselves and every layer they are built on. */
  static Set<NlpLayer<?>> closure(Set<NlpLayer<?>> layers) {
    return NlpLayer.closure(layers);
  }

  /** The plan for {@code layers} (closed under {@link NlpLayer#closure()} here); empty for no layer. */
  static AnnotatorPlan forLayers(Set<NlpLayer<?>> layers) {
    Set<NlpLayer<?>> all = closure(layers);
    List<String> names = new ArrayList<>();
    if (all.contains(NlpLayer.TOKENS)) {
      names.add(TOKENIZE);
    }
    if (all.contains(NlpLayer.POS)) {
      names.add(POS);
    }
    if (all.contains(NlpLayer.LEMMA)) {
      names.add(LEMMA);
    }
    if (all.contains(NlpLayer.NER)) {
      names.add(NER);
    }
    if (all.contains(NlpLayer.PARSE)) {
      names.add(PARSE);
    }
    if (all.contains(NlpLayer.SENTIMENT)) {
      names.add(SENTIMENT);
    }
    return new AnnotatorPlan(names);
  }

  /** The set's name, e.g. {@code tokenize,pos,lemma,ner}. */
  String name() {
    return String.join(",", annotators);
  }

  boolean isEmpty() {
    return annotators.isEmpty();
  }

  boolean parses() {
    return annotators.contains(PARSE);
  }

  boolean scoresSentiment() {
    return annotators.contains(SENTIMENT);
  }

  /** The annotators CoreNLP's own pipeline factory builds: all but {@code parse} and {@code sentiment}. */
  List<String> pipelineAnnotators() {
    return annotators.stream().filter(a -> !a.equals(PARSE) && !a.equals(SENTIMENT)).toList();
  }

  /** Properties of the {@code StanfordCoreNLP} that runs {@link #pipelineAnnotators()}. */
  Properties pipelineProperties(EngineSettings settings) {
    Properties props = new Properties();
    props.setProperty("annotators", String.join(",", pipelineAnnotators()));
    props.setProperty("tokenize.language", "en");
    // In 4.5.10 sentence splitting runs inside tokenize; two or more newlines force a sentence break, so no
    // sentence crosses a paragraph boundary ("\n\n") of Article.text().
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    if (annotators.contains(NER) && !settings.nerFine()) {
      props.setProperty("ner.useSUTime", "false");
      props.setProperty("ner.applyNumericClassifiers", "false");
      props.setProperty("ner.applyFineGrained", "false");
    }
    return props;
  }

  /** Properties of the {@code parse} annotator (named {@code parse}). */
  Properties parserProperties(EngineSettings settings) {
    Properties props = new Properties();
    props.setProperty("parse.model", settings.parserModel());
    // Sentences over parseMaxTokens never reach the parser (LengthCappedAnnotator). parse.maxlen is only a backstop,
    // fixed at the option's upper bound so that engines with different caps share one loaded parser.
    props.setProperty("parse.maxlen", Integer.toString(PARSE_MAXLEN_BACKSTOP));
    // The sentiment model needs binarized trees. Always binarizing (a negligible cost) gives PARSE-only and
    // SENTIMENT pipelines the same parser configuration, so they share one loaded parser model.
    props.setProperty("parse.binaryTrees", "true");
    // presslens uses constituency trees only: skip building dependency graphs.
    props.setProperty("parse.buildgraphs", "false");
    return props;
  }

  /** Properties of the {@code sentiment} annotator (named {@code sentiment}). */
  Properties sentimentProperties() {
    Properties props = new Properties();
    props.setProperty("sentiment.model", "edu/stanford/nlp/models/sentiment/sentiment.ser.gz");
    return props;
  }
}
