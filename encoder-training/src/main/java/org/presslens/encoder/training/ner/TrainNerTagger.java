package org.presslens.encoder.training.ner;

import ai.djl.ndarray.NDManager;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.presslens.analyzers.entities.api.NameTaggerProvider;
import org.presslens.encoder.training.ModelFiles;
import org.presslens.encoder.training.bert.BertForward;
import org.presslens.encoder.training.bert.BertParameters;
import org.presslens.encoder.training.onnx.OnnxInitializers;
import org.presslens.json.PresslensJson;
import org.presslens.nlp.encoder.EncoderWeights;
import org.presslens.nlp.encoder.ner.NerTagger;
import org.presslens.nlp.encoder.internal.WordPieces;
import org.presslens.training.entities.ConllEvaluation;
import org.presslens.training.entities.ConllEvaluation.Chunk;

/**
 * Trains a named-entity tagger on the encoder from a CoNLL-2003 training file, selecting the epoch on a dev file, and
 * writes {@code <out>.head.bin}, {@code <out>.encoder.bin} (fine-tuned upper layers, when any) and {@code <out>.txt}
 * (settings, data SHA-256, dev scores, time).
 *
 * <pre>
 * java -Dai.djl.offline=true -cp ... org.presslens.encoder.training.ner.TrainNerTagger \
 *     --train eng.train --dev eng.testa --out DIR/ner [--floor-cache testa-annotations.jsonl.gz] \
 *     [--features ort|djl] [--threads 2] [--states-cache DIR] [--train-layers 2] [--hidden 0] [--probe-epochs 10] [--epochs 2] [--batch 32] \
 *     [--lr 1e-4] [--head-lr 1e-3] [--dropout 0.1] [--decay 0.01] [--seed 42] [--limit N] [--precision float16]
 * </pre>
 * With {@code --floor-cache} (the annotation cache {@code presslens eval conll DEV --cache FILE} wrote) the dev
 * figures also show the floor alone and the tagger combined with it, the combination's two weights chosen on dev and
 * written into the head file ({@link NerTagger#NER_LAYER_BONUS}). {@code --precision} is how the fine-tuned layers are
 * stored (float16 by default, as the shipped targeted sentiment model; float32).
 * {@code --features ort} (the default) computes the frozen encoder's states through the run-time path (ONNX Runtime;
 * several times cheaper than DJL on this CPU) and trains the head only; {@code --features djl} runs the encoder in DJL,
 * needed for fine-tuning ({@code --epochs N}).
 */
public final class TrainNerTagger {

  private TrainNerTagger() {
  }

  public static void main(String[] args) throws IOException {
    Options o = Options.parse(args);
    PrintStream log = System.out;
    log.println("settings: " + o.settings());
    long start = System.nanoTime();
    OnnxInitializers.Graph graph;
    try (InputStream in = TrainNerTagger.class.getResourceAsStream("/all-minilm-l6-v2.onnx")) {
      if (in == null) {
        throw new IllegalStateException("all-minilm-l6-v2.onnx is not on the class path");
      }
      graph = OnnxInitializers.read(new BufferedInputStream(in, 1 << 20));
    }
    try (NDManager base = NDManager.newBaseManager();
         InputStream tokenizer = TrainNerTagger.class.getResourceAsStream("/all-minilm-l6-v2-tokenizer.json");
         WordPieces wordPieces = new WordPieces(tokenizer, o.maxTokens())) {
      BertParameters params = new BertParameters(graph, base);
      BertForward bert = new BertForward(params);
      int frozen = BertParameters.LAYERS - o.settings().trainLayers();
      NerSentences.Data trainData = NerSentences.read(o.train(), wordPieces);
      List<NerSentences.Sentence> trainSentences = o.limit() > 0 && o.limit() < trainData.sentences().size()
          ? trainData.sentences().subList(0, o.limit()) : trainData.sentences();
      NerSentences.Data devData = NerSentences.read(o.dev(), wordPieces);
      boolean ort = o.features().equals("ort");
      if (ort && o.settings().epochs() > 0) {
        throw new IllegalArgumentException("--features ort trains the head over the frozen encoder only: use"
            + " --epochs 0, or --features djl to fine-tune");
      }
      StatesCache cache = new StatesCache(o.statesCache(), bert, frozen, base, log);
      TaggerTraining.Split train = new TaggerTraining.Split("train", trainSentences,
          ort ? null : cache.states(o.train(), trainSentences));
      TaggerTraining.Split dev = new TaggerTraining.Split("dev", devData.sentences(),
          ort ? null : cache.states(o.dev(), devData.sentences()));
      log.printf("%d training sentences, %d dev sentences, %s states ready in %.0f s%n",
          trainSentences.size(), dev.sentences().size(), ort ? "no" : frozen + " frozen layers'",
          (System.nanoTime() - start) / 1e9);
      List<List<Chunk>> floor = o.floorCache() == null ? null : FloorChunks.read(o.floorCache(), devData.documents());
      TaggerTraining training = new TaggerTraining(params, o.settings(), base);
      java.util.function.ToDoubleFunction<List<float[]>> devScore =
          lp -> NerScores.score(devData, lp, null, NerScores.NONE).f1();
      if (o.settings().probeEpochs() > 0) {
        Path probeOut = Path.of(o.out() + "-frozen");
        List<float[]> trainWords = ort ? OrtFeatures.of(o.train(), trainSentences, o.statesCache(), o.threads(), log)
            : training.wordFeatures(train);
        List<float[]> devWords = ort ? OrtFeatures.of(o.dev(), devData.sentences(), o.statesCache(), o.threads(), log)
            : training.wordFeatures(dev);
        log.printf("word features ready (%.0f s)%n", (System.nanoTime() - start) / 1e9);
        TaggerTraining.Result r = training.probe(train, trainWords, dev, devWords, devScore, log,
            best -> write(best, params, probeOut, o, devData, floor, start, log));
        write(r, params, probeOut, o, devData, floor, start, log);
      }
      if (o.settings().epochs() > 0) {
        TaggerTraining.Result r = training.fineTune(train, dev, devScore, log,
            best -> write(best, params, o.out(), o, devData, floor, start, log));
        write(r, params, o.out(), o, devData, floor, start, log);
      }
      log.printf("total %.0f s%n", (System.nanoTime() - start) / 1e9);
    }
  }

