package org.presslens.encoder.training;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.presslens.analyzers.stance.topic.TopicModel;
import org.presslens.encoder.training.heads.EncodedTexts;
import org.presslens.encoder.training.heads.HeadFit;
import org.presslens.encoder.training.heads.LabelledTexts;
import org.presslens.encoder.training.heads.Selection;
import org.presslens.model.Article;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.encoder.EncoderInput;
import org.presslens.nlp.encoder.EncoderWeights;
import org.presslens.nlp.encoder.MiniLmEncoder;
import org.presslens.nlp.encoder.engine.EncoderEngine;
import org.presslens.models.encoder.heads.LinearHead;
import org.presslens.models.encoder.heads.Pooling;
import org.presslens.models.encoder.heads.SentenceSummary;
import org.presslens.training.ml.Metrics;
import org.presslens.training.stance.AnnotatedTexts;
import org.presslens.training.stance.SemevalData;
import org.presslens.training.stance.SemevalEvaluation;
import org.presslens.training.stance.TopicTraining;

/**
 * Trains topic stance (SemEval-2016 Task 6A, TweetEval layout) as frozen heads over the encoder, one softmax head per
 * target (classes NONE, AGAINST, FAVOR as {@link TopicModel}), on the {@code train} split; the grid point with the best
 * pooled F_avg on {@code val} ({@link SemevalEvaluation}'s measure) is written as {@code <out>/<target>.head.bin} with
 * {@code <out>/topic-stance.txt}.
 *
 * <pre>
 * java -cp ... org.presslens.encoder.training.TrainTopicStance --data semeval2016-stance --out DIR \
 *     [--input layer|pair] [--heads per-target|joint] [--cache DIR] [--pooling mean,cls-mean] [--l2 10,100] [--balance 0,0.5,1] [--threads 2]
 * </pre>
 * {@code --input layer} (default) reads the shared layer: each tweet as an article, its CoreNLP sentences encoded
 * alone. {@code --input pair} encodes each tweet whole, paired with the target's phrase ({@code [CLS] tweet [SEP]
 * Hillary Clinton [SEP]}): an input of its own, not the shared layer. {@code --heads joint} fits the heads together
 * ({@link JointHeads}).
 */
public final class TrainTopicStance {

  /** The SemEval-2016 target of each TweetEval folder (the data's README). */
  static final Map<String, String> PHRASES = Map.of("abortion", "Legalization of Abortion", "atheism", "Atheism",
      "climate", "Climate Change is a Real Concern", "feminist", "Feminist Movement", "hillary", "Hillary Clinton");

  private TrainTopicStance() {
  }

  public static void main(String[] args) {
    train(args, "java -cp ... " + TrainTopicStance.class.getName() + " " + String.join(" ", args));
  }

