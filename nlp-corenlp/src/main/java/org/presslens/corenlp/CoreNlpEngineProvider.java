package org.presslens.corenlp;

import java.util.List;
import org.presslens.nlp.NlpEngineProvider;
import org.presslens.spi.Config;
import org.presslens.spi.ConfigOption;

/**
 * The {@code corenlp} NLP engine: Stanford CoreNLP 4.5.10 with its English models. Construction is cheap;
 * {@link #create} returns a {@link CoreNlpEngine}, which loads models lazily, only for the layers asked for.
 *
 * <p>Options (given as {@code nlp.<key>}):
 * <ul>
 *   <li>{@code parseMaxTokens} (default {@value #DEFAULT_PARSE_MAX_TOKENS}): sentences with more tokens are neither
 *       parsed nor sentiment-scored ({@link org.presslens.nlp.Sentence#parseCapped()});</li>
 *   <li>{@code nerFine} (default false): false runs CoreNLP's statistical NER only (no SUTime, no numeric classifiers,
 *       no fine-grained regex types), about 4x faster; true runs CoreNLP's full default NER. Tags and mention types
 *       are coarse either way;</li>
 *   <li>{@code parser} (default {@code sr}): {@code sr} is the shift-reduce parser, {@code pcfg} the (much slower)
 *       lexicalized PCFG.</li>
 * </ul>
 */
public final class CoreNlpEngineProvider implements NlpEngineProvider {

  /** The provider's name. */
  public static final String NAME = "corenlp";

  /** The default of {@link #PARSE_MAX_TOKENS}, chosen from measurements (docs/nlp-configuration.md). */
  public static final int DEFAULT_PARSE_MAX_TOKENS = 80;

  /** Sentences with more tokens than this are neither parsed nor sentiment-scored. */
  public static final ConfigOption<Integer> PARSE_MAX_TOKENS = ConfigOption.integer("parseMaxTokens",
      DEFAULT_PARSE_MAX_TOKENS, 1, AnnotatorPlan.PARSE_MAXLEN_BACKSTOP,
      "sentences with more tokens than this are neither parsed nor sentiment-scored (Sentence.parseCapped)");

  /** Whether to run CoreNLP's full NER instead of the fast statistical-only one. */
  public static final ConfigOption<Boolean> NER_FINE = ConfigOption.bool("nerFine", false,
      "true: CoreNLP's full NER (SUTime, numeric classifiers, fine-grained types; ~4x slower, ~3x the memory);"
          + " false: statistical NER only. Tags and mention types are coarse either way");

  /** The constituency parser model. */
  public static final ConfigOption<String> PARSER = ConfigOption.choice("parser", "sr",
      "constituency parser: sr (shift-reduce, fast) or pcfg (lexicalized PCFG, ~10x slower)", "sr", "pcfg");

  private static final List<ConfigOption<?>> OPTIONS = List.of(PARSE_MAX_TOKENS, NER_FINE, PARSER);

  /** Cheap: loads nothing. */
  public CoreNlpEngineProvider() {
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<ConfigOption<?>> options() {
    return OPTIONS;
  }

  @Override
  public CoreNlpEngine create(Config config) {
    return new CoreNlpEngine(EngineSettings.from(config));
  }

  /** An engine with every option at its default. */
  public CoreNlpEngine createDefault() {
    return create(Config.defaults("nlp", OPTIONS));
  }

  @Override
  public String toString() {
    return "CoreNlpEngineProvider[" + NAME + "]";
  }
}
