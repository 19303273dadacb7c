package org.presslens.analyzers.sentiment;

import java.util.List;
import org.presslens.nlp.ParseNode;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.SentimentDistribution;

/**
 * The features the calibration ({@link Calibration}) maps to NEGATIVE/NEUTRAL/POSITIVE, one vector per sentence. The
 * names are stored with the fitted weights, so a resource fitted on other features is rejected.
 */
public final class SentenceFeatures {

  /** Features of a sentence CoreNLP's sentiment model scored: its distribution, its phrases, and lexicon evidence. */
  public static final List<String> CORENLP = List.of(
      "p0", "p1", "p2", "p3", "p4",          // the root distribution, very negative .. very positive
      "phraseNegMax", "phrasePosMax",        // the most negative / positive phrase (>= 2 tokens, not the whole)
      "negWords", "posWords",                // words CoreNLP's model labels negative / positive
      "lexCompound", "lexPositive", "lexNegative", "lexHits",
      "logTokens");

  /** Features of a sentence the lexicon model scored. */
  public static final List<String> LEXICON = List.of(
      "lexCompound", "lexPositive", "lexNegative", "lexPosWords", "lexNegWords", "logTokens");

  private SentenceFeatures() {
  }

  public static double[] corenlp(Sentence sentence, LexiconModel.Score lexicon) {
    SentimentDistribution d = sentence.sentiment();
    double[] f = new double[CORENLP.size()];
    for (int i = 0; i < SentimentDistribution.CLASSES; i++) {
      f[i] = d.probabilities().get(i);
    }
    double[] phrases = {0, 0, 0, 0}; // negMax, posMax, negWords, posWords
    if (sentence.parse() != null) {
      walk(sentence.parse(), sentence.parse().endToken() - sentence.parse().firstToken(), phrases);
    }
    f[5] = phrases[0];
    f[6] = phrases[1];
    f[7] = phrases[2];
    f[8] = phrases[3];
    f[9] = lexicon.compound();
    f[10] = lexicon.positive();
    f[11] = lexicon.negative();
    f[12] = lexicon.hits();
    f[13] = Math.log1p(sentence.tokens().size());
    return f;
  }

  public static double[] lexicon(LexiconModel.Score lexicon, int tokens) {
    return new double[] {lexicon.compound(), lexicon.positive(), lexicon.negative(), lexicon.positiveWords(),
        lexicon.negativeWords(), Math.log1p(tokens)};
  }

  private static void walk(ParseNode node, int sentenceTokens, double[] out) {
    SentimentDistribution d = node.sentiment();
    if (d != null) {
      List<Double> p = d.probabilities();
      if (node.isLeaf()) {
        int c = d.argmax();
        if (c < 2) {
          out[2]++;
        } else if (c > 2) {
          out[3]++;
        }
      } else if (node.endToken() - node.firstToken() >= 2 && node.endToken() - node.firstToken() < sentenceTokens) {
        out[0] = Math.max(out[0], p.get(0) + p.get(1));
        out[1] = Math.max(out[1], p.get(3) + p.get(4));
      }
    }
    for (ParseNode child : node.children()) {
      walk(child, sentenceTokens, out);
    }
  }
}
