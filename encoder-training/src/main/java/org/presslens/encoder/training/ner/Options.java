package org.presslens.encoder.training.ner;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.presslens.encoder.training.Args;

/** The command line of {@link TrainNerTagger}. */
record Options(List<String> args, Path train, Path dev, Path out, Path floorCache, Path statesCache, int maxTokens,
               int limit, String features, int threads, TaggerTraining.Settings settings) {

  static Options parse(String[] argv) {
    Map<String, List<String>> a = Args.parse(argv);
    String floor = Args.one(a, "floor-cache", "");
    TaggerTraining.Settings settings = new TaggerTraining.Settings(
        Integer.parseInt(Args.one(a, "train-layers", "2")),
        Integer.parseInt(Args.one(a, "hidden", "0")),
        Integer.parseInt(Args.one(a, "probe-epochs", "10")),
        Integer.parseInt(Args.one(a, "epochs", "0")),
        Integer.parseInt(Args.one(a, "batch", "32")),
        Float.parseFloat(Args.one(a, "lr", "1e-4")),
        Float.parseFloat(Args.one(a, "head-lr", "1e-3")),
        Float.parseFloat(Args.one(a, "dropout", "0.1")),
        Float.parseFloat(Args.one(a, "decay", "0.01")),
        Long.parseLong(Args.one(a, "seed", "42")));
    return new Options(List.of(argv), Path.of(Args.one(a, "train", null)), Path.of(Args.one(a, "dev", null)),
        Path.of(Args.one(a, "out", null)), floor.isEmpty() ? null : Path.of(floor),
        Path.of(Args.one(a, "states-cache", "target/ner-states")),
        Integer.parseInt(Args.one(a, "max-tokens", "256")), Integer.parseInt(Args.one(a, "limit", "0")),
        Args.one(a, "features", "ort"), Integer.parseInt(Args.one(a, "threads", "2")), settings);
  }
}
