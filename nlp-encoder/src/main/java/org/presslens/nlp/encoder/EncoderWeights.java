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
import org.presslens.nlp.encoder.internal.Float16;

/**
 * Named float tensors that replace initializers (weights) of the base encoder graph, e.g. fine-tuned upper layers,
 * or that hold a small task head. Stored as a small binary file in one of two versions, both read:
 * <ul>
 *   <li>{@code PLENCW1} (float32): the magic, the tensor count, then per tensor its name, rank, dimensions and
 *       little-endian floats;</li>
 *   <li>{@code PLENCW2}: the magic, the precision's name ({@code float32} or {@code float16}), then as version 1 with
 *       each value in that precision, little-endian (IEEE binary16 for {@code float16}, widened exactly to
 *       {@code float} when read).</li>
 * </ul>
 * {@link #write(OutputStream)} writes version 1; {@link #write(OutputStream, Precision)} with {@code FLOAT16} version 2.
 */
public final class EncoderWeights {

  private static final String MAGIC = "PLENCW1";
  private static final String MAGIC_V2 = "PLENCW2";

  /** How the values are stored in a file. */
  public enum Precision {
    /** 4 bytes per value, exact. */
    FLOAT32("float32", Float.BYTES),
    /** 2 bytes per value: IEEE binary16, rounded to nearest (ties to even) when written. */
    FLOAT16("float16", Short.BYTES);

    private final String label;
    private final int bytes;

    Precision(String label, int bytes) {
      this.label = label;
      this.bytes = bytes;
    }

    /** The name stored in the file and accepted by {@link #of(String)}. */
    public String label() {
      return label;
    }

    /** The precision named {@code label} ({@code float32} or {@code float16}). */
    public static Precision of(String label) {
      for (Precision p : values()) {
        if (p.label.equals(label)) {
          return p;
        }
      }
      throw new IllegalArgumentException("unknown precision '" + label + "' (float32 or float16)");
    }
  }

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

  /**
   * Reads weights of either version, written by {@link #write(OutputStream)} or {@link #write(OutputStream, Precision)};
   * the stream is not closed.
   */
  public static EncoderWeights read(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(stream, 1 << 16));
    String magic = in.readUTF();
    Precision precision;
    if (MAGIC.equals(magic)) {
      precision = Precision.FLOAT32;
    } else if (MAGIC_V2.equals(magic)) {
      String label = in.readUTF();
      try {
        precision = Precision.of(label);
      } catch (IllegalArgumentException e) {
        throw new IOException("encoder weights file of unknown precision '" + label + "'", e);
      }
    } else {
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
      float[] values = new float[in.readInt()];
      byte[] bytes = new byte[values.length * precision.bytes];
      in.readFully(bytes);
      ByteBuffer buffer = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
      if (precision == Precision.FLOAT32) {
        buffer.asFloatBuffer().get(values);
      } else {
        short[] halves = new short[values.length];
        buffer.asShortBuffer().get(halves);
        for (int v = 0; v < values.length; v++) {
          values[v] = Float16.toFloat(halves[v]);
        }
      }
      tensors.put(name, new Tensor(shape, values));
    }
    return new EncoderWeights(tensors);
  }

  /** Writes the weights in float32 (version 1, {@code PLENCW1}); the stream is flushed, not closed. */
  public void write(OutputStream stream) throws IOException {
    write(stream, Precision.FLOAT32, MAGIC);
  }

  /**
   * Writes the weights in {@code precision}: float32 as {@link #write(OutputStream)}, float16 (values rounded to the
   * nearest binary16, ties to even) as version 2, {@code PLENCW2}; the stream is flushed, not closed.
   */
  public void write(OutputStream stream, Precision precision) throws IOException {
    write(stream, precision, precision == Precision.FLOAT32 ? MAGIC : MAGIC_V2);
  }

  private void write(OutputStream stream, Precision precision, String magic) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream, 1 << 16));
    out.writeUTF(magic);
    if (MAGIC_V2.equals(magic)) {
      out.writeUTF(precision.label());
    }
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
      ByteBuffer buf = ByteBuffer.allocate(values.length * precision.bytes).order(ByteOrder.LITTLE_ENDIAN);
      if (precision == Precision.FLOAT32) {
        buf.asFloatBuffer().put(values);
      } else {
        for (float v : values) {
          buf.putShort(Float16.fromFloat(v));
        }
      }
      out.write(buf.array());
    }
    out.flush();
  }
}
