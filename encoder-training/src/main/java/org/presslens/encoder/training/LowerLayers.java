package org.presslens.encoder.training;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.ArrayList;
import java.util.List;
import org.presslens.encoder.training.bert.BertForward;
import org.presslens.nlp.encoder.internal.Batches;

/**
 * Runs the frozen part of the encoder (embeddings and the lower layers) once over every example, so that training
 * only runs the layers it updates. Each example's states are kept as a {@code length × 384} float array.
 */
public final class LowerLayers {

  private LowerLayers() {
  }

  /** States after the first {@code layers} layers, per example, in example order. */
  static List<float[]> run(BertForward bert, int layers, List<TargetExamples.Example> examples, NDManager base) {
    return run(bert, layers, examples.stream().map(TargetExamples.Example::ids).toList(),
        examples.stream().map(TargetExamples.Example::types).toList(), base);
  }

  /** States after the first {@code layers} layers of inputs given as token ids and segment ids, in input order. */
  public static List<float[]> run(BertForward bert, int layers, List<long[]> inputIds, List<long[]> inputTypes,
                                  NDManager base) {
    List<float[]> out = new ArrayList<>(inputIds.size());
    for (int i = 0; i < inputIds.size(); i++) {
      out.add(null);
    }
    int[] lengths = inputIds.stream().mapToInt(a -> a.length).toArray();
    for (int[] batch : Batches.of(lengths, 64)) {
      try (NDManager m = base.newSubManager()) {
        int length = lengths[batch[batch.length - 1]];
        long[] ids = new long[batch.length * length];
        long[] types = new long[batch.length * length];
        long[] mask = new long[batch.length * length];
        for (int r = 0; r < batch.length; r++) {
          int n = lengths[batch[r]];
          System.arraycopy(inputIds.get(batch[r]), 0, ids, r * length, n);
          System.arraycopy(inputTypes.get(batch[r]), 0, types, r * length, n);
          java.util.Arrays.fill(mask, r * length, r * length + n, 1L);
        }
        Shape shape = new Shape(batch.length, length);
        NDArray bias = BertForward.attentionBias(m.create(mask, shape));
        NDArray x = bert.embed(m.create(ids, shape), m.create(types, shape));
        for (int layer = 0; layer < layers; layer++) {
          x = bert.layer(layer, x, bias);
        }
        float[] all = x.toFloatArray();
        int width = (int) x.getShape().get(2);
        for (int r = 0; r < batch.length; r++) {
          int n = lengths[batch[r]];
          int from = r * length * width;
          out.set(batch[r], java.util.Arrays.copyOfRange(all, from, from + n * width));
        }
      }
    }
    return out;
  }
}