  /**
   * Trains with the {@code --name value} arguments {@code args} (as {@link #main}); {@code command}, the command line
   * that reproduces the run, is the first line of the written {@code .txt}.
   */
  public static void train(String[] args, String command) {
    Map<String, List<String>> a = Args.parse(args);
    Path data = Path.of(Args.one(a, "data", null));
    Path out = Path.of(Args.one(a, "out", null));
    Path cache = a.containsKey("cache") ? Path.of(Args.one(a, "cache", null)) : null;
    int threads = Integer.parseInt(Args.one(a, "threads", "2"));
    String input = Args.one(a, "input", "layer");
    boolean joint = Args.one(a, "heads", "per-target").equals("joint");
    if (!input.equals("layer") && !input.equals("pair")) {
      throw new IllegalArgumentException("--input must be layer or pair, got " + input);
    }
    Selection grid = new Selection(List.of(Args.one(a, "pooling", "mean,cls-mean,cls-mean-max").split(",")),
        Selection.numbers(Args.one(a, "l2", "3,10,30,100,300")), Selection.numbers(Args.one(a, "balance", "0,0.5,1")));
    PrintStream log = System.out;
    long start = System.nanoTime();
    NlpEngine tokens = input.equals("layer") ? Engines.named("corenlp") : null;
    EncoderEngine encoder = new EncoderEngine(MiniLmEncoder::shared);
    Map<String, LabelledTexts> train = new LinkedHashMap<>();
    Map<String, LabelledTexts> val = new LinkedHashMap<>();
    List<Path> files = new ArrayList<>();
    for (String target : SemevalData.targets(data, "train")) {
      for (String split : List.of("train", "val")) {
        SemevalData.Split s = SemevalData.read(data, target, split);
        List<Article> articles = s.texts().stream().map(AnnotatedTexts::article).toList();
        String name = "semeval-" + input + "-" + target + "-" + split;
        List<List<SentenceSummary>> texts = input.equals("layer")
            ? EncodedTexts.of(articles, tokens, encoder, cache, name, threads, log)
            : EncodedTexts.cached(articles, cache, name, log, art -> pair(art, PHRASES.get(target)), threads);
        (split.equals("train") ? train : val).put(target,
            new LabelledTexts(texts, s.labels().stream().mapToInt(Integer::intValue).toArray()));
        files.add(data.resolve(target).resolve(split + "_text.txt"));
        files.add(data.resolve(target).resolve(split + "_labels.txt"));
      }
    }
    double best = -1;
    Selection.Point bestPoint = null;
    Map<String, EncoderWeights> bestHeads = null;
    List<String> bestScores = null;
    for (Selection.Point p : grid.points()) {
      Pooling pooling = Pooling.of(p.pooling());
      Metrics pooled = new Metrics(3);
      Map<String, EncoderWeights> heads = joint ? JointHeads.fit(train, pooling, p.l2(), p.balance())
          : new LinkedHashMap<>();
      List<String> scores = new ArrayList<>();
      for (String target : train.keySet()) {
        if (!joint) {
          LabelledTexts t = train.get(target);
          heads.put(target, HeadFit.fit(t.features(pooling), t.labels(), 3, p.l2(),
              HeadFit.classWeights(t.labels(), 3, p.balance())));
        }
        LabelledTexts v = val.get(target);
        Metrics m = new Metrics(3);
        int[] predicted = HeadFit.predict(new LinearHead(heads.get(target)), v.features(pooling));
        for (int i = 0; i < predicted.length; i++) {
          m.add(v.labels()[i], predicted[i]);
        }
        pooled.addAll(m);
        scores.add(String.format(Locale.ROOT, "%s F_avg %.4f", target, TopicTraining.fAvg(m)));
      }
      double fAvg = TopicTraining.fAvg(pooled);
      scores.add(0, String.format(Locale.ROOT, "val n %d F_avg %.4f F1 favor %.4f against %.4f accuracy %.4f",
          pooled.count(), fAvg, pooled.f1(TopicModel.FAVOR), pooled.f1(TopicModel.AGAINST), pooled.accuracy()));
      log.printf(Locale.ROOT, (joint ? "joint " : "") + "input %s pooling %s l2 %s balance %s: %s%n", input, p.pooling(), p.l2(), p.balance(),
          String.join("; ", scores));
      if (fAvg > best) {
        best = fAvg;
        bestPoint = p;
        bestHeads = heads;
        bestScores = scores;
      }
    }
    bestHeads.forEach((target, head) -> ModelFiles.writeWeights(out.resolve(target + ".head.bin"), head));
    double seconds = (System.nanoTime() - start) / 1e9;
    ModelFiles.writeInfo(out.resolve("topic-stance"), command, "topic stance, frozen encoder (all-minilm-l6-v2) + one softmax"
        + " head per target (" + (joint ? "fitted jointly" : "fitted per target") + "); input " + input + ", pooling " + bestPoint.pooling() + ", l2 " + bestPoint.l2()
        + ", class-weight power " + bestPoint.balance() + "; classes NONE, AGAINST, FAVOR; grid " + grid
        + ", selected on val F_avg", files, bestScores, seconds);
    log.printf(Locale.ROOT, "selected: input %s %s: %s%nwrote %s (%.0f s)%n", input, bestPoint, bestScores, out,
        seconds);
  }

  private static List<SentenceSummary> pair(Article article, String phrase) {
    return MiniLmEncoder.shared().encode(List.of(EncoderInput.pair(article.text(), phrase))).stream()
        .map(SentenceSummary::of).toList();
  }
}
