package org.presslens.training.sentiment;

import org.presslens.nlp.Polarity;
import org.presslens.training.ml.Metrics;
import org.presslens.training.newsmtsc.NewsMtsc;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import org.presslens.analyzers.sentiment.api.SentimentResult;
import org.presslens.model.Article;
import org.presslens.nlp.SentimentLabel;

/**
 * Sentence-level evaluation on NewsMTSC gold ({@link NewsMtsc}): each gold sentence is analyzed as an article of
 * one paragraph and its predicted polarity ({@link #predict}) compared with the gold one; reports accuracy and the
 * macro-averaged F1 over NEGATIVE, NEUTRAL, POSITIVE.
 */
public final class SentimentEvaluation {

  private SentimentEvaluation() {
  }

  /**
   * The predicted polarity of an analyzed gold sentence: its sentence label when the NLP layer found one sentence; the
   * document label when it split the text into several (MIXED counts as NEUTRAL); NEUTRAL when it found none.
   */
  public static Polarity predict(SentimentResult result) {
    List<SentimentResult.SentenceSentiment> sentences = result.sentences();
    if (sentences.size() == 1 && sentences.get(0).label() != null) {
      return Polarity.of(sentences.get(0).label());
    }
    if (sentences.isEmpty()) {
      return Polarity.NEUTRAL;
    }
    SentimentLabel label = result.document().label();
    return Polarity.of(label);
  }

  /**
   * The figures of one evaluation.
   *
   * @param n         the gold sentences evaluated
   * @param split     how many of them the NLP layer split into several sentences
   * @param failed    how many could not be analyzed (counted as wrong, predicted NEUTRAL)
   * @param confusion counts by [gold][predicted], in {@link Polarity} order
   */
  public record Result(int n, int split, int failed, int[][] confusion) {

    private Metrics metrics() {
      return Metrics.of(confusion);
    }

    public double accuracy() {
      return metrics().accuracy();
    }

    public double precision(Polarity p) {
      return metrics().precision(p.ordinal());
    }

    public double recall(Polarity p) {
      return metrics().recall(p.ordinal());
    }

    public double f1(Polarity p) {
      return metrics().f1(p.ordinal());
    }

    /** The unweighted mean of the three classes' F1. */
    public double f1Macro() {
      return metrics().macroF1();
    }

    /** The closing JSON line: {@code {"task":"sentiment","n":..,"accuracy":..,"f1_macro":..}}. */
    public String toJsonLine() {
      return String.format(Locale.ROOT, "{\"task\":\"sentiment\",\"n\":%d,\"accuracy\":%.4f,\"f1_macro\":%.4f}", n,
          accuracy(), f1Macro());
    }

    /** A human-readable table: per-class precision/recall/F1 and the confusion matrix. */
    public List<String> table() {
      List<String> lines = new ArrayList<>();
      lines.add(String.format(Locale.ROOT, "%-9s %6s %6s %6s %6s | predicted %s", "gold", "n", "P", "R", "F1",
          "NEG/NEU/POS"));
      for (Polarity p : Polarity.values()) {
        int[] row = confusion[p.ordinal()];
        lines.add(String.format(Locale.ROOT, "%-9s %6d %6.3f %6.3f %6.3f | %d/%d/%d", p, row[0] + row[1] + row[2],
            precision(p), recall(p), f1(p), row[0], row[1], row[2]));
      }
      lines.add(String.format(Locale.ROOT, "accuracy %.4f, macro-F1 %.4f over %d sentences (%d split by the NLP"
          + " layer, %d failed)", accuracy(), f1Macro(), n, split, failed));
      return lines;
    }

    /** The figures as a map (for JSON). */
    public Map<String, Object> toMap() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("n", n);
      m.put("accuracy", accuracy());
      m.put("f1_macro", f1Macro());
      for (Polarity p : Polarity.values()) {
        m.put("f1_" + p.name().toLowerCase(Locale.ROOT), f1(p));
      }
      return m;
    }
  }

  /** Accumulates predictions one at a time. */
  public static final class Counter {
    private final int[][] confusion = new int[3][3];
    private int n;
    private int split;
    private int failed;

    public void add(Polarity gold, Polarity predicted, boolean wasSplit) {
      confusion[gold.ordinal()][predicted.ordinal()]++;
      n++;
      if (wasSplit) {
        split++;
      }
    }

    public void addFailure(Polarity gold) {
      add(gold, gold == Polarity.NEUTRAL ? Polarity.NEGATIVE : Polarity.NEUTRAL, false);
      failed++;
    }

    public Result result() {
      int[][] copy = new int[3][];
      for (int k = 0; k < 3; k++) {
        copy[k] = confusion[k].clone();
      }
      return new Result(n, split, failed, copy);
    }
  }

  /**
   * Evaluates {@code analyze} on {@code items} with {@code threads} threads; an item whose analysis throws or
   * returns null counts as wrong.
   */
  public static Result evaluate(List<NewsMtsc.Sentence> items, Function<Article, SentimentResult> analyze, int threads)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<SentimentResult>> futures = new ArrayList<>();
      for (NewsMtsc.Sentence item : items) {
        futures.add(pool.submit(() -> analyze.apply(item.article())));
      }
      Counter counter = new Counter();
      for (int i = 0; i < items.size(); i++) {
        SentimentResult r;
        try {
          r = futures.get(i).get();
        } catch (ExecutionException e) {
          r = null;
        }
        if (r == null) {
          counter.addFailure(items.get(i).gold());
        } else {
          counter.add(items.get(i).gold(), predict(r), r.sentences().size() > 1);
        }
      }
      return counter.result();
    } finally {
      pool.shutdownNow();
    }
  }
}
