package org.presslens.encoder.training.ner;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** A list of float arrays in a file (each as its length and its values), written atomically. */
final class FloatArraysFile {

  private FloatArraysFile() {
  }

  static void write(Path file, List<float[]> arrays) throws IOException {
    if (file.toAbsolutePath().getParent() != null) {
      Files.createDirectories(file.toAbsolutePath().getParent());
    }
    Path tmp = Path.of(file + ".tmp");
    try (DataOutputStream o = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(tmp), 1 << 20))) {
      for (float[] a : arrays) {
        o.writeInt(a.length);
        for (float v : a) {
          o.writeFloat(v);
        }
      }
    }
    Files.move(tmp, file);
  }

  /** Reads arrays of the given lengths; a different length means the file is stale. */
  static List<float[]> read(Path file, int[] lengths) throws IOException {
    List<float[]> out = new ArrayList<>(lengths.length);
    try (DataInputStream in = new DataInputStream(new BufferedInputStream(Files.newInputStream(file), 1 << 20))) {
      for (int length : lengths) {
        float[] a = new float[in.readInt()];
        if (a.length != length) {
          throw new IOException(file + " does not match the data (delete it)");
        }
        for (int i = 0; i < a.length; i++) {
          a[i] = in.readFloat();
        }
        out.add(a);
      }
    }
    return out;
  }
}
