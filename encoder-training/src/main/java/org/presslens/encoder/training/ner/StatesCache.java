package org.presslens.encoder.training.ner;

import ai.djl.ndarray.NDManager;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.presslens.encoder.training.Args;
import org.presslens.encoder.training.LowerLayers;
import org.presslens.encoder.training.bert.BertForward;

/**
 * The states of sentences after the frozen lower layers, computed once and kept in a directory (one file per data
 * file, its SHA-256, the number of sentences and of layers), so that further runs skip the frozen layers.
 */
final class StatesCache {

  private final Path dir;
  private final BertForward bert;
  private final int layers;
  private final NDManager base;
  private final PrintStream log;

  StatesCache(Path dir, BertForward bert, int layers, NDManager base, PrintStream log) {
    this.dir = dir;
    this.bert = bert;
    this.layers = layers;
    this.base = base;
    this.log = log;
  }

  List<float[]> states(Path data, List<NerSentences.Sentence> sentences) {
    try {
      Path file = dir.resolve(data.getFileName() + "-" + Args.sha256(data).substring(0, 12) + "-n"
          + sentences.size() + "-L" + layers + ".f32");
      if (Files.exists(file)) {
        return read(file, sentences);
      }
      long t0 = System.nanoTime();
      List<long[]> ids = sentences.stream().map(NerSentences.Sentence::ids).toList();
      List<long[]> types = ids.stream().map(a -> new long[a.length]).toList();
      List<float[]> states = LowerLayers.run(bert, layers, ids, types, base);
      log.printf("%s: %d layers over %d sentences in %.0f s%n", data.getFileName(), layers, sentences.size(),
          (System.nanoTime() - t0) / 1e9);
      Files.createDirectories(dir);
      Path tmp = Path.of(file + ".tmp");
      try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20))) {
        for (float[] s : states) {
          out.writeInt(s.length);
          for (float f : s) {
            out.writeFloat(f);
          }
        }
      }
      Files.move(tmp, file);
      return states;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use the states cache in " + dir + ": " + e.getMessage(), e);
    }
  }

  private static List<float[]> read(Path file, List<NerSentences.Sentence> sentences) throws IOException {
    List<float[]> out = new ArrayList<>(sentences.size());
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
      for (NerSentences.Sentence s : sentences) {
        float[] st = new float[in.readInt()];
        if (st.length != s.length() * 384) {
          throw new IOException(file + " does not match the sentences (delete it)");
        }
        for (int i = 0; i < st.length; i++) {
          st[i] = in.readFloat();
        }
        out.add(st);
      }
    }
    return out;
  }
}
