package org.presslens.nlp.encoder;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Runs the real MiniLM model from the Maven artifact (loaded once for the JVM). */
class MiniLmEncoderIT {

  private static final String S1 = "Putin met Kim Jong-un in Vladivostok, and praised him.";
  private static final String S2 = "The tram line’s critics were wrong.";

  private final MiniLmEncoder encoder = MiniLmEncoder.shared();

  @Test
  void tokenStatesAreAlignedToEndExclusiveOffsetsOfTheText() {
    TokenStates t = encoder.encode(S1);
    assertThat(t.dimension()).isEqualTo(384);
    assertThat(t.special(0)).isTrue();
    assertThat(t.special(t.size() - 1)).isTrue();
    List<String> pieces = new ArrayList<>();
    for (int i = 1; i < t.size() - 1; i++) {
      assertThat(t.special(i)).isFalse();
      assertThat(t.segment(i)).isZero();
      pieces.add(S1.substring(t.begin(i), t.end(i)));
    }
    assertThat(pieces).startsWith("Putin", "met", "Kim", "Jong", "-", "un", "in");
    assertThat(pieces).endsWith("praised", "him", ".");
    assertThat(String.join("", pieces)).isEqualTo(S1.replace(" ", ""));
    assertThat(t.truncated()).isFalse();
    assertThat(encoder.encode(S2).covers(S2.indexOf('’'), S2.indexOf('’') + 1)).isTrue();
  }

  @Test
  void theSecondTextOfAPairIsSegmentOneWithItsOwnOffsets() {
    TokenStates t = encoder.encode(List.of(EncoderInput.pair(S1, "Kim Jong-un"))).get(0);
    List<String> second = new ArrayList<>();
    for (int i = 0; i < t.size(); i++) {
      if (t.segment(i) == 1 && !t.special(i)) {
        second.add("Kim Jong-un".substring(t.begin(i), t.end(i)));
      }
    }
    assertThat(second).containsExactly("Kim", "Jong", "-", "un");
    assertThat(t.meanOver(S1.indexOf("Kim"), S1.indexOf("Kim") + 11)).isNotEqualTo(new float[384]);
  }

  @Test
  void batchedAndPaddedStatesEqualSingleOnes() {
    List<EncoderInput> inputs = List.of(EncoderInput.of(S1), EncoderInput.of(S2), EncoderInput.of("Yes."));
    List<TokenStates> batch = encoder.encode(inputs);
    for (int i = 0; i < inputs.size(); i++) {
      TokenStates single = encoder.encode(inputs.get(i).text());
      assertThat(batch.get(i).size()).isEqualTo(single.size());
      for (int tok = 0; tok < single.size(); tok++) {
        float[] a = batch.get(i).state(tok);
        float[] b = single.state(tok);
        for (int d = 0; d < a.length; d++) {
          assertThat(Math.abs(a[d] - b[d])).isLessThan(1e-4f);
        }
      }
    }
  }

  @Test
  void longInputsAreTruncatedAndEmptyTextsHaveOnlySpecialTokens() {
    TokenStates t = encoder.encode("word ".repeat(400));
    assertThat(t.truncated()).isTrue();
    assertThat(t.size()).isEqualTo(encoder.maxTokens());
    TokenStates empty = encoder.encode("");
    assertThat(empty.size()).isEqualTo(2);
    assertThat(encoder.encode(List.of())).isEmpty();
  }

  @Test
  void concurrentCallsGiveTheSameStates() throws Exception {
    float[] expected = encoder.encode(S1).state(3);
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<float[]>> futures = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        futures.add(pool.submit(() -> encoder.encode(S1).state(3)));
      }
      for (Future<float[]> f : futures) {
        assertThat(f.get()).containsExactly(expected);
      }
    } finally {
      pool.shutdown();
    }
  }

  @Test
  void replacedWeightsChangeTheStates() {
    // Zeroing the last layer's output LayerNorm gain makes every state equal to that LayerNorm's bias.
    float[] bias = new float[384];
    bias[0] = 0.5f;
    EncoderWeights zero = new EncoderWeights(Map.of(
        "encoder.layer.5.output.LayerNorm.weight", new EncoderWeights.Tensor(new long[] {384}, new float[384]),
        "encoder.layer.5.output.LayerNorm.bias", new EncoderWeights.Tensor(new long[] {384}, bias)));
    try (MiniLmEncoder replaced = MiniLmEncoder.create(zero, MiniLmEncoder.Options.DEFAULT)) {
      assertThat(replaced.encode(S1).state(2)).containsExactly(bias);
    }
    assertThat(encoder.encode(S1).state(2)).isNotEqualTo(bias);
  }
}
