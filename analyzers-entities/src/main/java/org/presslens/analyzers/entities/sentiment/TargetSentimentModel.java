package org.presslens.analyzers.entities.sentiment;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.presslens.ml.Softmax;
import org.presslens.nlp.Polarity;
import org.presslens.nlp.Sentence;

/**
 * The targeted sentiment model: a linear (softmax) classifier over {@link TargetFeatures}, three classes
 * ({@link Polarity}). Immutable and thread-safe. Stored as gzipped text: a header, {@code #} comment lines (the
 * training provenance), then one {@code feature<TAB>w_negative<TAB>w_neutral<TAB>w_positive} line per feature.
 */
public final class TargetSentimentModel {

  /** The class-path resource of the shipped model. */
  public static final String RESOURCE = "/org/presslens/analyzers/entities/target-sentiment.model.gz";
  private static final String HEADER = "presslens-target-sentiment 1";

  private final Map<String, double[]> weights;
  private final List<String> notes;

  /**
   * A model from its weights (feature name to {@code [negative, neutral, positive]}) and provenance lines, as the
   * trainer makes it.
   */
  public TargetSentimentModel(Map<String, double[]> weights, List<String> notes) {
    this.weights = Map.copyOf(weights);
    this.notes = List.copyOf(notes);
  }

  /** A prediction: the class probabilities, indexed by {@link Polarity#ordinal()}. */
  public record Prediction(double[] probabilities) {

    public Polarity polarity() {
      int best = 0;
      for (int c = 1; c < probabilities.length; c++) {
        if (probabilities[c] > probabilities[best]) {
          best = c;
        }
      }
      return Polarity.values()[best];
    }

    /** P(positive) - P(negative), in -1..1. */
    public double score() {
      return probabilities[Polarity.POSITIVE.ordinal()] - probabilities[Polarity.NEGATIVE.ordinal()];
    }
  }

  /** The sentiment toward tokens {@code [first, end)} of {@code sentence}. */
  public Prediction predict(Sentence sentence, int first, int end, boolean quoted) {
    return predict(TargetFeatures.extract(sentence, first, end, quoted));
  }

  /** The prediction for features computed by {@link TargetFeatures}. */
  public Prediction predict(Map<String, Double> features) {
    double[] scores = new double[Polarity.values().length];
    for (Map.Entry<String, Double> e : features.entrySet()) {
      double[] w = weights.get(e.getKey());
      if (w != null) {
        for (int c = 0; c < scores.length; c++) {
          scores[c] += w[c] * e.getValue();
        }
      }
    }
    return new Prediction(Softmax.probabilities(scores));
  }

  /** How many features have weights. */
  public int size() {
    return weights.size();
  }

  /** The provenance lines stored with the model. */
  public List<String> notes() {
    return notes;
  }

  /** The model shipped in this jar. */
  public static TargetSentimentModel loadDefault() {
    try (InputStream in = TargetSentimentModel.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the targeted sentiment model " + RESOURCE + " is missing from the class path");
      }
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static TargetSentimentModel load(Path file) {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the model " + file + ": " + e.getMessage(), e);
    }
  }

  static TargetSentimentModel read(InputStream raw) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw), StandardCharsets.UTF_8));
    String header = in.readLine();
    if (!HEADER.equals(header)) {
      throw new IOException("not a presslens targeted sentiment model (header '" + header + "')");
    }
    Map<String, double[]> weights = new HashMap<>();
    List<String> notes = new ArrayList<>();
    String line;
    while ((line = in.readLine()) != null) {
      if (line.startsWith("#")) {
        notes.add(line.substring(1).trim());
        continue;
      }
      String[] parts = line.split("\t");
      if (parts.length != 4) {
        throw new IOException("bad model line: " + line);
      }
      weights.put(parts[0], new double[] {Double.parseDouble(parts[1]), Double.parseDouble(parts[2]),
          Double.parseDouble(parts[3])});
    }
    return new TargetSentimentModel(weights, notes);
  }

  /** Writes the model (features in sorted order, so equal models give equal files). */
  public void save(Path file) {
    try {
      if (file.toAbsolutePath().getParent() != null) {
        Files.createDirectories(file.toAbsolutePath().getParent());
      }
      try (Writer out = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(Files.newOutputStream(file)),
          StandardCharsets.UTF_8))) {
        out.write(HEADER + "\n");
        for (String note : notes) {
          out.write("# " + note.replace('\n', ' ') + "\n");
        }
        Map<String, double[]> sorted = new LinkedHashMap<>();
        weights.keySet().stream().sorted().forEach(k -> sorted.put(k, weights.get(k)));
        for (Map.Entry<String, double[]> e : sorted.entrySet()) {
          double[] w = e.getValue();
          out.write(e.getKey() + "\t" + fmt(w[0]) + "\t" + fmt(w[1]) + "\t" + fmt(w[2]) + "\n");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the model " + file + ": " + e.getMessage(), e);
    }
  }

  private static String fmt(double v) {
    return String.format(java.util.Locale.ROOT, "%.6g", v);
  }
}
