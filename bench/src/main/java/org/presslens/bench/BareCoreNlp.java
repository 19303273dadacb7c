package org.presslens.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.presslens.corenlp.CoreNlpEngineProvider;
import org.presslens.nlp.NlpLayer;
import org.presslens.spi.Config;

/**
 * The properties of one bare {@code StanfordCoreNLP} that does the same work as presslens's CoreNLP layer for a set
 * of layers: the same annotators in the same order with the same settings (lite or full NER, the parser model, the
 * sentence splitting at blank lines), with CoreNLP's own {@code parse.maxlen} standing in for presslens's length cap
 * ({@code nlp.parseMaxTokens}). This mirrors the engine's annotator plan, so that the floor is what a user would write
 * with CoreNLP alone to get the same layers.
 */
public final class BareCoreNlp {

  /** CoreNLP's documented default pipeline, with its default models (PCFG parser, full NER). */
  public static final String DEFAULT_ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,parse,sentiment";

  static final String SR_MODEL = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";
  static final String PCFG_MODEL = "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz";
  static final String SENTIMENT_MODEL = "edu/stanford/nlp/models/sentiment/sentiment.ser.gz";

  private BareCoreNlp() {
  }

  /** CoreNLP's annotator names for {@code layers} (closed), in pipeline order. */
  public static List<String> annotators(Set<NlpLayer<?>> layers) {
    Set<NlpLayer<?>> all = NlpLayer.closure(layers);
    List<String> names = new ArrayList<>();
    if (all.contains(NlpLayer.TOKENS)) {
      names.add("tokenize");
    }
    if (all.contains(NlpLayer.POS)) {
      names.add("pos");
    }
    if (all.contains(NlpLayer.LEMMA)) {
      names.add("lemma");
    }
    if (all.contains(NlpLayer.NER)) {
      names.add("ner");
    }
    if (all.contains(NlpLayer.PARSE)) {
      names.add("parse");
    }
    if (all.contains(NlpLayer.SENTIMENT)) {
      names.add("sentiment");
    }
    return names;
  }

  /**
   * The properties for {@code layers} under the engine options {@code nlpOptions} (keys without the {@code nlp.}
   * prefix, validated like the engine's).
   */
  public static Properties forLayers(Set<NlpLayer<?>> layers, Map<String, ?> nlpOptions) {
    CoreNlpEngineProvider provider = new CoreNlpEngineProvider();
    Config config = Config.parse("nlp", provider.options(), nlpOptions);
    int maxTokens = config.get(CoreNlpEngineProvider.PARSE_MAX_TOKENS);
    boolean nerFine = config.get(CoreNlpEngineProvider.NER_FINE);
    String parser = config.get(CoreNlpEngineProvider.PARSER);

    List<String> annotators = annotators(layers);
    Properties props = new Properties();
    props.setProperty("annotators", String.join(",", annotators));
    props.setProperty("tokenize.language", "en");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    if (annotators.contains("ner") && !nerFine) {
      props.setProperty("ner.useSUTime", "false");
      props.setProperty("ner.applyNumericClassifiers", "false");
      props.setProperty("ner.applyFineGrained", "false");
    }
    if (annotators.contains("parse")) {
      props.setProperty("parse.model", parser.equals("pcfg") ? PCFG_MODEL : SR_MODEL);
      props.setProperty("parse.maxlen", Integer.toString(maxTokens));
      props.setProperty("parse.binaryTrees", "true");
      props.setProperty("parse.buildgraphs", "false");
    }
    if (annotators.contains("sentiment")) {
      props.setProperty("sentiment.model", SENTIMENT_MODEL);
    }
    return props;
  }

  /** CoreNLP with its defaults for {@value #DEFAULT_ANNOTATORS}: what users run instead of presslens. */
  public static Properties defaults() {
    Properties props = new Properties();
    props.setProperty("annotators", DEFAULT_ANNOTATORS);
    return props;
  }
}
