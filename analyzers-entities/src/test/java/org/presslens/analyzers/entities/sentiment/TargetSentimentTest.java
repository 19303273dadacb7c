package org.presslens.analyzers.entities.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presslens.nlp.ParseNode;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.SentimentDistribution;
import org.presslens.nlp.Token;

class TargetSentimentTest {

  @Test
  void roleFeaturesComeFromTheParse() {
    // (ROOT (S (NP Brandt) (VP was (VP praised))) .)
    List<Token> tokens = List.of(new Token(0, 6, "Brandt", "NNP", "Brandt", "PERSON"),
        new Token(7, 10, "was", "VBD", "be", "O"), new Token(11, 18, "praised", "VBN", "praise", "O"),
        new Token(18, 19, ".", ".", ".", "O"));
    SentimentDistribution neutral = dist(2);
    SentimentDistribution positive = dist(3);
    ParseNode np = new ParseNode("NP", 0, 1, List.of(new ParseNode("NNP", 0, 1, List.of(), neutral)), neutral);
    ParseNode vp = new ParseNode("VP", 1, 3, List.of(new ParseNode("VBD", 1, 2, List.of(), neutral),
        new ParseNode("VP", 2, 3, List.of(new ParseNode("VBN", 2, 3, List.of(), positive)), positive)), positive);
    ParseNode s = new ParseNode("S", 0, 4, List.of(np, vp, new ParseNode(".", 3, 4, List.of(), neutral)), positive);
    ParseNode root = new ParseNode("ROOT", 0, 4, List.of(s), positive);
    Sentence sentence = new Sentence(0, 0, 19, tokens, root, positive, false);
    Map<String, Double> f = TargetFeatures.extract(sentence, 0, 1, false);
    assertThat(f).containsKeys("role:subj", "subjverb:praise", "role:subj:passive", "vp:cls3", "ctx:sign:+",
        "sent:cls3", "own:cls2");
  }

  private static SentimentDistribution dist(int cls) {
    List<Double> p = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      p.add(i == cls ? 0.8 : 0.05);
    }
    return new SentimentDistribution(p);
  }

  @Test
  void theShippedModelLoadsWithItsProvenance() {
    TargetSentimentModel model = TargetSentimentModel.loadDefault();
    assertThat(model.size()).isGreaterThan(1000);
    assertThat(String.join(" ", model.notes())).contains("NewsMTSC").contains("train.jsonl");
  }
}
