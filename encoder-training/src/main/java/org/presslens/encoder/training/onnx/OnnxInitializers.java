package org.presslens.encoder.training.onnx;

import com.google.protobuf.CodedInputStream;
import com.google.protobuf.WireFormat;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the float initializers (the weights) and the nodes of an ONNX model from its protobuf wire format
 * (ModelProto.graph = 7; GraphProto.node = 1, initializer = 5; TensorProto.dims = 1, data_type = 2, float_data = 4,
 * name = 8, raw_data = 9; NodeProto.input = 1, output = 2, name = 3, op_type = 4), with protobuf-java's
 * {@link CodedInputStream}. Only what fine-tuning needs: FLOAT tensors stored inline.
 */
public final class OnnxInitializers {

  private static final int FLOAT = 1;

  private OnnxInitializers() {
  }

  /** A named float tensor of the model. */
  public record Tensor(String name, long[] dims, float[] values) {
  }

  /** A node of the graph: its operator, inputs and outputs. */
  public record Node(String name, String opType, List<String> inputs, List<String> outputs) {
  }

  /** The model's initializers (float ones, in file order) and its nodes. */
  public record Graph(Map<String, Tensor> initializers, List<Node> nodes) {
  }

  /** Reads the graph of the ONNX model in {@code model}; the stream is not closed. */
  public static Graph read(InputStream model) {
    try {
      CodedInputStream in = CodedInputStream.newInstance(model);
      in.setSizeLimit(Integer.MAX_VALUE);
      Graph graph = null;
      while (true) {
        int tag = in.readTag();
        if (tag == 0) {
          break;
        }
        if (WireFormat.getTagFieldNumber(tag) == 7) {
          int limit = in.pushLimit(in.readRawVarint32());
          graph = readGraph(in);
          in.popLimit(limit);
        } else {
          in.skipField(tag);
        }
      }
      if (graph == null) {
        throw new IllegalArgumentException("ONNX model has no graph");
      }
      return graph;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read ONNX model", e);
    }
  }

  private static Graph readGraph(CodedInputStream in) throws IOException {
    Map<String, Tensor> initializers = new LinkedHashMap<>();
    List<Node> nodes = new ArrayList<>();
    while (!in.isAtEnd()) {
      int tag = in.readTag();
      int field = WireFormat.getTagFieldNumber(tag);
      if (field == 1 || field == 5) {
        int limit = in.pushLimit(in.readRawVarint32());
        if (field == 1) {
          nodes.add(readNode(in));
        } else {
          Tensor t = readTensor(in);
          if (t != null) {
            initializers.put(t.name(), t);
          }
        }
        in.popLimit(limit);
      } else {
        in.skipField(tag);
      }
    }
    return new Graph(initializers, nodes);
  }

  private static Node readNode(CodedInputStream in) throws IOException {
    List<String> inputs = new ArrayList<>();
    List<String> outputs = new ArrayList<>();
    String name = "";
    String op = "";
    while (!in.isAtEnd()) {
      int tag = in.readTag();
      switch (WireFormat.getTagFieldNumber(tag)) {
        case 1 -> inputs.add(in.readStringRequireUtf8());
        case 2 -> outputs.add(in.readStringRequireUtf8());
        case 3 -> name = in.readStringRequireUtf8();
        case 4 -> op = in.readStringRequireUtf8();
        default -> in.skipField(tag);
      }
    }
    return new Node(name, op, List.copyOf(inputs), List.copyOf(outputs));
  }

  private static Tensor readTensor(CodedInputStream in) throws IOException {
    List<Long> dims = new ArrayList<>();
    int type = 0;
    String name = "";
    byte[] raw = null;
    List<Float> floats = new ArrayList<>();
    while (!in.isAtEnd()) {
      int tag = in.readTag();
      int field = WireFormat.getTagFieldNumber(tag);
      int wire = WireFormat.getTagWireType(tag);
      if (field == 1 && wire == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
        int limit = in.pushLimit(in.readRawVarint32());
        while (!in.isAtEnd()) {
          dims.add(in.readInt64());
        }
        in.popLimit(limit);
      } else if (field == 1) {
        dims.add(in.readInt64());
      } else if (field == 2) {
        type = in.readInt32();
      } else if (field == 4 && wire == WireFormat.WIRETYPE_LENGTH_DELIMITED) {
        int limit = in.pushLimit(in.readRawVarint32());
        while (!in.isAtEnd()) {
          floats.add(in.readFloat());
        }
        in.popLimit(limit);
      } else if (field == 4) {
        floats.add(in.readFloat());
      } else if (field == 8) {
        name = in.readStringRequireUtf8();
      } else if (field == 9) {
        raw = in.readByteArray();
      } else {
        in.skipField(tag);
      }
    }
    if (type != FLOAT) {
      return null;
    }
    long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
    float[] values;
    if (raw != null) {
      values = new float[raw.length / Float.BYTES];
      ByteBuffer.wrap(raw).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(values);
    } else {
      values = new float[floats.size()];
      for (int i = 0; i < values.length; i++) {
        values[i] = floats.get(i);
      }
    }
    return new Tensor(name, shape, values);
  }
}
