package org.presslens.analyzers.stance.claim;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.presslens.ml.GradientBoosting;

/**
 * The claim stance model, in two stages as usual for FNC-1: gradient-boosted trees over {@link ClaimFeatures} decide
 * related vs unrelated, then another ensemble, trained on related pairs only, decides agree / disagree / discuss.
 * Holds the IDF table of its training bodies. Immutable and thread-safe. Stored as gzipped text.
 */
public final class ClaimModel {

  /** The class-path resource of the shipped model. */
  public static final String RESOURCE = "/org/presslens/analyzers/stance/claim/fnc1.model.gz";
  static final String HEADER = "presslens-claim-stance 1";

  private static volatile ClaimModel shipped;

  private final ClaimFeatures.Idf idf;
  /** The labels, in the order of {@link #probabilities}. */
  public static final List<String> LABELS = List.of("agree", "disagree", "discuss", "unrelated");
  public static final int AGREE = 0;
  public static final int DISAGREE = 1;
  public static final int DISCUSS = 2;
  public static final int UNRELATED = 3;

  private final GradientBoosting related;
  private final GradientBoosting stance;
  private final List<String> notes;

  /** A model from its parts: the IDF table, the related and the stance ensembles, provenance lines. */
  public ClaimModel(ClaimFeatures.Idf idf, GradientBoosting related, GradientBoosting stance, List<String> notes) {
    this.idf = idf;
    this.related = related;
    this.stance = stance;
    this.notes = List.copyOf(notes);
  }

  /** The shipped model, loaded once. */
  public static ClaimModel shipped() {
    ClaimModel m = shipped;
    if (m == null) {
      synchronized (ClaimModel.class) {
        m = shipped;
        if (m == null) {
          try (InputStream in = ClaimModel.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("the claim stance model resource '" + RESOURCE + "' is missing");
            }
            m = read(in, RESOURCE);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          shipped = m;
        }
      }
    }
    return m;
  }

  public ClaimFeatures.Idf idf() {
    return idf;
  }

  public List<String> notes() {
    return notes;
  }

  /** P(agree), P(disagree), P(discuss), P(unrelated) of a feature vector. */
  public double[] probabilities(double[] features) {
    double pRelated = related.probabilities(features)[1];
    double[] s = stance.probabilities(features);
    return new double[] {pRelated * s[0], pRelated * s[1], pRelated * s[2], 1 - pRelated};
  }

  /** The label index (see {@link #LABELS}): unrelated when {@code P(related) < 0.5}, else the likeliest stance. */
  public static int decide(double[] p) {
    if (p[UNRELATED] >= 0.5) {
      return UNRELATED;
    }
    int best = 0;
    for (int c = 1; c < 3; c++) {
      if (p[c] > p[best]) {
        best = c;
      }
    }
    return best;
  }

  public void write(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    try (PrintWriter out = new PrintWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
        StandardCharsets.UTF_8))) {
      out.println(HEADER);
      notes.forEach(n -> out.println("# " + n));
      out.println("features " + String.join(",", ClaimFeatures.NAMES));
      Map<String, Double> sorted = new TreeMap<>(idf.values());
      out.println(String.format(Locale.ROOT, "idf %d %.6g", sorted.size(), idf.unseen()));
      sorted.forEach((k, v) -> out.println(String.format(Locale.ROOT, "%s\t%.5g", k, v)));
      related.write(out);
      stance.write(out);
    }
  }

  public static ClaimModel read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in, file.toString());
    }
  }

  public static ClaimModel read(InputStream raw, String name) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
    if (!HEADER.equals(r.readLine())) {
      throw new IOException(name + ": not a claim stance model");
    }
    List<String> notes = new ArrayList<>();
    String line = r.readLine();
    while (line != null && line.startsWith("# ")) {
      notes.add(line.substring(2));
      line = r.readLine();
    }
    if (line == null || !line.equals("features " + String.join(",", ClaimFeatures.NAMES))) {
      throw new IOException(name + ": the model was trained with other features than this version computes");
    }
    String[] idfHead = r.readLine().split(" ");
    int count = Integer.parseInt(idfHead[1]);
    double unseen = Double.parseDouble(idfHead[2]);
    Map<String, Double> idf = new HashMap<>(count * 2);
    for (int i = 0; i < count; i++) {
      String[] f = r.readLine().split("\t");
      idf.put(f[0], Double.parseDouble(f[1]));
    }
    GradientBoosting related = GradientBoosting.read(r);
    GradientBoosting stance = GradientBoosting.read(r);
    return new ClaimModel(new ClaimFeatures.Idf(idf, unseen), related, stance, notes);
  }
}
