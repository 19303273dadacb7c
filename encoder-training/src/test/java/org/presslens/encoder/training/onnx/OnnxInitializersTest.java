package org.presslens.encoder.training.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.CodedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.junit.jupiter.api.Test;

class OnnxInitializersTest {

  /** ModelProto { ir_version 8; graph { node MatMul; initializer w (raw); initializer b (float_data); int64 t } }. */
  private static byte[] model() throws IOException {
    ByteArrayOutputStream node = new ByteArrayOutputStream();
    CodedOutputStream n = CodedOutputStream.newInstance(node);
    n.writeString(1, "x");
    n.writeString(1, "w");
    n.writeString(2, "y");
    n.writeString(3, "/layer.0/dense/MatMul");
    n.writeString(4, "MatMul");
    n.flush();

    ByteArrayOutputStream raw = new ByteArrayOutputStream();
    CodedOutputStream w = CodedOutputStream.newInstance(raw);
    w.writeInt64(1, 2);
    w.writeInt64(1, 2);
    w.writeInt32(2, 1);
    w.writeString(8, "w");
    ByteBuffer bytes = ByteBuffer.allocate(16).order(ByteOrder.LITTLE_ENDIAN);
    bytes.putFloat(1).putFloat(2).putFloat(3).putFloat(-4);
    w.writeByteArray(9, bytes.array());
    w.flush();

    ByteArrayOutputStream inline = new ByteArrayOutputStream();
    CodedOutputStream b = CodedOutputStream.newInstance(inline);
    b.writeInt64(1, 2);
    b.writeInt32(2, 1);
    b.writeTag(4, 2);
    b.writeUInt32NoTag(8);
    b.writeFloatNoTag(0.5f);
    b.writeFloatNoTag(-0.25f);
    b.writeString(8, "b");
    b.flush();

    ByteArrayOutputStream ints = new ByteArrayOutputStream();
    CodedOutputStream t = CodedOutputStream.newInstance(ints);
    t.writeInt64(1, 1);
    t.writeInt32(2, 7);
    t.writeString(8, "shape");
    t.flush();

    ByteArrayOutputStream graph = new ByteArrayOutputStream();
    CodedOutputStream g = CodedOutputStream.newInstance(graph);
    g.writeByteArray(1, node.toByteArray());
    g.writeString(2, "graph");
    g.writeByteArray(5, raw.toByteArray());
    g.writeByteArray(5, inline.toByteArray());
    g.writeByteArray(5, ints.toByteArray());
    g.flush();

    ByteArrayOutputStream model = new ByteArrayOutputStream();
    CodedOutputStream m = CodedOutputStream.newInstance(model);
    m.writeInt64(1, 8);
    m.writeByteArray(7, graph.toByteArray());
    m.flush();
    return model.toByteArray();
  }

  @Test
  void readsFloatInitializersStoredRawOrInlineAndTheNodes() throws IOException {
    OnnxInitializers.Graph graph = OnnxInitializers.read(new ByteArrayInputStream(model()));

    assertThat(graph.initializers().keySet()).containsExactly("w", "b");
    assertThat(graph.initializers().get("w").dims()).containsExactly(2, 2);
    assertThat(graph.initializers().get("w").values()).containsExactly(1, 2, 3, -4);
    assertThat(graph.initializers().get("b").values()).containsExactly(0.5f, -0.25f);
    assertThat(graph.nodes()).singleElement().satisfies(n -> {
      assertThat(n.opType()).isEqualTo("MatMul");
      assertThat(n.name()).isEqualTo("/layer.0/dense/MatMul");
      assertThat(n.inputs()).containsExactly("x", "w");
      assertThat(n.outputs()).containsExactly("y");
    });
  }

  @Test
  void aModelWithoutGraphIsRejected() {
    assertThatThrownBy(() -> OnnxInitializers.read(new ByteArrayInputStream(new byte[] {8, 8})))
        .hasMessageContaining("no graph");
  }
}
