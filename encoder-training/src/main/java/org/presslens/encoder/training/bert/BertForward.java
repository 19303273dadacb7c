package org.presslens.encoder.training.bert;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.nn.Activation;

/**
 * BERT's forward pass written with DJL array operations (post-LayerNorm, exact GELU, 12 heads of 32), on the weights of
 * {@link BertParameters}; autograd flows into whichever of them require gradients. Results are attached to the
 * manager of the activations passed in.
 */
public final class BertForward {

  private static final int HEADS = 12;
  private static final float EPS = 1e-12f;

  private final BertParameters p;

  public BertForward(BertParameters parameters) {
    this.p = parameters;
  }

  /** Embeddings of {@code ids} and {@code types} ({@code [B, T]} int64 arrays), layer-normalised: {@code [B, T, 384]}. */
  public NDArray embed(NDArray ids, NDArray types) {
    NDManager m = ids.getManager();
    long b = ids.getShape().get(0);
    long t = ids.getShape().get(1);
    NDArray words = p.get("embeddings.word_embeddings.weight").get(new NDIndex("{}", ids.flatten()));
    NDArray typeRows = p.get("embeddings.token_type_embeddings.weight").get(new NDIndex("{}", types.flatten()));
    NDArray positions = p.get("embeddings.position_embeddings.weight").get(new NDIndex("0:{}", t));
    words.attach(m);
    typeRows.attach(m);
    positions.attach(m);
    NDArray x = words.add(typeRows).reshape(b, t, -1).add(positions.expandDims(0));
    return layerNorm(x, p.get("embeddings.LayerNorm.weight"), p.get("embeddings.LayerNorm.bias"));
  }

  /** The additive attention mask of a {@code [B, T]} 0/1 mask: {@code [B, 1, 1, T]}, 0 or -10000. */
  public static NDArray attentionBias(NDArray mask) {
    return mask.toType(ai.djl.ndarray.types.DataType.FLOAT32, false).sub(1f).mul(10000f).expandDims(1).expandDims(1);
  }

  /** One transformer layer on {@code x} ({@code [B, T, 384]}). */
  public NDArray layer(int layer, NDArray x, NDArray bias) {
    long b = x.getShape().get(0);
    long t = x.getShape().get(1);
    long width = x.getShape().get(2);
    long head = width / HEADS;
    NDArray q = heads(linear(x, layer, "attention.self.query"), b, t, head);
    NDArray k = heads(linear(x, layer, "attention.self.key"), b, t, head);
    NDArray v = heads(linear(x, layer, "attention.self.value"), b, t, head);
    NDArray scores = q.matMul(k.transpose(0, 1, 3, 2)).div((float) Math.sqrt(head)).add(bias);
    NDArray context = scores.softmax(-1).matMul(v).transpose(0, 2, 1, 3).reshape(b, t, width);
    NDArray attended = layerNorm(linear(context, layer, "attention.output.dense").add(x),
        p.get(BertParameters.layerName(layer, "attention.output.LayerNorm.weight")),
        p.get(BertParameters.layerName(layer, "attention.output.LayerNorm.bias")));
    NDArray inner = Activation.gelu(linear(attended, layer, "intermediate.dense"));
    return layerNorm(linear(inner, layer, "output.dense").add(attended),
        p.get(BertParameters.layerName(layer, "output.LayerNorm.weight")),
        p.get(BertParameters.layerName(layer, "output.LayerNorm.bias")));
  }

  private NDArray linear(NDArray x, int layer, String name) {
    return x.matMul(p.get(BertParameters.layerName(layer, name + ".weight")))
        .add(p.get(BertParameters.layerName(layer, name + ".bias")));
  }

  private static NDArray heads(NDArray x, long b, long t, long head) {
    return x.reshape(b, t, HEADS, head).transpose(0, 2, 1, 3);
  }

  static NDArray layerNorm(NDArray x, NDArray gamma, NDArray beta) {
    NDArray mean = x.mean(new int[] {-1}, true);
    NDArray centered = x.sub(mean);
    NDArray variance = centered.square().mean(new int[] {-1}, true);
    return centered.div(variance.add(EPS).sqrt()).mul(gamma).add(beta);
  }
}
