package org.presslens.encoder.training;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presslens.encoder.training.heads.HeadFit;
import org.presslens.encoder.training.heads.LabelledTexts;
import org.presslens.nlp.encoder.EncoderWeights;
import org.presslens.models.encoder.heads.LinearHead;
import org.presslens.models.encoder.heads.Pooling;

/**
 * Heads of several targets fitted as one softmax regression over {@code [x ; x in the block of its target ; target
 * indicator]}: weights shared by all targets plus each target's own, under one L2 penalty, so that a target with few
 * examples borrows from the others. Each target's head is the sum of the shared and its own weights (the other
 * blocks are zero for its texts), so it runs as a plain {@link LinearHead} over {@code x}.
 */
final class JointHeads {

  private JointHeads() {
  }

  /** One head per target of {@code train}, in its order. */
  static Map<String, EncoderWeights> fit(Map<String, LabelledTexts> train, Pooling pooling, double l2, double balance) {
    List<String> targets = new ArrayList<>(train.keySet());
    int k = targets.size();
    List<float[]> x = new ArrayList<>();
    List<Integer> y = new ArrayList<>();
    int f = -1;
    for (int t = 0; t < k; t++) {
      LabelledTexts data = train.get(targets.get(t));
      List<float[]> features = data.features(pooling);
      for (int i = 0; i < features.size(); i++) {
        float[] v = features.get(i);
        f = v.length;
        float[] row = new float[f * (1 + k) + k];
        System.arraycopy(v, 0, row, 0, f);
        System.arraycopy(v, 0, row, f * (1 + t), f);
        row[f * (1 + k) + t] = 1;
        x.add(row);
        y.add(data.labels()[i]);
      }
    }
    int[] labels = y.stream().mapToInt(Integer::intValue).toArray();
    EncoderWeights joint = HeadFit.fit(x, labels, 3, l2, HeadFit.classWeights(labels, 3, balance));
    float[] w = joint.tensor(LinearHead.WEIGHT).values();
    float[] b = joint.tensor(LinearHead.BIAS).values();
    int classes = b.length;
    Map<String, EncoderWeights> out = new LinkedHashMap<>();
    for (int t = 0; t < k; t++) {
      float[] wt = new float[f * classes];
      float[] bt = new float[classes];
      for (int c = 0; c < classes; c++) {
        bt[c] = b[c] + w[(f * (1 + k) + t) * classes + c];
        for (int j = 0; j < f; j++) {
          wt[j * classes + c] = w[j * classes + c] + w[(f * (1 + t) + j) * classes + c];
        }
      }
      Map<String, EncoderWeights.Tensor> tensors = new LinkedHashMap<>();
      tensors.put(LinearHead.WEIGHT, new EncoderWeights.Tensor(new long[] {f, classes}, wt));
      tensors.put(LinearHead.BIAS, new EncoderWeights.Tensor(new long[] {classes}, bt));
      out.put(targets.get(t), new EncoderWeights(tensors));
    }
    return out;
  }
}
