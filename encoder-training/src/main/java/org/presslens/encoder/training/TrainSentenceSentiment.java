package org.presslens.encoder.training;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.presslens.encoder.training.heads.EncodedTexts;
import org.presslens.encoder.training.heads.HeadFit;
import org.presslens.encoder.training.heads.LabelledTexts;
import org.presslens.encoder.training.heads.Selection;
import org.presslens.model.Article;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.Polarity;
import org.presslens.nlp.encoder.EncoderWeights;
import org.presslens.nlp.encoder.MiniLmEncoder;
import org.presslens.nlp.encoder.engine.EncoderEngine;
import org.presslens.models.encoder.heads.LinearHead;
import org.presslens.models.encoder.heads.Pooling;
import org.presslens.training.newsmtsc.NewsMtsc;
import org.presslens.training.sentiment.SentimentEvaluation;

/**
 * Trains sentence sentiment as a frozen head over the shared layer's token states ({@code encoder:token-states}):
 * NewsMTSC {@code train.jsonl} sentences as {@code presslens eval sentiment} defines them ({@link NewsMtsc#sentences}:
 * targets of one polarity), each annotated as the one-paragraph article the evaluation analyzes (CoreNLP sentences,
 * then the encoder engine), pooled ({@link Pooling}) over its sentences; a softmax head ({@link HeadFit}, L-BFGS) per
 * point of the grid; the point with the best macro-F1 on the first dev file is written as {@code <out>.head.bin}
 * with {@code <out>.txt}.
 *
 * <pre>
 * java -cp ... org.presslens.encoder.training.TrainSentenceSentiment --data train.jsonl --dev dev_rw.jsonl \
 *     --out DIR/sentence-sentiment [--cache DIR] [--pooling mean,cls-mean] [--l2 1,10,100] [--balance 0,0.5,1]
 *     [--threads 2]
 * </pre>
 * Dev figures use {@link SentimentEvaluation}'s definitions; a dev sentence that CoreNLP splits is predicted from its
 * pooled sentences here (the analyzer labels each sentence and aggregates them).
 */
public final class TrainSentenceSentiment {

  private TrainSentenceSentiment() {
  }

  public static void main(String[] args) {
    train(args, "java -cp ... " + TrainSentenceSentiment.class.getName() + " " + String.join(" ", args));
  }

  /**
   * Trains with the {@code --name value} arguments {@code args} (as {@link #main}); {@code command}, the command line
   * that reproduces the run, is the first line of the written {@code .txt}.
   */
  public static void train(String[] args, String command) {
    Map<String, List<String>> a = Args.parse(args);
    Path data = Path.of(Args.one(a, "data", null));
    List<Path> devs = a.getOrDefault("dev", List.of()).stream().map(Path::of).toList();
    if (devs.isEmpty()) {
      throw new IllegalArgumentException("missing --dev (the split the head is selected on)");
    }
    Path out = Path.of(Args.one(a, "out", null));
    Path cache = a.containsKey("cache") ? Path.of(Args.one(a, "cache", null)) : null;
    int threads = Integer.parseInt(Args.one(a, "threads", "2"));
    Selection grid = new Selection(List.of(Args.one(a, "pooling", "mean,cls-mean,cls-mean-max").split(",")),
        Selection.numbers(Args.one(a, "l2", "1,10,100,1000")), Selection.numbers(Args.one(a, "balance", "0,0.5,1")));
    PrintStream log = System.out;
    long start = System.nanoTime();
    NlpEngine tokens = Engines.named("corenlp");
    EncoderEngine encoder = new EncoderEngine(MiniLmEncoder::shared);
    LabelledTexts train = encode(data, tokens, encoder, cache, threads, log);
    List<LabelledTexts> devSets = new ArrayList<>();
    for (Path dev : devs) {
      devSets.add(encode(dev, tokens, encoder, cache, threads, log));
    }
    double best = -1;
    String bestLine = null;
    EncoderWeights bestHead = null;
    Selection.Point bestPoint = null;
    List<String> bestScores = null;
    for (Selection.Point p : grid.points()) {
      Pooling pooling = Pooling.of(p.pooling());
      EncoderWeights head = HeadFit.fit(train.features(pooling), train.labels(), 3, p.l2(),
          HeadFit.classWeights(train.labels(), 3, p.balance()));
      List<String> scores = new ArrayList<>();
      double first = -1;
      for (int d = 0; d < devSets.size(); d++) {
        SentimentEvaluation.Result r = score(devSets.get(d), new LinearHead(head), pooling);
        scores.add(String.format(Locale.ROOT, "%s: %s", devs.get(d).getFileName(), r.toJsonLine()));
        if (d == 0) {
          first = r.f1Macro();
        }
      }
      String line = String.format(Locale.ROOT, "pooling %s l2 %s balance %s: %s", p.pooling(), p.l2(), p.balance(),
          String.join("; ", scores));
      log.println(line);
      if (first > best) {
        best = first;
        bestLine = line;
        bestHead = head;
        bestPoint = p;
        bestScores = scores;
      }
    }
    ModelFiles.writeWeights(Path.of(out + ".head.bin"), bestHead);
    double seconds = (System.nanoTime() - start) / 1e9;
    List<Path> files = new ArrayList<>(List.of(data));
    files.addAll(devs);
    ModelFiles.writeInfo(out, command, "sentence sentiment, frozen encoder (all-minilm-l6-v2) + softmax head; pooling "
        + bestPoint.pooling() + ", l2 " + bestPoint.l2() + ", class-weight power " + bestPoint.balance()
        + "; classes NEGATIVE, NEUTRAL, POSITIVE; grid " + grid + ", selected on " + devs.get(0).getFileName()
        + " macro-F1", files, bestScores, seconds);
    log.printf("selected: %s%nwrote %s.head.bin and %s.txt (%.0f s)%n", bestLine, out, out, seconds);
  }

  private static LabelledTexts encode(Path file, NlpEngine tokens, EncoderEngine encoder, Path cache, int threads,
                                 PrintStream log) {
    NewsMtsc.Sentences sentences = NewsMtsc.sentences(file);
    List<Article> articles = sentences.items().stream().map(NewsMtsc.Sentence::article).toList();
    int[] y = sentences.items().stream().mapToInt(s -> s.gold().ordinal()).toArray();
    String name = "sentences-" + file.getFileName().toString().replace(".jsonl", "");
    return new LabelledTexts(EncodedTexts.of(articles, tokens, encoder, cache, name, threads, log), y);
  }

  private static SentimentEvaluation.Result score(LabelledTexts dev, LinearHead head, Pooling pooling) {
    int[] predicted = HeadFit.predict(head, dev.features(pooling));
    SentimentEvaluation.Counter counter = new SentimentEvaluation.Counter();
    for (int i = 0; i < predicted.length; i++) {
      counter.add(Polarity.values()[dev.labels()[i]], Polarity.values()[predicted[i]], dev.texts().get(i).size() > 1);
    }
    return counter.result();
  }
}
