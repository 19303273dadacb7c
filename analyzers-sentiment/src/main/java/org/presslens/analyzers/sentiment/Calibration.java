package org.presslens.analyzers.sentiment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.presslens.json.PresslensJson;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The mapping from a sentence's model output (and lexicon evidence) to NEGATIVE/NEUTRAL/POSITIVE, fitted on news
 * (NewsMTSC {@code train.jsonl} only) by presslens-training's {@code CalibrationTrainer}: one {@link LogisticModel} for sentences CoreNLP's
 * sentiment model scored ({@link SentenceFeatures#CORENLP}) and one for sentences the lexicon model scored
 * ({@link SentenceFeatures#LEXICON}). Shipped as the resource {@value #RESOURCE}.
 *
 * @param name     a short identifier reported with the results, e.g. {@code newsmtsc-train}
 * @param corenlp  the model for CoreNLP-scored sentences
 * @param lexicon  the model for lexicon-scored sentences
 * @param metadata provenance and the fitting report (free-form JSON, kept as read)
 */
public record Calibration(String name, LogisticModel corenlp, LogisticModel lexicon, JsonNode metadata) {

  static final String RESOURCE = "org/presslens/analyzers/sentiment/newsmtsc-calibration.json";
  /** Where the resource lives in the source tree, relative to the repository root. */
  public static final String RESOURCE_PATH = "analyzers-sentiment/src/main/resources/" + RESOURCE;

  private static volatile Calibration shared;

  public Calibration {
    check(corenlp, SentenceFeatures.CORENLP, "corenlp");
    check(lexicon, SentenceFeatures.LEXICON, "lexicon");
  }

  private static void check(LogisticModel model, List<String> expected, String which) {
    if (!model.features().equals(expected)) {
      throw new IllegalStateException("the " + which + " calibration was fitted on features " + model.features()
          + ", but the analyzer computes " + expected + "; refit it (see docs/sentiment.md)");
    }
  }

  /** The calibration shipped with the analyzer, loaded once per JVM. */
  static Calibration shared() {
    Calibration c = shared;
    if (c == null) {
      synchronized (Calibration.class) {
        c = shared;
        if (c == null) {
          try (InputStream in = Calibration.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
              throw new IllegalStateException("the sentiment calibration resource '" + RESOURCE + "' is missing");
            }
            c = read(PresslensJson.mapper().readTree(in));
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          shared = c;
        }
      }
    }
    return c;
  }

  public static Calibration read(JsonNode root) {
    JsonNode models = root.required("models");
    return new Calibration(root.required("name").asString(), model(models.required("corenlp")),
        model(models.required("lexicon")), root.path("metadata"));
  }

  private static LogisticModel model(JsonNode node) {
    List<String> features = new ArrayList<>();
    node.required("features").forEach(f -> features.add(f.asString()));
    double[][] weights = new double[LogisticModel.CLASSES][];
    for (int k = 0; k < LogisticModel.CLASSES; k++) {
      weights[k] = doubles(node.required("weights").get(k));
    }
    return new LogisticModel(features, doubles(node.required("mean")), doubles(node.required("scale")), weights,
        doubles(node.required("bias")));
  }

  private static double[] doubles(JsonNode array) {
    double[] d = new double[array.size()];
    for (int i = 0; i < d.length; i++) {
      d[i] = array.get(i).asDouble();
    }
    return d;
  }

  /** This calibration as JSON (the resource's format). */
  public ObjectNode toJson() {
    ObjectNode root = PresslensJson.mapper().createObjectNode();
    root.put("name", name);
    ObjectNode models = root.putObject("models");
    models.set("corenlp", json(corenlp));
    models.set("lexicon", json(lexicon));
    root.set("metadata", metadata == null ? PresslensJson.mapper().createObjectNode() : metadata);
    return root;
  }

  private static ObjectNode json(LogisticModel m) {
    ObjectNode node = PresslensJson.mapper().createObjectNode();
    ArrayNode features = node.putArray("features");
    m.features().forEach(features::add);
    put(node.putArray("mean"), m.mean());
    put(node.putArray("scale"), m.scale());
    ArrayNode weights = node.putArray("weights");
    for (double[] w : m.weights()) {
      put(weights.addArray(), w);
    }
    put(node.putArray("bias"), m.bias());
    return node;
  }

  private static void put(ArrayNode array, double[] values) {
    for (double v : values) {
      array.add(Math.round(v * 1e6) / 1e6);
    }
  }
}
