package org.presslens.encoder.training;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.presslens.nlp.encoder.EncoderWeights;
import org.presslens.nlp.encoder.MiniLmEncoder;
import org.presslens.nlp.encoder.targeted.TargetedSentiment;

/**
 * A tiny end-to-end run: train on 48 targets, then run what it wrote through ONNX Runtime; a second identical run
 * writes the same bytes.
 */
class TrainTargetSentimentIT {

  private static final Path DATA = Path.of(System.getProperty("presslens.sharedData", "../../shared/data"), "newsmtsc");

  @Test
  void writesTheTopLayerUnderOnnxNamesAndAHeadThatOnnxRuntimeRuns(@TempDir Path dir) throws IOException {
    Path dev = dir.resolve("dev.jsonl");
    Files.write(dev, Files.readAllLines(DATA.resolve("dev_rw.jsonl")).subList(0, 12));
    Path out = dir.resolve("m/target-sentiment");
    Path again = dir.resolve("again/target-sentiment");
    for (Path o : List.of(out, again)) {
      TrainTargetSentiment.main(new String[] {"--data", DATA.resolve("train.jsonl").toString(), "--dev",
          dev.toString(), "--limit", "48", "--probe-epochs", "1", "--epochs", "1", "--train-layers", "1",
          "--out", o.toString()});
    }

    assertThat(Path.of(out + "-frozen.head.bin")).exists();
    for (String file : List.of(".encoder.bin", ".head.bin", "-frozen.head.bin")) {
      assertThat(Files.readAllBytes(Path.of(again + file))).as(file)
          .isEqualTo(Files.readAllBytes(Path.of(out + file)));
    }
    String info = Files.readString(Path.of(out + ".txt"));
    assertThat(info).contains("best epoch: 1", "encoder weights stored as float16",
        "wrote: target-sentiment.encoder.bin sha256 " + Args.sha256(Path.of(out + ".encoder.bin")));
    try (DataInputStream header = new DataInputStream(Files.newInputStream(Path.of(out + ".encoder.bin")))) {
      assertThat(header.readUTF()).isEqualTo("PLENCW2");
      assertThat(header.readUTF()).isEqualTo("float16");
    }
    EncoderWeights encoder;
    try (InputStream in = Files.newInputStream(Path.of(out + ".encoder.bin"))) {
      encoder = EncoderWeights.read(in);
    }
    // layer 5: 6 weight matrices (anonymous MatMul initializers), 6 biases, 2 LayerNorms x 2
    assertThat(encoder.tensors()).hasSize(16);
    assertThat(encoder.tensors().keySet().stream().filter(n -> n.startsWith("onnx::MatMul_"))).hasSize(6);
    assertThat(encoder.tensors().keySet().stream().filter(n -> n.startsWith("encoder.layer.5."))).hasSize(10);
    EncoderWeights head;
    try (InputStream in = Files.newInputStream(Path.of(out + ".head.bin"))) {
      head = EncoderWeights.read(in);
    }
    try (MiniLmEncoder ort = MiniLmEncoder.create(encoder,
        new MiniLmEncoder.Options(TargetedSentiment.MAX_TOKENS, 32, 1))) {
      String s = "The mayor deserves credit for saving the tram.";
      List<float[]> p = new TargetedSentiment(ort, head).predict(List.of(new TargetedSentiment.Target(s, 4, 9)));
      assertThat(p.get(0)[0] + p.get(0)[1] + p.get(0)[2]).isBetween(0.999f, 1.001f);
      float[] tuned = ort.encode(s).state(1);
      assertThat(tuned).isNotEqualTo(MiniLmEncoder.shared().encode(s).state(1));
    }
  }
}
