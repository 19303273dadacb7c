package org.presslens.testing;

import java.util.List;
import org.presslens.model.Span;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.Sentence;
import org.presslens.spi.ConfigOption;
import org.presslens.spi.ResultKey;

/**
 * Test analyzer {@value #NAME} (English only, needs {@link NlpLayer#TOKENS}): counts the tokens of at least
 * {@link #MIN_LENGTH} chars and the sentences, and lists the sentence spans. ServiceLoader-ready.
 */
public class TokenCountProvider extends FakeAnalyzerProvider<TokenCountProvider.TokenCount> {

  public static final String NAME = "token-count";
  /** Option {@code minLength}: integer 1..100, default 1. */
  public static final ConfigOption<Integer> MIN_LENGTH =
      ConfigOption.integer("minLength", 1, 1, 100, "only count tokens of at least this many chars");
  public static final ResultKey<TokenCount> KEY = ResultKey.of(NAME, TokenCount.class);

  /** The result: token and sentence counts, and each sentence's span in the article text. */
  public record TokenCount(int tokens, int sentences, List<Span> sentenceSpans) {
    public TokenCount {
      sentenceSpans = List.copyOf(sentenceSpans);
    }
  }

  public TokenCountProvider() {
    super(builder(NAME, TokenCount.class)
        .description("counts tokens and sentences (test analyzer)")
        .options(MIN_LENGTH)
        .requires(NlpLayer.TOKENS)
        .languages("en")
        .analyze((config, ctx) -> {
          int min = config.get(MIN_LENGTH);
          List<Sentence> sentences = ctx.nlp().sentences();
          int tokens = (int) sentences.stream().flatMap(s -> s.tokens().stream())
              .filter(t -> t.end() - t.begin() >= min).count();
          return new TokenCount(tokens, sentences.size(),
              sentences.stream().map(s -> new Span(s.begin(), s.end())).toList());
        }));
  }
}
