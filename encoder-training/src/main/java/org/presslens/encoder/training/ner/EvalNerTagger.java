package org.presslens.encoder.training.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.presslens.analyzers.entities.api.NameTaggerProvider;
import org.presslens.encoder.training.Args;
import org.presslens.json.PresslensJson;
import org.presslens.nlp.encoder.EncoderInput;
import org.presslens.nlp.encoder.EncoderWeights;
import org.presslens.nlp.encoder.MiniLmEncoder;
import org.presslens.nlp.encoder.TokenStates;
import org.presslens.nlp.encoder.internal.WordPieces;
import org.presslens.nlp.encoder.ner.NerTagger;
import org.presslens.training.entities.ConllComparison;
import org.presslens.training.entities.ConllEvaluation;
import org.presslens.training.entities.ConllEvaluation.Chunk;

/**
 * Scores a trained NER model ({@code <model>.head.bin} and, when present, the fine-tuned layers
 * {@code <model>.encoder.bin}) through the run-time path (ONNX Runtime's token states, {@link NerTagger}) on a CoNLL
 * file: the tagger alone and, with {@code --floor-cache}, combined with the floor, by {@code --bonus ENTITY,OUTSIDE}
 * or, without it, the best bonus on this file. {@code --features-cache DIR} reads the word features that
 * {@code TrainNerTagger --features ort} kept (the same run-time path) instead of encoding again.
 *
 * <pre>
 * java -cp ... org.presslens.encoder.training.ner.EvalNerTagger --model DIR/ner-frozen --data eng.testa \
 *     [--floor-cache testa-annotations.jsonl.gz [--bonus 2,1]] [--features-cache DIR]
 * </pre>
 */
public final class EvalNerTagger {

  private EvalNerTagger() {
  }

  public static void main(String[] args) throws IOException {
    Map<String, List<String>> a = Args.parse(args);
    Path data = Path.of(Args.one(a, "data", null));
    String model = Args.one(a, "model", null);
    EncoderWeights head;
    try (InputStream in = Files.newInputStream(Path.of(model + ".head.bin"))) {
      head = EncoderWeights.read(in);
    }
    Path encoderFile = Path.of(model + ".encoder.bin");
    EncoderWeights overrides = new EncoderWeights(Map.of());
    if (Files.exists(encoderFile)) {
      try (InputStream in = Files.newInputStream(encoderFile)) {
        overrides = EncoderWeights.read(in);
      }
    }
    NerTagger tagger = new NerTagger(head, MiniLmEncoder.DIMENSION);
    NerSentences.Data d;
    try (InputStream tokenizer = EvalNerTagger.class.getResourceAsStream("/all-minilm-l6-v2-tokenizer.json");
         WordPieces wordPieces = new WordPieces(tokenizer, MiniLmEncoder.Options.DEFAULT.maxTokens())) {
      d = NerSentences.read(data, wordPieces);
    }
    long t0 = System.nanoTime();
    List<float[]> logProbs = new ArrayList<>();
    String cache = Args.one(a, "features-cache", "");
    if (!cache.isEmpty()) {
      if (!overrides.tensors().isEmpty()) {
        throw new IllegalArgumentException("--features-cache holds the base encoder's features: not for a model with"
            + " fine-tuned layers");
      }
      List<float[]> features = OrtFeatures.of(data, d.sentences(), Path.of(cache), 2, System.out);
      for (int i = 0; i < features.size(); i++) {
        logProbs.add(tagger.logProbs(features.get(i), d.sentences().get(i).wordCount()));
      }
    } else {
      List<EncoderInput> inputs = new ArrayList<>();
      for (NerSentences.Sentence s : d.sentences()) {
        inputs.add(EncoderInput.of(String.join(" ", s.words())));
      }
      List<TokenStates> states;
      try (MiniLmEncoder encoder = MiniLmEncoder.create(overrides, MiniLmEncoder.Options.DEFAULT)) {
        states = encoder.encode(inputs);
      }
      for (int i = 0; i < d.sentences().size(); i++) {
        NerSentences.Sentence s = d.sentences().get(i);
        logProbs.add(tagger.logProbs(states.get(i), s.words(), OrtFeatures.begins(s.words())));
      }
    }
    System.out.printf("%d sentences encoded and tagged in %.1f s%n", d.sentences().size(),
        (System.nanoTime() - t0) / 1e9);
    System.out.println("tagger alone: " + PresslensJson.mapper().writeValueAsString(
        NerScores.score(d, logProbs, null, NerScores.NONE).summary()));
    String floorCache = Args.one(a, "floor-cache", "");
    if (!floorCache.isEmpty()) {
      List<List<Chunk>> floor = FloorChunks.read(Path.of(floorCache), d.documents());
      String[] bonus = Args.one(a, "bonus", "best").split(",");
      NameTaggerProvider.Bonus b = bonus.length == 2
          ? new NameTaggerProvider.Bonus(Float.parseFloat(bonus[0]), Float.parseFloat(bonus[1]))
          : NerScores.bestBonus(d, logProbs, floor);
      System.out.println("floor alone: " + PresslensJson.mapper().writeValueAsString(
          NerScores.floor(d, floor).summary()));
      System.out.println("tagger + floor " + b + ": " + PresslensJson.mapper().writeValueAsString(
          NerScores.score(d, logProbs, floor, b).summary()));
      // where the combination and the floor differ: as eval conll shows presslens against the floor
      ConllComparison comparison = new ConllComparison(Integer.parseInt(Args.one(a, "top", "15")));
      List<java.util.Set<Chunk>> combined = NerScores.predicted(d, logProbs, floor, b);
      for (int i = 0; i < d.documents().size(); i++) {
        ConllEvaluation.Document doc = d.documents().get(i);
        comparison.add(new java.util.HashSet<>(doc.gold()), combined.get(i), new java.util.HashSet<>(floor.get(i)),
            c -> c.sentence() < 0 ? "?" : String.join(" ", doc.sentences().get(c.sentence()).subList(c.first(),
                c.end())));
      }
      java.util.Map<String, Object> summary = comparison.summary();
      System.out.println("confusion (tagger + floor as 'presslens'): " + PresslensJson.mapper().writeValueAsString(
          summary.get("confusion")));
      System.out.println("disagreements: " + PresslensJson.mapper().writeValueAsString(summary.get("disagreements")));
    }
  }
}
