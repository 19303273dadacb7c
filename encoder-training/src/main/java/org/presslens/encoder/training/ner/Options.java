package org.presslens.encoder.training.ner;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.presslens.encoder.training.Args;
import org.presslens.encoder.training.FineTuneOptions;
import org.presslens.nlp.encoder.EncoderWeights;

/** The command line of {@link TrainNerTagger}. */
record Options(List<String> args, Path train, Path dev, Path out, Path floorCache, Path statesCache, int maxTokens,
               int limit, String features, int threads, EncoderWeights.Precision precision,
               TaggerTraining.Settings settings) {

  static Options parse(String[] argv) {
    Map<String, List<String>> a = Args.parse(argv);
    String floor = Args.one(a, "floor-cache", "");
    FineTuneOptions f = FineTuneOptions.of(a, 0);
    TaggerTraining.Settings settings = new TaggerTraining.Settings(f.trainLayers(),
        Integer.parseInt(Args.one(a, "hidden", "0")), Integer.parseInt(Args.one(a, "probe-epochs", "10")),
        f.epochs(), f.batchSize(), f.encoderLr(), f.headLr(), f.dropout(), f.decay(), f.seed());
    return new Options(List.of(argv), Path.of(Args.one(a, "train", null)), Path.of(Args.one(a, "dev", null)),
        Path.of(Args.one(a, "out", null)), floor.isEmpty() ? null : Path.of(floor),
        Path.of(Args.one(a, "states-cache", "target/ner-states")),
        Integer.parseInt(Args.one(a, "max-tokens", "256")), Integer.parseInt(Args.one(a, "limit", "0")),
        Args.one(a, "features", "ort"), Integer.parseInt(Args.one(a, "threads", "2")),
        EncoderWeights.Precision.of(Args.one(a, "precision", "float16")), settings);
  }
}
