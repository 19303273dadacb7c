package org.presslens.nlp.encoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
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
  void namesAMissingTensorAndRejectsOtherFiles() {
    EncoderWeights empty = new EncoderWeights(Map.of());
    assertThatThrownBy(() -> empty.tensor("head.weight")).hasMessageContaining("head.weight");
    assertThatThrownBy(() -> EncoderWeights.read(new ByteArrayInputStream(new byte[] {0, 3, 'a', 'b', 'c'})))
        .isInstanceOf(IOException.class).hasMessageContaining("not an encoder weights file");
    assertThatThrownBy(() -> new EncoderWeights.Tensor(new long[] {2, 2}, new float[3]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
