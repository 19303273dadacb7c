package org.presslens.models.encoder;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.presslens.models.encoder.entities.EncoderTargetSentimentProvider;
import org.presslens.models.encoder.names.EncoderNameTaggerProvider;
import org.presslens.nlp.encoder.EncoderWeights;

/**
 * The shipped fine-tuned models (targeted sentiment, name tagger) are the ones their provenance files describe: its
 * SHA-256s, as many replaced tensors as layers fine-tuned, finite values, and within the size the repository allows.
 */
class ShippedEncoderFilesTest {

  private static final long LIMIT = 30L << 20;

  @ParameterizedTest
  @ValueSource(strings = {EncoderTargetSentimentProvider.RESOURCE, EncoderNameTaggerProvider.RESOURCE})
  void weightsMatchTheirProvenance(String prefix) throws IOException {
    String stem = prefix.substring(prefix.lastIndexOf('/') + 1);
    String info = new String(bytes(prefix, ".txt"), StandardCharsets.UTF_8);
    Matcher layers = Pattern.compile("trainLayers=(\\d+)").matcher(info);
    assertThat(layers.find()).as("settings in %s.txt", prefix).isTrue();
    byte[] encoderFile = bytes(prefix, ".encoder.bin");
    byte[] headFile = bytes(prefix, ".head.bin");
    assertThat(info).contains("wrote: " + stem + ".encoder.bin sha256 " + sha256(encoderFile),
        "wrote: " + stem + ".head.bin sha256 " + sha256(headFile));
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

  private static byte[] bytes(String prefix, String suffix) throws IOException {
    try (InputStream in = ShippedEncoderFilesTest.class.getResourceAsStream(prefix + suffix)) {
      assertThat(in).as(prefix + suffix).isNotNull();
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
