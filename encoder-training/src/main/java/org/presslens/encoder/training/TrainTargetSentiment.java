package org.presslens.encoder.training;

import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presslens.encoder.training.bert.BertForward;
import org.presslens.encoder.training.bert.BertParameters;
import org.presslens.encoder.training.onnx.OnnxInitializers;
import org.presslens.nlp.encoder.EncoderWeights;
import org.presslens.nlp.encoder.internal.WordPieces;
import org.presslens.nlp.encoder.targeted.TargetedSentiment;

/**
 * Trains targeted sentiment on the encoder from NewsMTSC {@code train.jsonl}, selecting the epoch on the dev files, and
 * writes {@code <out>.encoder.bin} (the fine-tuned upper layers under the ONNX graph's initializer names; absent when
 * no layer is trained) and {@code <out>.head.bin}, the files {@link TargetedSentiment#fromResources} reads.
 *
 * <pre>
 * java -Dai.djl.offline=true -cp ... org.presslens.encoder.training.TrainTargetSentiment \
 *     --data train.jsonl --dev dev_rw.jsonl --dev dev_mt.jsonl --out DIR/target-sentiment \
 *     [--train-layers 4] [--epochs 3] [--batch 32] [--lr 1e-4] [--head-lr 1e-3] [--dropout 0.1] [--decay 0.01]
 *     [--seed 42] [--probe-epochs N] [--limit N] [--precision float16]
 * </pre>
 * {@code --precision} is how {@code <out>.encoder.bin} stores the fine-tuned layers: {@code float16} (default; half the
 * size, widened to float32 when loaded) or {@code float32}; the head is always float32.
 * With {@code --probe-epochs N} the head is first trained alone over the frozen encoder (written as
 * {@code <out>-frozen.head.bin}) and fine-tuning starts from it; {@code --epochs 0} skips fine-tuning.
 */
public final class TrainTargetSentiment {

  private TrainTargetSentiment() {
  }

  public static void main(String[] args) throws IOException {
    Map<String, List<String>> a = Args.parse(args);
    Path data = Path.of(Args.one(a, "data", null));
    List<Path> devFiles = a.getOrDefault("dev", List.of()).stream().map(Path::of).toList();
    Path out = Path.of(Args.one(a, "out", null));
    int limit = Integer.parseInt(Args.one(a, "limit", "0"));
    int probeEpochs = Integer.parseInt(Args.one(a, "probe-epochs", "0"));
    FineTuneOptions f = FineTuneOptions.of(a, 4, 3);
    TargetClassifierTraining.Settings settings = new TargetClassifierTraining.Settings(f.trainLayers(), f.epochs(),
        f.batchSize(), f.encoderLr(), f.headLr(), f.dropout(), f.decay(), f.seed());
    EncoderWeights.Precision precision = EncoderWeights.Precision.of(Args.one(a, "precision", "float16"));
    PrintStream log = System.out;
    log.println("settings: " + settings);
    long start = System.nanoTime();
    OnnxInitializers.Graph graph;
    try (InputStream in = TrainTargetSentiment.class.getResourceAsStream("/all-minilm-l6-v2.onnx")) {
      if (in == null) {
        throw new IllegalStateException("all-minilm-l6-v2.onnx is not on the class path");
      }
      graph = OnnxInitializers.read(new java.io.BufferedInputStream(in, 1 << 20));
    }
    try (NDManager base = NDManager.newBaseManager();
      InputStream tokenizer = TrainTargetSentiment.class.getResourceAsStream("/all-minilm-l6-v2-tokenizer.json");
      WordPieces wordPieces = new WordPieces(tokenizer, TargetedSentiment.MAX_TOKENS)) {
      BertParameters params = new BertParameters(graph, base);
      TargetClassifierTraining training = new TargetClassifierTraining(params, settings, base);
      BertForward bert = new BertForward(params);
      int frozen = BertParameters.LAYERS - settings.trainLayers();
      List<TargetExamples.Example> trainExamples = TargetExamples.read(data, wordPieces);
      if (limit > 0 && limit < trainExamples.size()) {
        trainExamples = trainExamples.subList(0, limit);
      }
      TargetClassifierTraining.Split train = new TargetClassifierTraining.Split("train", trainExamples,
          LowerLayers.run(bert, frozen, trainExamples, base));
      List<TargetClassifierTraining.Split> devs = new ArrayList<>();
      for (Path dev : devFiles) {
        List<TargetExamples.Example> ex = TargetExamples.read(dev, wordPieces);
        devs.add(new TargetClassifierTraining.Split(dev.getFileName().toString(), ex,
            LowerLayers.run(bert, frozen, ex, base)));
      }
      log.printf("%d training targets, %d frozen layers run in %.0f s%n", trainExamples.size(), frozen,
          (System.nanoTime() - start) / 1e9);
      if (probeEpochs > 0) {
        Path probeOut = Path.of(out + "-frozen");
        TargetClassifierTraining.Result probe = training.probe(train, devs, probeEpochs, log,
            r -> write(r, params, probeOut, settings, precision, data, start));
        log.printf("frozen encoder + head: best epoch %d, dev macro-F1 %s (%.0f s)%n", probe.epoch(),
            probe.devF1(), (System.nanoTime() - start) / 1e9);
      }
      if (settings.epochs() > 0) {
        TargetClassifierTraining.Result result = training.train(train, devs, log,
            r -> write(r, params, out, settings, precision, data, start));
        log.printf("fine-tuned: best epoch %d, dev macro-F1 %s; total %.0f s; wrote %s.*%n", result.epoch(),
            result.devF1(), (System.nanoTime() - start) / 1e9, out);
      }
    }
  }

  private static void write(TargetClassifierTraining.Result result, BertParameters params, Path out,
               TargetClassifierTraining.Settings settings, EncoderWeights.Precision precision, Path data,
               long start) {
    Map<String, EncoderWeights.Tensor> encoder = new LinkedHashMap<>();
    Map<String, EncoderWeights.Tensor> head = new LinkedHashMap<>();
    result.arrays().forEach((name, values) -> {
      EncoderWeights.Tensor t = new EncoderWeights.Tensor(result.shapes().get(name), values);
      if (name.startsWith("head.")) {
        head.put(name, t);
      } else {
        encoder.put(params.onnxName(name), t);
      }
    });
    List<Path> written = new ArrayList<>();
    if (!encoder.isEmpty()) {
      written.add(Path.of(out + ".encoder.bin"));
      ModelFiles.writeWeights(written.get(0), new EncoderWeights(encoder), precision);
    }
    written.add(Path.of(out + ".head.bin"));
    ModelFiles.writeWeights(written.get(written.size() - 1), new EncoderWeights(head));
    List<String> lines = new ArrayList<>(List.of("best epoch: " + result.epoch(),
        "dev macro-F1 (DJL forward, float32): " + result.devF1()));
    if (!encoder.isEmpty()) {
      lines.add("encoder weights stored as " + precision.label());
    }
    for (Path file : written) {
      lines.add("wrote: " + file.getFileName() + " sha256 " + ModelFiles.sha256(file));
    }
    ModelFiles.writeInfo(out, settings.toString(), List.of(data), lines, (System.nanoTime() - start) / 1e9);
  }
}
