package org.presslens.encoder.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.presslens.analyzers.stance.data.DocData;
import org.presslens.analyzers.stance.topic.TopicModel;
import org.presslens.analyzers.stance.topic.TopicModels;
import org.presslens.encoder.training.heads.EncodedTexts;
import org.presslens.encoder.training.heads.HeadFit;
import org.presslens.model.Article;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.encoder.EncoderWeights;
import org.presslens.nlp.encoder.MiniLmEncoder;
import org.presslens.nlp.encoder.engine.EncoderEngine;
import org.presslens.models.encoder.heads.LinearHead;
import org.presslens.models.encoder.heads.Pooling;
import org.presslens.models.encoder.heads.SentenceSummary;
import org.presslens.training.ml.Metrics;
import org.presslens.training.stance.AnnotatedTexts;
import org.presslens.training.stance.SemevalData;
import org.presslens.training.stance.TopicTraining;

/**
 * Scores topic stance on a SemEval split with the encoder heads of {@link TrainTopicStance} ({@code --input layer}),
 * the shipped n-gram models, and their mixtures {@code w · P(encoder) + (1 - w) · P(n-grams)}, with
 * {@code eval semeval}'s F_avg.
 *
 * <pre>
 * java -cp ... org.presslens.encoder.training.TopicEnsemble --data semeval2016-stance --heads DIR --pooling cls-mean \
 *     [--split val] [--weights 0,0.25,0.5,0.75,1] [--cache DIR]
 * </pre>
 */
public final class TopicEnsemble {

  private TopicEnsemble() {
  }

  public static void main(String[] args) throws IOException {
    Map<String, List<String>> a = Args.parse(args);
    Path data = Path.of(Args.one(a, "data", null));
    Path heads = Path.of(Args.one(a, "heads", null));
    Pooling pooling = Pooling.of(Args.one(a, "pooling", null));
    String split = Args.one(a, "split", "val");
    Path cache = a.containsKey("cache") ? Path.of(Args.one(a, "cache", null)) : null;
    List<Double> weights = org.presslens.encoder.training.heads.Selection.numbers(
        Args.one(a, "weights", "0,0.25,0.5,0.75,1"));
    PrintStream log = System.out;
    NlpEngine engine = Engines.named("corenlp");
    EncoderEngine encoder = new EncoderEngine(MiniLmEncoder::shared);
    List<Metrics> pooled = new ArrayList<>();
    weights.forEach(w -> pooled.add(new Metrics(3)));
    for (String target : SemevalData.targets(data, split)) {
      SemevalData.Split s = SemevalData.read(data, target, split);
      List<Article> articles = s.texts().stream().map(AnnotatedTexts::article).toList();
      List<List<SentenceSummary>> texts = EncodedTexts.of(articles, engine, encoder, cache,
          "semeval-layer-" + target + "-" + split, 1, log);
      List<DocData> docs = AnnotatedTexts.annotate(engine, s.texts(),
          cache == null ? null : cache.resolve("semeval-" + target + "-" + split + ".json.gz"), 1,
          "semeval " + target + " " + split, log::println);
      TopicModel ngrams = TopicModels.bundled().get(target).orElseThrow();
      LinearHead head;
      try (InputStream in = Files.newInputStream(heads.resolve(target + ".head.bin"))) {
        head = new LinearHead(EncoderWeights.read(in));
      }
      for (int i = 0; i < s.texts().size(); i++) {
        float[] pe = head.probabilities(pooling.features(texts.get(i)));
        double[] pn = ngrams.probabilities(docs.get(i).tokens(), s.texts().get(i));
        for (int k = 0; k < weights.size(); k++) {
          double w = weights.get(k);
          double[] p = new double[3];
          for (int c = 0; c < 3; c++) {
            p[c] = w * pe[c] + (1 - w) * pn[c];
          }
          pooled.get(k).add(s.labels().get(i), HeadFit.argmax(p));
        }
      }
    }
    for (int k = 0; k < weights.size(); k++) {
      Metrics m = pooled.get(k);
      log.printf(Locale.ROOT, "encoder weight %.2f: %s n %d F_avg %.4f F1 favor %.4f against %.4f accuracy %.4f%n",
          weights.get(k), split, m.count(), TopicTraining.fAvg(m), m.f1(TopicModel.FAVOR), m.f1(TopicModel.AGAINST),
          m.accuracy());
    }
  }
}
