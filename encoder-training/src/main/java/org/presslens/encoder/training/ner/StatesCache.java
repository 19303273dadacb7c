package org.presslens.encoder.training.ner;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
      int[] lengths = sentences.stream().mapToInt(s -> s.length() * 384).toArray();
      if (Files.exists(file)) {
        return FloatArraysFile.read(file, lengths);
      }
      long t0 = System.nanoTime();
      List<long[]> ids = sentences.stream().map(NerSentences.Sentence::ids).toList();
      List<long[]> types = ids.stream().map(a -> new long[a.length]).toList();
      List<float[]> states = LowerLayers.run(bert, layers, ids, types, base);
      log.printf("%s: %d layers over %d sentences in %.0f s%n", data.getFileName(), layers, sentences.size(),
          (System.nanoTime() - t0) / 1e9);
      FloatArraysFile.write(file, states);
      return states;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot use the states cache in " + dir + ": " + e.getMessage(), e);
    }
  }
}
