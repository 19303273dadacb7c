package org.presslens.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.presslens.encoder.training.TrainTargetSentiment;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code presslens train target-sentiment-encoder}: fine-tunes the encoder's targeted sentiment model (the entities
 * analyzer's {@code encoder} model) with {@link TrainTargetSentiment} (DJL + PyTorch on the CPU, offline). The trainer
 * and its natives are in {@code cli/target/train-lib}, which the launcher puts on the class path for {@code train}
 * only: {@code analyze} never loads them.
 */
@Command(name = "target-sentiment-encoder", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Fine-tune the encoder's targeted sentiment model (entities.sentimentModel=encoder) on",
        "NewsMTSC-format JSONL; writes OUT.encoder.bin, OUT.head.bin and OUT.txt (settings, data SHA-256, dev",
        "scores) of the best epoch on the --dev files, and OUT-frozen.* (the head alone over the frozen encoder).",
        "The defaults are the shipped model's settings (4 layers, 3 epochs, 25 probe epochs, seed 42,",
        "float16 storage); on 2 shared cores the shipped run took 48 min (docs/encoder.md)."})
final class TrainTargetSentimentEncoderCommand implements Callable<Integer> {

  @Option(names = "--data", required = true, paramLabel = "FILE", description = "training data (NewsMTSC JSONL)")
  Path data;

  @Option(names = "--dev", paramLabel = "FILE", description = "development file, selects the epoch (repeatable)")
  List<Path> dev = new ArrayList<>();

  @Option(names = "--out", required = true, paramLabel = "PREFIX", description = "prefix of the written files")
  Path out;

  @Option(names = "--train-layers", defaultValue = "4", paramLabel = "K", description = "upper layers fine-tuned")
  int trainLayers;

  @Option(names = "--epochs", defaultValue = "3", paramLabel = "N", description = "fine-tuning epochs")
  int epochs;

  @Option(names = "--probe-epochs", defaultValue = "25", paramLabel = "N",
      description = "epochs of the head alone over the frozen encoder first")
  int probeEpochs;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "random seed")
  long seed;

  @Option(names = "--limit", defaultValue = "0", paramLabel = "N",
      description = "train on the first N targets only (0: all)")
  int limit;

  @Option(names = "--precision", defaultValue = "float16", paramLabel = "P",
      description = "how OUT.encoder.bin stores the fine-tuned layers: float16 (half the size) or float32")
  String precision;

  @Override
  public Integer call() throws Exception {
    List<String> args = new ArrayList<>(List.of("--data", data.toString(), "--out", out.toString(),
        "--train-layers", Integer.toString(trainLayers), "--epochs", Integer.toString(epochs),
        "--probe-epochs", Integer.toString(probeEpochs), "--seed", Long.toString(seed),
        "--limit", Integer.toString(limit), "--precision", precision));
    EncoderTrainers.addRepeated(args, "--dev", dev);
    EncoderTrainers.run(() -> TrainTargetSentiment.main(args.toArray(String[]::new)));
    return Main.OK;
  }
}
