package org.presslens.models.encoder.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.presslens.nlp.encoder.EncoderWeights;

/**
 * The shipped weights are the ones their provenance file describes: its SHA-256s, as many replaced tensors as layers
 * fine-tuned, finite values, and within the size the repository allows.
 */
class ShippedTargetSentimentFilesTest {

  private static final String PREFIX = EncoderTargetSentimentProvider.RESOURCE;
  private static final long LIMIT = 30L << 20;

  @Test
  void weightsMatchTheirProvenance() throws IOException {
    String info = new String(bytes(".txt"), StandardCharsets.UTF_8);
    Matcher layers = Pattern.compile("trainLayers=(\\d+)").matcher(info);
    assertThat(layers.find()).as("settings in %s.txt", PREFIX).isTrue();
    byte[] encoderFile = bytes(".encoder.bin");
    byte[] headFile = bytes(".head.bin");
    assertThat(info).contains("wrote: target-sentiment.encoder.bin sha256 " + sha256(encoderFile),
        "wrote: target-sentiment.head.bin sha256 " + sha256(headFile));
    assertThat((long) encoderFile.length + headFile.length).isLessThanOrEqualTo(LIMIT);

    EncoderWeights encoder = EncoderWeights.read(new ByteArrayInputStream(encoderFile));
    // per layer: 6 weight matrices, 6 biases, 2 LayerNorms with weight and bias
    assertThat(encoder.tensors()).hasSize(16 * Integer.parseInt(layers.group(1)));
    encoder.tensors().forEach((name, t) -> {
      for (float v : t.values()) {
        assertThat(Float.isFinite(v)).as(name).isTrue();
      }
    });
    String stored = info.contains("encoder weights stored as float16") ? "PLENCW2" : "PLENCW1";
    assertThat(new String(encoderFile, 2, 7, StandardCharsets.UTF_8)).isEqualTo(stored);
  }

  private static byte[] bytes(String suffix) throws IOException {
    try (InputStream in = ShippedTargetSentimentFilesTest.class.getResourceAsStream(PREFIX + suffix)) {
      assertThat(in).as(PREFIX + suffix).isNotNull();
      return in.readAllBytes();
    }
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
