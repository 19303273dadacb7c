package org.presslens.encoder.training.heads;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Function;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.encoder.engine.EncodedSentences;
import org.presslens.nlp.encoder.engine.EncoderEngine;
import org.presslens.models.encoder.heads.SentenceSummary;

/**
 * Training texts as a frozen head sees them at run time: each text is an article whose sentences the tokens engine
 * (CoreNLP) finds and whose token states the {@link EncoderEngine} computes ({@code encoder:token-states}, ONNX
 * Runtime), summarised per sentence ({@link SentenceSummary}). Summaries can be cached in a file keyed by a hash of
 * the texts, because encoding thousands of texts takes minutes.
 */
public final class EncodedTexts {

  private static final String MAGIC = "PLSUM1";

  private EncodedTexts() {
  }

  /**
   * The sentence summaries of each article, in order, computed on {@code threads} threads (each encoder call on one
   * ONNX Runtime thread), or read from {@code cacheDir/<name>-<hash>.bin.gz} when it holds the same texts.
   */
  public static List<List<SentenceSummary>> of(List<Article> articles, NlpEngine tokens, EncoderEngine encoder,
                                               Path cacheDir, String name, int threads, PrintStream log) {
    return cached(articles, cacheDir, name, log, a -> annotate(a, tokens, encoder), threads);
  }

  /**
   * The same with any function from an article to its summaries (for inputs that do not come from the shared layer,
   * such as a text paired with a target phrase).
   */
  public static List<List<SentenceSummary>> cached(List<Article> articles, Path cacheDir, String name, PrintStream log,
                                                   Function<Article, List<SentenceSummary>> encode, int threads) {
    Path cache = cacheDir == null ? null : cacheDir.resolve(name + "-" + hash(articles) + ".bin.gz");
    if (cache != null && Files.exists(cache)) {
      List<List<SentenceSummary>> read = read(cache);
      log.printf("%s: %d texts from %s%n", name, read.size(), cache);
      return read;
    }
    long t0 = System.nanoTime();
    List<List<SentenceSummary>> out = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, threads));
    try {
      List<Future<List<SentenceSummary>>> futures = new ArrayList<>();
      for (Article a : articles) {
        futures.add(pool.submit(() -> encode.apply(a)));
      }
      for (Future<List<SentenceSummary>> f : futures) {
        out.add(f.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while encoding " + name, e);
    } catch (ExecutionException e) {
      throw new IllegalStateException("cannot encode " + name + ": " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    log.printf("%s: %d texts encoded in %.0f s%n", name, out.size(), (System.nanoTime() - t0) / 1e9);
    if (cache != null) {
      write(cache, out);
    }
    return out;
  }

  private static List<SentenceSummary> annotate(Article article, NlpEngine tokens, EncoderEngine encoder) {
    NlpDocument doc = tokens.annotate(article, Set.of(NlpLayer.TOKENS));
    EncodedSentences encoded = encoder.annotate(article, doc, Set.of(EncoderEngine.TOKEN_STATES))
        .layer(EncoderEngine.TOKEN_STATES);
    return encoded.sentences().stream().map(s -> SentenceSummary.of(s.states())).toList();
  }

  private static String hash(List<Article> articles) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      for (Article a : articles) {
        md.update(a.text().getBytes(StandardCharsets.UTF_8));
        md.update((byte) 0);
      }
      return HexFormat.of().formatHex(md.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void write(Path file, List<List<SentenceSummary>> texts) {
    try {
      Files.createDirectories(file.toAbsolutePath().getParent());
      try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(Files.newOutputStream(file), 1 << 16))) {
        out.writeUTF(MAGIC);
        out.writeInt(texts.size());
        for (List<SentenceSummary> text : texts) {
          out.writeInt(text.size());
          for (SentenceSummary s : text) {
            out.writeInt(s.dimension());
            out.writeInt(s.tokens());
            for (float[] v : List.of(s.cls(), s.mean(), s.max())) {
              for (float f : v) {
                out.writeFloat(f);
              }
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static List<List<SentenceSummary>> read(Path file) {
    try (DataInputStream in = new DataInputStream(new GZIPInputStream(Files.newInputStream(file), 1 << 16))) {
      if (!MAGIC.equals(in.readUTF())) {
        throw new IOException("not a summaries file");
      }
      int n = in.readInt();
      List<List<SentenceSummary>> texts = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        int sentences = in.readInt();
        List<SentenceSummary> text = new ArrayList<>(sentences);
        for (int s = 0; s < sentences; s++) {
          int d = in.readInt();
          int tokens = in.readInt();
          float[][] v = new float[3][d];
          for (float[] row : v) {
            for (int k = 0; k < d; k++) {
              row[k] = in.readFloat();
            }
          }
          text.add(new SentenceSummary(v[0], v[1], v[2], tokens));
        }
        texts.add(text);
      }
      return texts;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
