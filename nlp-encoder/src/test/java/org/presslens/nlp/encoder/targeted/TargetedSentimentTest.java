package org.presslens.nlp.encoder.targeted;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.presslens.nlp.encoder.EncoderInput;
import org.presslens.nlp.encoder.EncoderWeights;
import org.presslens.nlp.encoder.TextEncoder;
import org.presslens.nlp.encoder.TokenStates;

class TargetedSentimentTest {

  /** A width-1 fake: one token per space-separated word, its state 1 for "good", -1 for "bad", else 0; CLS 0. */
  private static final class WordEncoder implements TextEncoder {

    final List<EncoderInput> seen = new ArrayList<>();

    @Override
    public int dimension() {
      return 1;
    }

    @Override
    public int maxTokens() {
      return TargetedSentiment.MAX_TOKENS;
    }

    @Override
    public List<TokenStates> encode(List<EncoderInput> inputs) {
      seen.addAll(inputs);
      List<TokenStates> out = new ArrayList<>();
      for (EncoderInput in : inputs) {
        String[] words = in.text().split(" ");
        int n = words.length + 1;
        float[] states = new float[n];
        int[] begins = new int[n];
        int[] ends = new int[n];
        boolean[] special = new boolean[n];
        special[0] = true;
        int at = 0;
        for (int w = 0; w < words.length; w++) {
          begins[w + 1] = at;
          ends[w + 1] = at + words[w].length();
          states[w + 1] = words[w].equals("good") ? 1 : words[w].equals("bad") ? -1 : 0;
          at += words[w].length() + 1;
        }
        out.add(new TokenStates(1, states, begins, ends, new int[n], special, false));
      }
      return out;
    }
  }

  @Test
  void pairsTheSentenceWithTheMentionAndClassifiesTheTargetTokens() {
    WordEncoder encoder = new WordEncoder();
    // features [cls, target]: positive logit = 4 * target, negative = -4 * target
    EncoderWeights head = new EncoderWeights(Map.of(
        TargetedSentiment.HEAD_WEIGHT, new EncoderWeights.Tensor(new long[] {2, 3},
            new float[] {0, 0, 0, -4, 0, 4}),
        TargetedSentiment.HEAD_BIAS, new EncoderWeights.Tensor(new long[] {3}, new float[3])));
    TargetedSentiment model = new TargetedSentiment(encoder, head);
    String s = "good bad x";
    List<float[]> p = model.predict(List.of(new TargetedSentiment.Target(s, 0, 4),
        new TargetedSentiment.Target(s, 5, 8), new TargetedSentiment.Target(s, 9, 10)));

    assertThat(encoder.seen).containsExactly(EncoderInput.pair(s, "good"), EncoderInput.pair(s, "bad"),
        EncoderInput.pair(s, "x"));
    assertThat(p.get(0)[2]).isGreaterThan(0.9f);
    assertThat(p.get(1)[0]).isGreaterThan(0.9f);
    assertThat(p.get(2)[1]).isCloseTo(1f / 3, within(1e-6f));
  }

  @Test
  void rejectsAHeadOfTheWrongWidthAndATargetOutsideTheSentence() {
    EncoderWeights head = new EncoderWeights(Map.of(
        TargetedSentiment.HEAD_WEIGHT, new EncoderWeights.Tensor(new long[] {4, 3}, new float[12]),
        TargetedSentiment.HEAD_BIAS, new EncoderWeights.Tensor(new long[] {3}, new float[3])));
    assertThatThrownBy(() -> new TargetedSentiment(new WordEncoder(), head)).hasMessageContaining("width 1");
    assertThatThrownBy(() -> new TargetedSentiment.Target("abc", 2, 5)).hasMessageContaining("[2, 5)");
  }
}
