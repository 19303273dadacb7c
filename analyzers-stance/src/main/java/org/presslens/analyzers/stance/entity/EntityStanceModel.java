package org.presslens.analyzers.stance.entity;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.presslens.ml.SparseSoftmax;
import org.presslens.analyzers.stance.api.StanceResult.Label;

/**
 * The decision of ENTITY stance: a three-class softmax regression (FAVOR / AGAINST / NONE) over the standardised
 * {@link StanceFeatures} of a target. Few weights (one per feature and class): it calibrates how the author-voice
 * evidence, the target's roles and places, and the entity-level sentiment combine, and when the evidence is too thin
 * for a side. Written and read as a small text file; immutable and thread-safe.
 */
public final class EntityStanceModel {

  /** The classes, in model order. */
  public static final List<Label> CLASSES = List.of(Label.FAVOR, Label.AGAINST, Label.NONE);
  /** The number of features of a target ({@code StanceFeatures}). */
  public static final int FEATURES = StanceFeatures.NAMES.size();
  static final String RESOURCE = "entity-stance.model";

  private final double[] mean;
  private final double[] sd;
  private final SparseSoftmax softmax;
  private final List<String> header;

  /**
   * A model from its parts: the features' means and standard deviations, the softmax over the standardised features,
   * and the {@code #} header lines (provenance) of its file.
   */
  public EntityStanceModel(double[] mean, double[] sd, SparseSoftmax softmax, List<String> header) {
    this.mean = mean.clone();
    this.sd = sd.clone();
    this.softmax = softmax;
    this.header = List.copyOf(header);
  }

  /** The shipped model, or null when the jar has none. */
  static EntityStanceModel bundled() {
    try (InputStream in = EntityStanceModel.class.getResourceAsStream(RESOURCE)) {
      return in == null ? null : read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** P(FAVOR), P(AGAINST), P(NONE) for one target's features. */
  public double[] probabilities(double[] features) {
    return softmax.probabilities(sample(standardise(features)));
  }

  /** {@code (f - mean) / sd}, feature by feature. */
  public double[] standardise(double[] f) {
    double[] z = new double[f.length];
    for (int i = 0; i < f.length; i++) {
      z[i] = (f[i] - mean[i]) / sd[i];
    }
    return z;
  }

  /** A dense vector as a sample of every feature. */
  public static SparseSoftmax.Sample sample(double[] z) {
    int[] idx = new int[z.length];
    for (int i = 0; i < z.length; i++) {
      idx[i] = i;
    }
    return new SparseSoftmax.Sample(idx, z);
  }

  /** Writes the model as text: {@code #} header lines, then one line per feature (mean, sd, three weights), biases. */
  public void write(Writer w) throws IOException {
    for (String h : header) {
      w.write("# " + h + "\n");
    }
    for (int i = 0; i < mean.length; i++) {
      w.write(String.format(Locale.ROOT, "%s\t%.8g\t%.8g\t%.8g\t%.8g\t%.8g%n", StanceFeatures.NAMES.get(i),
          mean[i], sd[i], softmax.weight(0, i), softmax.weight(1, i), softmax.weight(2, i)));
    }
    w.write(String.format(Locale.ROOT, "bias\t0\t1\t%.8g\t%.8g\t%.8g%n", softmax.bias(0), softmax.bias(1),
        softmax.bias(2)));
  }

  /** Reads a model written by {@link #write}; features must match {@link StanceFeatures#NAMES} in order. */
  static EntityStanceModel read(InputStream in) throws IOException {
    BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int f = StanceFeatures.NAMES.size();
    double[] mean = new double[f];
    double[] sd = new double[f];
    double[][] w = new double[3][f];
    double[] b = new double[3];
    List<String> header = new ArrayList<>();
    String line;
    int i = 0;
    while ((line = r.readLine()) != null) {
      if (line.startsWith("#")) {
        header.add(line.substring(1).strip());
        continue;
      }
      String[] p = line.split("\t");
      if (p.length != 6) {
        throw new IllegalArgumentException("entity stance model: malformed line '" + line + "'");
      }
      if (p[0].equals("bias")) {
        for (int c = 0; c < 3; c++) {
          b[c] = Double.parseDouble(p[3 + c]);
        }
        continue;
      }
      if (i >= f || !p[0].equals(StanceFeatures.NAMES.get(i))) {
        throw new IllegalArgumentException("entity stance model: feature '" + p[0] + "' where "
            + (i < f ? "'" + StanceFeatures.NAMES.get(i) + "'" : "none") + " was expected");
      }
      mean[i] = Double.parseDouble(p[1]);
      sd[i] = Double.parseDouble(p[2]);
      for (int c = 0; c < 3; c++) {
        w[c][i] = Double.parseDouble(p[3 + c]);
      }
      i++;
    }
    if (i != f) {
      throw new IllegalArgumentException("entity stance model: " + i + " features, expected " + f);
    }
    return new EntityStanceModel(mean, sd, SparseSoftmax.of(w, b), header);
  }
}