  private static void write(TaggerTraining.Result result, BertParameters params, Path out, Options o,
                            NerSentences.Data dev, List<List<Chunk>> floor, long start, PrintStream log) {
    StringBuilder info = new StringBuilder();
    info.append("settings: ").append(o.settings()).append('\n');
    info.append("command: TrainNerTagger ").append(String.join(" ", o.args())).append('\n');
    info.append("train: ").append(o.train()).append(" sha256 ").append(ModelFiles.sha256(o.train())).append('\n');
    info.append("dev: ").append(o.dev()).append(" sha256 ").append(ModelFiles.sha256(o.dev())).append('\n');
    info.append(String.format("%s, best epoch %d; time from start to this epoch %.0f s%n", result.stage(),
        result.epoch(), (System.nanoTime() - start) / 1e9));
    info.append("dev, tagger alone: ").append(json(NerScores.score(dev, result.devLogProbs(), null,
        NerScores.NONE))).append('\n');
    NameTaggerProvider.Bonus bonus = floor == null ? NerScores.NONE
        : NerScores.bestBonus(dev, result.devLogProbs(), floor);
    if (floor != null) {
      info.append("dev, floor alone (aligned mentions only): ").append(json(NerScores.floor(dev, floor))).append('\n');
      info.append("dev, tagger + floor, bonus chosen on dev ").append(bonus).append(" (in the head file as ")
          .append(NerTagger.NER_LAYER_BONUS).append("): ")
          .append(json(NerScores.score(dev, result.devLogProbs(), floor, bonus))).append('\n');
    }
    log.print(info);
    try {
      writeFiles(result, params, out, info.toString(), bonus, o.precision());
    } catch (IOException e) {
      throw new java.io.UncheckedIOException("cannot write " + out, e);
    }
  }

  private static String json(ConllEvaluation.Counts counts) {
    return PresslensJson.mapper().writeValueAsString(counts.summary());
  }

  private static void writeFiles(TaggerTraining.Result result, BertParameters params, Path out, String info,
                                 NameTaggerProvider.Bonus bonus, EncoderWeights.Precision precision)
      throws IOException {
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
    head.put(NerTagger.NER_LAYER_BONUS, new EncoderWeights.Tensor(new long[] {2},
        new float[] {bonus.entity(), bonus.outside()}));
    StringBuilder files = new StringBuilder();
    if (!encoder.isEmpty()) {
      Path file = Path.of(out + ".encoder.bin");
      ModelFiles.writeWeights(file, new EncoderWeights(encoder), precision);
      files.append("encoder weights stored as ").append(precision.label()).append('\n');
      files.append("wrote: ").append(file.getFileName()).append(" sha256 ").append(ModelFiles.sha256(file))
          .append('\n');
    }
    Path headFile = Path.of(out + ".head.bin");
    ModelFiles.writeWeights(headFile, new EncoderWeights(head));
    files.append("wrote: ").append(headFile.getFileName()).append(" sha256 ").append(ModelFiles.sha256(headFile))
        .append('\n');
    Files.writeString(Path.of(out + ".txt"), info + files, StandardCharsets.UTF_8);
  }
}
