package org.presslens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.presslens.encoder.training.TrainSentenceSentiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code presslens train sentence-sentiment-encoder}: fits the sentence sentiment head over the frozen encoder layer
 * ({@code sentiment.model=encoder}) with {@link TrainSentenceSentiment}; the defaults are the shipped model's grid.
 */
@Command(name = "sentence-sentiment-encoder", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Fit the sentence sentiment head over the frozen encoder (sentiment.model=encoder) on the",
        "NewsMTSC sentences of --data (as 'eval sentiment' defines them); the grid point with the best macro-F1 on",
        "the first --dev file is written as OUT.head.bin with OUT.txt (command, settings, data SHA-256, dev scores).",
        "The defaults are the shipped model's grid (36 points); deterministic: the same data give the same bytes.",
        "Time on 2 cores: docs/sentiment.md."})
final class TrainSentenceSentimentEncoderCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "training data (NewsMTSC JSONL)")
  Path data;

  @Option(names = "--dev", required = true, paramLabel = "FILE",
      description = "development file (repeatable); the first selects the grid point")
  List<Path> dev = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "PREFIX", description = "prefix of the written files")
  Path out;

  @Option(names = "--l2", defaultValue = "100,300,1000,3000", paramLabel = "LIST",
      description = "L2 penalties tried (default: ${DEFAULT-VALUE})")
  String l2;

  @Mixin
  HeadGridOptions grid;

  @Override
  public Integer call() throws Exception {
    List<String> args = new ArrayList<>(List.of("--data", data.toString()));
    EncoderTrainers.addRepeated(args, "--dev", dev);
    args.addAll(List.of("--out", out.toString()));
    args.addAll(grid.grid(l2));
    String command = EncoderTrainers.commandLine("sentence-sentiment-encoder", args);
    args.addAll(grid.run());
    EncoderTrainers.run(() -> TrainSentenceSentiment.train(args.toArray(String[]::new), command));
    return Main.OK;
  }
}
