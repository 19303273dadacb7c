package org.presslens.encoder.training.bert;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.LinkedHashMap;
import java.util.Map;
import org.presslens.encoder.training.onnx.OnnxInitializers;

/**
 * The BERT weights of the MiniLM ONNX graph as DJL arrays, under canonical names ({@code encoder.layer.3.attention.self.
 * query.weight}, stored {@code [in, out]} as the graph's MatMul takes them), with the graph's own initializer name of
 * each, so that fine-tuned arrays can replace those initializers at run time.
 */
public final class BertParameters {

  /** Layers of MiniLM-L6. */
  public static final int LAYERS = 6;
  private static final String[] LINEARS = {
    "attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
    "intermediate.dense", "output.dense"};

  private final Map<String, NDArray> arrays = new LinkedHashMap<>();
  private final Map<String, String> onnxNames = new LinkedHashMap<>();

  /** Copies the weights of {@code graph} into {@code manager}. */
  public BertParameters(OnnxInitializers.Graph graph, NDManager manager) {
    Map<String, String> matMulWeights = new LinkedHashMap<>();
    for (OnnxInitializers.Node n : graph.nodes()) {
      if (n.opType().equals("MatMul") && n.inputs().size() == 2
          && graph.initializers().containsKey(n.inputs().get(1))) {
        // "/encoder/layer.3/attention/self/query/MatMul" -> "encoder.layer.3.attention.self.query.weight"
        String path = n.name().substring(1, n.name().lastIndexOf('/')).replace('/', '.');
        matMulWeights.put(path + ".weight", n.inputs().get(1));
      }
    }
    for (OnnxInitializers.Tensor t : graph.initializers().values()) {
      if (!t.name().startsWith("onnx::")) {
        put(t.name(), t.name(), t, manager);
      }
    }
    for (Map.Entry<String, String> e : matMulWeights.entrySet()) {
      put(e.getKey(), e.getValue(), graph.initializers().get(e.getValue()), manager);
    }
    for (int layer = 0; layer < LAYERS; layer++) {
      for (String linear : LINEARS) {
        get(layerName(layer, linear + ".weight"));
        get(layerName(layer, linear + ".bias"));
      }
    }
  }

  private void put(String name, String onnxName, OnnxInitializers.Tensor t, NDManager manager) {
    arrays.put(name, manager.create(t.values(), new Shape(t.dims())));
    onnxNames.put(name, onnxName);
  }

  /** {@code encoder.layer.<layer>.<suffix>}. */
  public static String layerName(int layer, String suffix) {
    return "encoder.layer." + layer + "." + suffix;
  }

  /** The array of a canonical name. */
  public NDArray get(String name) {
    NDArray a = arrays.get(name);
    if (a == null) {
      throw new IllegalArgumentException("the ONNX graph has no weight " + name);
    }
    return a;
  }

  /** The graph's initializer name for a canonical name. */
  public String onnxName(String name) {
    get(name);
    return onnxNames.get(name);
  }

  /** Canonical names of one layer's weights, in a fixed order. */
  public Map<String, NDArray> layer(int layer) {
    Map<String, NDArray> out = new LinkedHashMap<>();
    String prefix = "encoder.layer." + layer + ".";
    arrays.forEach((name, array) -> {
      if (name.startsWith(prefix)) {
        out.put(name, array);
      }
    });
    return out;
  }
}
