package org.presslens.testing;

/**
 * Test analyzer {@value #NAME} (any language, no NLP layer): requires {@link TokenCountProvider#KEY} and reports
 * tokens per sentence. ServiceLoader-ready.
 */
public class TokenRatioProvider extends FakeAnalyzerProvider<TokenRatioProvider.TokenRatio> {

  public static final String NAME = "token-ratio";

  /** The result: tokens per sentence (0 when there is no sentence). */
  public record TokenRatio(double tokensPerSentence) {
  }

  public TokenRatioProvider() {
    super(builder(NAME, TokenRatio.class)
        .description("tokens per sentence, from token-count's result (test analyzer)")
        .requires(TokenCountProvider.KEY)
        .anyLanguage()
        .analyze(ctx -> {
          TokenCountProvider.TokenCount count = ctx.result(TokenCountProvider.KEY);
          return new TokenRatio(count.sentences() == 0 ? 0 : (double) count.tokens() / count.sentences());
        }));
  }
}
