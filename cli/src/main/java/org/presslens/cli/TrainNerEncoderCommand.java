package org.presslens.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.presslens.encoder.training.ner.TrainNerTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code presslens train ner-encoder}: fine-tunes the encoder's name tagger (the entities analyzer's
 * {@code nameTagger=encoder}) on CoNLL-2003 with {@link TrainNerTagger} (DJL + PyTorch on the CPU, offline), and
 * chooses the weights of its combination with the NER layer on the dev file, whose NER-layer annotation
 * {@code presslens eval conll DEV --cache FILE} wrote. The trainer and its natives are in {@code cli/target/train-lib}
 * (the launcher's class path for {@code train} only).
 */
@Command(name = "ner-encoder", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Fine-tune the encoder's name tagger (entities.nameTagger=encoder) on CoNLL-2003 files; writes",
        "OUT.encoder.bin, OUT.head.bin (with the weights of the NER layer in the combination, chosen on --dev) and",
        "OUT.txt (settings, data SHA-256, dev scores) of the best epoch on --dev, and OUT-frozen.* (the head alone",
        "over the frozen encoder). First write the NER layer's annotation of the dev file:",
        "  presslens eval conll DEV --cache FILE",
        "The defaults are the shipped model's settings (docs/encoder.md)."})
final class TrainNerEncoderCommand implements Callable<Integer> {

  @Option(names = "--train", required = true, paramLabel = "FILE", description = "training data (CoNLL-2003)")
  Path train;

  @Option(names = "--dev", required = true, paramLabel = "FILE", description = "development data, selects the epoch")
  Path dev;

  @Option(names = "--ner-cache", required = true, paramLabel = "FILE",
      description = "the annotation cache 'presslens eval conll DEV --cache FILE' wrote (the NER layer on --dev)")
  Path nerCache;

  @Option(names = "--out", required = true, paramLabel = "PREFIX", description = "prefix of the written files")
  Path out;

  @Option(names = "--states-cache", defaultValue = "target/ner-states", paramLabel = "DIR",
      description = "where the frozen lower layers' states are kept between runs")
  Path statesCache;

  @Option(names = "--train-layers", defaultValue = "4", paramLabel = "K", description = "upper layers fine-tuned")
  int trainLayers;

  @Option(names = "--epochs", defaultValue = "4", paramLabel = "N", description = "fine-tuning epochs")
  int epochs;

  @Option(names = "--probe-epochs", defaultValue = "3", paramLabel = "N",
      description = "epochs of the head alone over the frozen encoder first")
  int probeEpochs;

  @Option(names = "--hidden", defaultValue = "256", paramLabel = "N", description = "hidden units of the head")
  int hidden;

  @Option(names = "--seed", defaultValue = "42", paramLabel = "N", description = "random seed")
  long seed;

  @Option(names = "--precision", defaultValue = "float16", paramLabel = "P",
      description = "how OUT.encoder.bin stores the fine-tuned layers: float16 (half the size) or float32")
  String precision;

  @Override
  public Integer call() throws Exception {
    if (!Files.isRegularFile(nerCache)) {
      throw new IllegalArgumentException("--ner-cache " + nerCache + " does not exist: write it first with"
          + " 'presslens eval conll " + dev + " --cache " + nerCache + "'");
    }
    List<String> args = List.of("--train", train.toString(), "--dev", dev.toString(), "--out", out.toString(),
        "--floor-cache", nerCache.toString(), "--states-cache", statesCache.toString(), "--features", "djl",
        "--train-layers", Integer.toString(trainLayers), "--epochs", Integer.toString(epochs),
        "--probe-epochs", Integer.toString(probeEpochs), "--hidden", Integer.toString(hidden),
        "--seed", Long.toString(seed), "--precision", precision);
    EncoderTrainers.run(() -> TrainNerTagger.main(args.toArray(String[]::new)));
    return Main.OK;
  }
}
