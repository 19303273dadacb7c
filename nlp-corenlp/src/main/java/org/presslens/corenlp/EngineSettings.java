package org.presslens.corenlp;

import org.presslens.spi.Config;

/**
 * The validated options of one {@link CoreNlpEngine}.
 *
 * @param parseMaxTokens sentences with more tokens are neither parsed nor sentiment-scored
 * @param nerFine        whether to run CoreNLP's full NER instead of the statistical-only one
 * @param parser         {@code sr} or {@code pcfg}
 */
record EngineSettings(int parseMaxTokens, boolean nerFine, String parser) {

  static final String SR_MODEL = "edu/stanford/nlp/models/srparser/englishSR.ser.gz";
  static final String PCFG_MODEL = "edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz";

  EngineSettings {
    if (parseMaxTokens < 1) {
      throw new IllegalArgumentException("parseMaxTokens must be positive, got " + parseMaxTokens);
    }
    if (!parser.equals("sr") && !parser.equals("pcfg")) {
      throw new IllegalArgumentException("parser must be sr or pcfg, got '" + parser + "'");
    }
  }

  /** The defaults of every option. */
  static EngineSettings defaults() {
    return new EngineSettings(CoreNlpEngineProvider.PARSE_MAX_TOKENS.defaultValue(),
        CoreNlpEngineProvider.NER_FINE.defaultValue(), CoreNlpEngineProvider.PARSER.defaultValue());
  }

  static EngineSettings from(Config config) {
    return new EngineSettings(config.get(CoreNlpEngineProvider.PARSE_MAX_TOKENS),
        config.get(CoreNlpEngineProvider.NER_FINE), config.get(CoreNlpEngineProvider.PARSER));
  }

  /** The class-path resource of the selected parser model. */
  String parserModel() {
    return parser.equals("sr") ? SR_MODEL : PCFG_MODEL;
  }
}
