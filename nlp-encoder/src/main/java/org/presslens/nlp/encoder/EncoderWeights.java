package org.presslens.nlp.encoder;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Named float tensors that replace initializers (weights) of the base encoder graph, e.g. fine-tuned upper layers,
 * or that hold a small task head. Stored as a small binary file: the magic {@code PLENCW1}, the tensor count, then per
 * tensor its name, rank, dimensions and little-endian floats.
 */
public final class EncoderWeights {

  private static final String MAGIC = "PLENCW1";

  /** One named tensor. */
  public record Tensor(long[] shape, float[] values) {

    public Tensor {
      long n = 1;
      for (long d : shape) {
        n *= d;
      }
      if (n != values.length) {
        throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " does not hold "
            + values.length + " values");
      }
    }
  }

  private final Map<String, Tensor> tensors;

  public EncoderWeights(Map<String, Tensor> tensors) {
    this.tensors = Collections.unmodifiableMap(new LinkedHashMap<>(tensors));
  }

  /** The tensors by name, in file order. */
  public Map<String, Tensor> tensors() {
    return tensors;
  }

  /** The tensor {@code name}; an {@link EncoderException} names it when it is missing. */
  public Tensor tensor(String name) {
    Tensor t = tensors.get(name);
    if (t == null) {
      throw new EncoderException("encoder weights have no tensor '" + name + "'");
    }
    return t;
  }

  /** Reads weights written by {@link #write(OutputStream)}; the stream is not closed. */
  public static EncoderWeights read(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
    String magic = in.readUTF();
    if (!MAGIC.equals(magic)) {
      throw new IOException("not an encoder weights file (magic '" + magic + "')");
    }
    int count = in.readInt();
    Map<String, Tensor> tensors = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      String name = in.readUTF();
      long[] shape = new long[in.readInt()];
      for (int d = 0; d < shape.length; d++) {
        shape[d] = in.readLong();
      }
      byte[] bytes = new byte[in.readInt() * Float.BYTES];
      in.readFully(bytes);
      float[] values = new float[bytes.length / Float.BYTES];
      ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
      tensors.put(name, new Tensor(shape, values));
    }
    return new EncoderWeights(tensors);
  }

  /** Writes the weights; the stream is flushed, not closed. */
  public void write(OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
    out.writeUTF(MAGIC);
    out.writeInt(tensors.size());
    for (Map.Entry<String, Tensor> e : tensors.entrySet()) {
      out.writeUTF(e.getKey());
      long[] shape = e.getValue().shape();
      out.writeInt(shape.length);
      for (long d : shape) {
        out.writeLong(d);
      }
      float[] values = e.getValue().values();
      out.writeInt(values.length);
      ByteBuffer buf = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
      buf.asFloatBuffer().put(values);
      out.write(buf.array());
    }
    out.flush();
  }
}
