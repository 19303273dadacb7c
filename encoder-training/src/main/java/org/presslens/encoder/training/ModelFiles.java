package org.presslens.encoder.training;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.presslens.nlp.encoder.EncoderWeights;

/**
 * Writes a trained model's files: weights files ({@link EncoderWeights}) and, beside them, {@code <out>.txt} with the
 * settings, the SHA-256 of each data file, the dev scores and the time: what reproduces and judges the model.
 */
public final class ModelFiles {

  private ModelFiles() {
  }

  /** Writes {@code weights} to {@code file} in float32 (version 1), creating its folder. */
  public static void writeWeights(Path file, EncoderWeights weights) {
    writeWeights(file, weights, EncoderWeights.Precision.FLOAT32);
  }

  /** Writes {@code weights} to {@code file} in {@code precision}, creating its folder. */
  public static void writeWeights(Path file, EncoderWeights weights, EncoderWeights.Precision precision) {
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      try (OutputStream o = Files.newOutputStream(file)) {
        weights.write(o, precision);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  /** The SHA-256 of {@code file}, in hex. */
  public static String sha256(Path file) {
    try {
      return Args.sha256(file);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }

  /** Writes {@code <out>.txt}: settings, data files with their SHA-256, the lines {@code scores}, the time. */
  static void writeInfo(Path out, String settings, List<Path> data, List<String> scores, double seconds) {
    writeInfo(out, null, settings, data, scores, seconds);
  }

  /**
   * As {@link #writeInfo(Path, String, List, List, double)}, with a first line {@code command: <command>}: the
   * command that wrote the model (none when {@code command} is null).
   */
  static void writeInfo(Path out, String command, String settings, List<Path> data, List<String> scores,
                        double seconds) {
    StringBuilder b = new StringBuilder();
    if (command != null) {
      b.append("command: ").append(command).append('\n');
    }
    b.append("settings: ").append(settings).append('\n');
    try {
      for (Path p : data) {
        b.append("data: ").append(p).append(" sha256 ").append(Args.sha256(p)).append('\n');
      }
      scores.forEach(s -> b.append(s).append('\n'));
      b.append(String.format("time from start: %.0f s%n", seconds));
      if (out.toAbsolutePath().getParent() != null) {
        Files.createDirectories(out.toAbsolutePath().getParent());
      }
      Files.writeString(Path.of(out + ".txt"), b.toString(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + out + ".txt", e);
    }
  }
}
