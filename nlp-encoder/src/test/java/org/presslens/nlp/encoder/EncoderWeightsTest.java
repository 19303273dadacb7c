package org.presslens.nlp.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EncoderWeightsTest {

  @Test
  void writesAndReadsTensorsInOrder() throws IOException {
    Map<String, EncoderWeights.Tensor> tensors = new LinkedHashMap<>();
    tensors.put("onnx::MatMul_1", new EncoderWeights.Tensor(new long[] {2, 3}, new float[] {1, 2, 3, 4, 5, -6.5f}));
    tensors.put("a.bias", new EncoderWeights.Tensor(new long[] {1}, new float[] {Float.MIN_VALUE}));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new EncoderWeights(tensors).write(out);

    EncoderWeights read = EncoderWeights.read(new ByteArrayInputStream(out.toByteArray()));
    assertThat(read.tensors().keySet()).containsExactly("onnx::MatMul_1", "a.bias");
    assertThat(read.tensor("onnx::MatMul_1").shape()).containsExactly(2, 3);
    assertThat(read.tensor("onnx::MatMul_1").values()).containsExactly(1, 2, 3, 4, 5, -6.5f);
    assertThat(read.tensor("a.bias").values()).containsExactly(Float.MIN_VALUE);
  }

  @Test
  void float16FilesSayTheirPrecisionAndWidenWhenRead() throws IOException {
    Map<String, EncoderWeights.Tensor> tensors = new LinkedHashMap<>();
    float[] values = {0f, -0f, 1f, -2.5f, 0.1f, 65504f, 1e6f, 0x1p-24f, 1f + 0x1p-11f};
    tensors.put("w", new EncoderWeights.Tensor(new long[] {3, 3}, values));
    EncoderWeights weights = new EncoderWeights(tensors);
    ByteArrayOutputStream half = new ByteArrayOutputStream();
    weights.write(half, EncoderWeights.Precision.FLOAT16);
    ByteArrayOutputStream full = new ByteArrayOutputStream();
    weights.write(full, EncoderWeights.Precision.FLOAT32);
    ByteArrayOutputStream v1 = new ByteArrayOutputStream();
    weights.write(v1);

    assertThat(full.toByteArray()).isEqualTo(v1.toByteArray());   // float32 stays version 1, byte for byte
    DataInputStream header = new DataInputStream(new ByteArrayInputStream(half.toByteArray()));
    assertThat(header.readUTF()).isEqualTo("PLENCW2");
    assertThat(header.readUTF()).isEqualTo("float16");
    assertThat(full.size() - half.size()).isEqualTo(2 * values.length - "float16".length() - 2);

    float[] read = EncoderWeights.read(new ByteArrayInputStream(half.toByteArray())).tensor("w").values();
    assertThat(read).containsExactly(0f, -0f, 1f, -2.5f, 0.0999755859375f, 65504f, Float.POSITIVE_INFINITY,
        0x1p-24f, 1f);
    assertThat(Float.floatToRawIntBits(read[1])).isEqualTo(0x80000000);
  }

  @Test
  void rejectsAnUnknownPrecision() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    DataOutputStream data = new DataOutputStream(out);
    data.writeUTF("PLENCW2");
    data.writeUTF("bfloat16");
    data.writeInt(0);
    assertThatThrownBy(() -> EncoderWeights.read(new ByteArrayInputStream(out.toByteArray())))
        .isInstanceOf(IOException.class).hasMessageContaining("bfloat16");
    assertThatThrownBy(() -> EncoderWeights.Precision.of("int8")).hasMessageContaining("int8");
  }

  @Test
  void namesAMissingTensorAndRejectsOtherFiles() {
    EncoderWeights empty = new EncoderWeights(Map.of());
    assertThatThrownBy(() -> empty.tensor("head.weight")).hasMessageContaining("head.weight");
    assertThatThrownBy(() -> EncoderWeights.read(new ByteArrayInputStream(new byte[] {0, 3, 'a', 'b', 'c'})))
        .isInstanceOf(IOException.class).hasMessageContaining("not an encoder weights file");
    assertThatThrownBy(() -> new EncoderWeights.Tensor(new long[] {2, 2}, new float[3]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
