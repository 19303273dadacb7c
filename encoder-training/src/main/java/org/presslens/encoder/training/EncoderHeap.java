package org.presslens.encoder.training;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.presslens.io.ArticleReaders;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.encoder.engine.EncodedSentences;
import org.presslens.nlp.encoder.engine.EncoderEngine;
import org.presslens.nlp.encoder.engine.EncoderEngineProvider;
import org.presslens.spi.Config;

/**
 * Drives the {@value EncoderEngine#NAME} NLP engine, as its provider creates it, over every {@code *.txt} article under a
 * directory (read as the CLI reads them) on a few threads, one article per call as the pipeline calls it; exits 0
 * when all were encoded. Run at decreasing {@code -Xmx} it finds the engine's smallest working heap (its
 * {@code requiredHeapBytes}). The sentences (the {@code nlp:tokens} layer the engine consumes) are split by the JDK's
 * {@link BreakIterator} per paragraph, so that no other engine's models share the heap.
 *
 * <pre>java -Xmx256m -cp ... org.presslens.encoder.training.EncoderHeap ../shared/data/articles/webis-editorials [threads]</pre>
 */
public final class EncoderHeap {

  private EncoderHeap() {
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    List<Path> files;
    try (Stream<Path> s = Files.walk(dir)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().toList();
    }
    NlpEngine engine = new EncoderEngineProvider().create(Config.defaults("nlp", List.of()));
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    long sentences = 0;
    long tokens = 0;
    try {
      List<Future<long[]>> done = new ArrayList<>();
      for (Path f : files) {
        done.add(pool.submit(() -> encode(engine, f)));
      }
      for (Future<long[]> d : done) {
        long[] counts = d.get();
        sentences += counts[0];
        tokens += counts[1];
      }
    } finally {
      pool.shutdownNow();
    }
    System.out.printf(Locale.ROOT, "%d articles, %d sentences, %d word pieces encoded on %d thread(s) in %.1f s,"
            + " max heap %d MB%n", files.size(), sentences, tokens, threads, (System.nanoTime() - start) / 1e9,
        Runtime.getRuntime().maxMemory() >> 20);
  }

  private static long[] encode(NlpEngine engine, Path file) throws IOException {
    Article article = ArticleReaders.read(file);
    NlpDocument input = new NlpDocument(Set.of(NlpLayer.TOKENS), sentences(article), List.of());
    EncodedSentences states = engine.annotate(article, input, Set.of(EncoderEngine.TOKEN_STATES))
        .layer(EncoderEngine.TOKEN_STATES);
    return new long[] {states.sentences().size(),
        states.sentences().stream().mapToLong(s -> s.states().size()).sum()};
  }

  /** The sentences of each paragraph, by {@link BreakIterator}, without tokens (the engine reads their spans). */
  static List<Sentence> sentences(Article article) {
    List<Sentence> out = new ArrayList<>();
    String text = article.text();
    for (Paragraph p : article.paragraphs()) {
      BreakIterator it = BreakIterator.getSentenceInstance(Locale.ENGLISH);
      it.setText(text.substring(p.begin(), p.end()));
      for (int b = it.first(), e = it.next(); e != BreakIterator.DONE; b = e, e = it.next()) {
        if (!text.substring(p.begin() + b, p.begin() + e).isBlank()) {
          out.add(new Sentence(out.size(), p.begin() + b, p.begin() + e, List.of(), null, null, false));
        }
      }
    }
    return out;
  }
}
