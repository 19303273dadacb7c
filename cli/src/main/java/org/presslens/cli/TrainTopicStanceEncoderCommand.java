package org.presslens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.presslens.encoder.training.TrainTopicStance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code presslens train topic-stance-encoder}: fits the topic stance heads over the frozen encoder layer
 * ({@code stance.topicModel=encoder}) with {@link TrainTopicStance}; the defaults are the shipped model's grid.
 */
@Command(name = "topic-stance-encoder", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Fit one topic stance head per SemEval-2016 target over the frozen encoder",
        "(stance.topicModel=encoder) on the train split of the TweetEval layout in --data; the grid point with the",
        "best pooled F_avg on val is written as OUT/<target>.head.bin with OUT/topic-stance.txt (command, settings,",
        "data SHA-256, val scores). The defaults are the shipped model's grid (36 points); deterministic.",
        "Time on 2 cores: docs/stance.md."})
final class TrainTopicStanceEncoderCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, paramLabel = "DIR", description = "the SemEval data folder")
  Path data;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "folder of the written files")
  Path out;

  @Option(names = "--l2", defaultValue = "300,1000,3000,10000", paramLabel = "LIST",
      description = "L2 penalties tried (default: ${DEFAULT-VALUE})")
  String l2;

  @Mixin
  HeadGridOptions grid;

  @Override
  public Integer call() throws Exception {
    List<String> args = new ArrayList<>(List.of("--data", data.toString(), "--out", out.toString()));
    args.addAll(grid.grid(l2));
    String command = EncoderTrainers.commandLine("topic-stance-encoder", args);
    args.addAll(List.of("--input", "layer"));
    args.addAll(grid.run());
    EncoderTrainers.run(() -> TrainTopicStance.train(args.toArray(String[]::new), command));
    return Main.OK;
  }
}
