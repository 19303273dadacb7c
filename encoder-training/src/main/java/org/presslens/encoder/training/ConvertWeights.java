package org.presslens.encoder.training;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.presslens.nlp.encoder.EncoderWeights;

/**
 * Rewrites an {@link EncoderWeights} file in another precision, e.g. a float32 {@code *.encoder.bin} of an earlier run
 * as the float16 file {@link TrainTargetSentiment} now writes (the same bytes: both round the same float32 values).
 *
 * <pre>
 * java -cp ... org.presslens.encoder.training.ConvertWeights --in A.encoder.bin --out B.encoder.bin --precision float16
 * </pre>
 */
public final class ConvertWeights {

  private ConvertWeights() {
  }

  public static void main(String[] args) throws IOException {
    Map<String, List<String>> a = Args.parse(args);
    Path in = Path.of(Args.one(a, "in", null));
    Path out = Path.of(Args.one(a, "out", null));
    EncoderWeights.Precision precision = EncoderWeights.Precision.of(Args.one(a, "precision", "float16"));
    EncoderWeights weights;
    try (InputStream s = Files.newInputStream(in)) {
      weights = EncoderWeights.read(s);
    }
    ModelFiles.writeWeights(out, weights, precision);
    System.out.printf("%s (%d bytes) -> %s (%d bytes, %s, sha256 %s)%n", in, Files.size(in), out, Files.size(out),
        precision.label(), Args.sha256(out));
  }
}
