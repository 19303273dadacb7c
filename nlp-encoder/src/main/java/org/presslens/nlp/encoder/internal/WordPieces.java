package org.presslens.nlp.encoder.internal;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.djl.huggingface.tokenizers.jni.CharSpan;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.presslens.nlp.encoder.EncoderInput;

/**
 * The model's WordPiece tokenizer (HuggingFace tokenizers through DJL; natives from its jar). Thread-safe.
 *
 * <p>DJL's tokenizer otherwise "calls home" when created (it queries the EC2 metadata address 169.254.169.254 and then
 * a telemetry URL): presslens never touches the network at run time, so the system property {@code OPT_OUT_TRACKING}
 * is set to {@code true} unless the user has set it.
 */
public final class WordPieces implements AutoCloseable {

  static {
    if (System.getenv("OPT_OUT_TRACKING") == null && System.getProperty("OPT_OUT_TRACKING") == null) {
      System.setProperty("OPT_OUT_TRACKING", "true");
    }
  }

  /** The tokens of one input: ids, segment ids, offsets into the segment's text, special flags. */
  public record Tokens(long[] ids, long[] typeIds, int[] begins, int[] ends, boolean[] special, boolean truncated) {

    public int size() {
      return ids.length;
    }
  }

  private final HuggingFaceTokenizer tokenizer;

  public WordPieces(InputStream tokenizerJson, int maxTokens) throws IOException {
    this.tokenizer = HuggingFaceTokenizer.newInstance(tokenizerJson, Map.of(
        "padding", "false",
        "truncation", "true",
        "maxLength", Integer.toString(maxTokens),
        "addSpecialTokens", "true"));
  }

  public Tokens tokenize(EncoderInput input) {
    Encoding enc = input.isPair() ? tokenizer.encode(input.text(), input.second()) : tokenizer.encode(input.text());
    long[] ids = enc.getIds();
    CharSpan[] spans = enc.getCharTokenSpans();
    long[] specialMask = enc.getSpecialTokenMask();
    int n = ids.length;
    int[] begins = new int[n];
    int[] ends = new int[n];
    boolean[] special = new boolean[n];
    for (int i = 0; i < n; i++) {
      special[i] = specialMask[i] != 0;
      if (!special[i] && spans[i] != null) {
        begins[i] = spans[i].getStart();
        ends[i] = spans[i].getEnd();
      }
    }
    return new Tokens(ids, enc.getTypeIds(), begins, ends, special, enc.exceedMaxLength());
  }

  @Override
  public void close() {
    tokenizer.close();
  }
}
