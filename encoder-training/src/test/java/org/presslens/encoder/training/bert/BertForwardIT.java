package org.presslens.encoder.training.bert;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.presslens.encoder.training.onnx.OnnxInitializers;
import org.presslens.nlp.encoder.EncoderInput;
import org.presslens.nlp.encoder.MiniLmEncoder;
import org.presslens.nlp.encoder.TokenStates;
import org.presslens.nlp.encoder.internal.WordPieces;

/** The DJL forward pass on the ONNX file's weights gives ONNX Runtime's token states (what training relies on). */
class BertForwardIT {

  @Test
  void djlForwardEqualsOnnxRuntimeOnAPaddedPair() throws IOException {
    List<EncoderInput> inputs = List.of(EncoderInput.pair("Putin met Kim Jong-un and praised him.", "Kim Jong-un"),
        EncoderInput.of("Critics of the tram were wrong."));
    List<TokenStates> expected = MiniLmEncoder.shared().encode(inputs);
    OnnxInitializers.Graph graph;
    try (InputStream in = new BufferedInputStream(getClass().getResourceAsStream("/all-minilm-l6-v2.onnx"))) {
      graph = OnnxInitializers.read(in);
    }
    try (NDManager m = NDManager.newBaseManager();
         WordPieces wordPieces = new WordPieces(getClass().getResourceAsStream("/all-minilm-l6-v2-tokenizer.json"),
             256)) {
      BertForward bert = new BertForward(new BertParameters(graph, m));
      int length = expected.get(0).size();
      long[] ids = new long[2 * length];
      long[] types = new long[2 * length];
      long[] mask = new long[2 * length];
      for (int r = 0; r < 2; r++) {
        WordPieces.Tokens t = wordPieces.tokenize(inputs.get(r));
        System.arraycopy(t.ids(), 0, ids, r * length, t.size());
        System.arraycopy(t.typeIds(), 0, types, r * length, t.size());
        for (int i = 0; i < t.size(); i++) {
          mask[r * length + i] = 1;
        }
      }
      Shape shape = new Shape(2, length);
      NDArray bias = BertForward.attentionBias(m.create(mask, shape));
      NDArray x = bert.embed(m.create(ids, shape), m.create(types, shape));
      for (int layer = 0; layer < BertParameters.LAYERS; layer++) {
        x = bert.layer(layer, x, bias);
      }
      float[] djl = x.toFloatArray();
      double maxDiff = 0;
      for (int r = 0; r < 2; r++) {
        TokenStates ort = expected.get(r);
        for (int tok = 0; tok < ort.size(); tok++) {
          float[] s = ort.state(tok);
          for (int d = 0; d < s.length; d++) {
            maxDiff = Math.max(maxDiff, Math.abs(s[d] - djl[(r * length + tok) * 384 + d]));
          }
        }
      }
      assertThat(maxDiff).isLessThan(1e-4);
    }
  }
}
