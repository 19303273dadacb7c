package org.presslens.analyzers.stance.topic;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.presslens.analyzers.stance.data.DocData;
import org.presslens.ml.SparseSoftmax;

/**
 * The stance model of one topic: a softmax regression over {@link TopicFeatures}, classes NONE, AGAINST, FAVOR (the
 * SemEval / TweetEval label order 0, 1, 2). Immutable and thread-safe. Stored as gzipped text: a header, {@code #}
 * provenance lines, the target, the biases, then one {@code feature<TAB>w_none<TAB>w_against<TAB>w_favor} line per
 * feature.
 */
public final class TopicModel {

  public static final int NONE = 0;
  public static final int AGAINST = 1;
  public static final int FAVOR = 2;
  static final String HEADER = "presslens-topic-stance 1";

  private final String target;
  private final Map<String, Integer> index;
  private final SparseSoftmax model;
  private final List<String> notes;

  /** A model from its parts: the target, the feature index, the softmax and provenance lines. */
  public TopicModel(String target, Map<String, Integer> index, SparseSoftmax model, List<String> notes) {
    this.target = target;
    this.index = Map.copyOf(index);
    this.model = model;
    this.notes = List.copyOf(notes);
  }

  /** The topic folder name, e.g. {@code climate}. */
  public String target() {
    return target;
  }

  /** The provenance lines written at training. */
  public List<String> notes() {
    return notes;
  }

  /** P(NONE), P(AGAINST), P(FAVOR) of a text. */
  public double[] probabilities(List<DocData.Tok> tokens, String raw) {
    return probabilities(TopicFeatures.extract(tokens, raw));
  }

  double[] probabilities(Map<String, Double> features) {
    return model.probabilities(sample(index, features, false));
  }

  public static SparseSoftmax.Sample sample(Map<String, Integer> index, Map<String, Double> features, boolean strict) {
    int[] idx = new int[features.size()];
    double[] val = new double[features.size()];
    int n = 0;
    for (Map.Entry<String, Double> e : features.entrySet()) {
      Integer i = index.get(e.getKey());
      if (i != null) {
        idx[n] = i;
        val[n] = e.getValue();
        n++;
      }
    }
    return new SparseSoftmax.Sample(java.util.Arrays.copyOf(idx, n), java.util.Arrays.copyOf(val, n));
  }

  public void write(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (PrintWriter out = new PrintWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
        StandardCharsets.UTF_8))) {
      out.println(HEADER);
      notes.forEach(n -> out.println("# " + n));
      out.println("target\t" + target);
      out.println(String.format(Locale.ROOT, "bias\t%.6g\t%.6g\t%.6g", model.bias(0), model.bias(1),
          model.bias(2)));
      List<Map.Entry<String, Integer>> entries = new ArrayList<>(index.entrySet());
      entries.sort(Map.Entry.comparingByKey());
      for (Map.Entry<String, Integer> e : entries) {
        int f = e.getValue();
        double w0 = model.weight(0, f);
        double w1 = model.weight(1, f);
        double w2 = model.weight(2, f);
        if (Math.abs(w0) + Math.abs(w1) + Math.abs(w2) < 1e-4) {
          continue;
        }
        out.println(String.format(Locale.ROOT, "%s\t%.5g\t%.5g\t%.5g", e.getKey(), w0, w1, w2));
      }
    }
  }

  public static TopicModel read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  public static TopicModel read(InputStream raw, String name) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
    String header = r.readLine();
    if (!HEADER.equals(header)) {
      throw new IOException(name + ": not a topic stance model (header '" + header + "')");
    }
    List<String> notes = new ArrayList<>();
    String target = null;
    double[] bias = new double[3];
    Map<String, Integer> index = new HashMap<>();
    List<double[]> rows = new ArrayList<>();
    String line;
    while ((line = r.readLine()) != null) {
      if (line.startsWith("# ")) {
        notes.add(line.substring(2));
        continue;
      }
      String[] f = line.split("\t");
      if (f[0].equals("target") && target == null) {
        target = f[1];
      } else if (f[0].equals("bias") && index.isEmpty()) {
        for (int c = 0; c < 3; c++) {
          bias[c] = Double.parseDouble(f[c + 1]);
        }
      } else if (f.length == 4) {
        index.put(f[0], rows.size());
        rows.add(new double[] {Double.parseDouble(f[1]), Double.parseDouble(f[2]), Double.parseDouble(f[3])});
      } else {
        throw new IOException(name + ": bad line '" + line + "'");
      }
    }
    double[][] w = new double[3][rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      for (int c = 0; c < 3; c++) {
        w[c][i] = rows.get(i)[c];
      }
    }
    return new TopicModel(target, index, SparseSoftmax.of(w, bias), notes);
  }
}
