package org.presslens.nlp.encoder.internal;

import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.presslens.nlp.encoder.EncoderException;
import org.presslens.nlp.encoder.EncoderWeights;

/**
 * The encoder graph in an ONNX Runtime session, optionally with initializers replaced by other weights. Runs one padded
 * batch at a time; {@link OrtSession#run} is thread-safe.
 */
public final class OrtGraph implements AutoCloseable {

  private final OrtEnvironment env = OrtEnvironment.getEnvironment();
  private final OrtSession session;
  private final List<OnnxTensor> replaced = new ArrayList<>();
  private final boolean takesTypeIds;
  private final int dimension;

  public OrtGraph(byte[] model, EncoderWeights overrides, int intraOpThreads, int dimension) {
    this.dimension = dimension;
    try (OrtSession.SessionOptions options = new OrtSession.SessionOptions()) {
      options.setIntraOpNumThreads(intraOpThreads);
      options.setInterOpNumThreads(1);
      options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
      for (Map.Entry<String, EncoderWeights.Tensor> e : overrides.tensors().entrySet()) {
        OnnxTensor t = OnnxTensor.createTensor(env, FloatBuffer.wrap(e.getValue().values()), e.getValue().shape());
        replaced.add(t);
        options.addInitializer(e.getKey(), t);
      }
      this.session = env.createSession(model, options);
      this.takesTypeIds = session.getInputNames().contains("token_type_ids");
    } catch (OrtException e) {
      closeReplaced();
      throw new EncoderException("cannot load the encoder graph into ONNX Runtime", e);
    }
  }

  /**
   * Runs a batch of {@code rows} inputs padded to {@code length} tokens.
   *
   * @return the row-major {@code rows × length × dimension} last hidden states
   */
  public float[] run(long[] ids, long[] typeIds, long[] mask, int rows, int length) {
    long[] shape = {rows, length};
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(ids), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(env, LongBuffer.wrap(mask), shape));
      if (takesTypeIds) {
        inputs.put("token_type_ids", OnnxTensor.createTensor(env, LongBuffer.wrap(typeIds), shape));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        FloatBuffer out = ((OnnxTensor) result.get(0)).getFloatBuffer();
        float[] states = new float[rows * length * dimension];
        out.get(states);
        return states;
      }
    } catch (OrtException e) {
      throw new EncoderException("the encoder failed on a batch of " + rows + " inputs of " + length + " tokens", e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  private void closeReplaced() {
    replaced.forEach(OnnxTensor::close);
    replaced.clear();
  }

  @Override
  public void close() {
    try {
      session.close();
    } catch (OrtException e) {
      throw new EncoderException("cannot close the encoder session", e);
    } finally {
      closeReplaced();
    }
  }
}
