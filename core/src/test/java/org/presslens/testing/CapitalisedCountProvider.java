package org.presslens.testing;

import org.presslens.spi.ResultKey;

/**
 * Test analyzer {@value #NAME} (any language), an analyzer that needs a layer of an engine plugin: it requires
 * {@link TokenShapesEngine#SHAPES} and counts the tokens whose shape starts with a capital. ServiceLoader-ready.
 */
public class CapitalisedCountProvider extends FakeAnalyzerProvider<CapitalisedCountProvider.CapitalisedCount> {

  public static final String NAME = "capitalised-count";
  public static final ResultKey<CapitalisedCount> KEY = ResultKey.of(NAME, CapitalisedCount.class);

  /** The result: how many tokens start with a capital letter. */
  public record CapitalisedCount(int tokens) {
  }

  public CapitalisedCountProvider() {
    super(builder(NAME, CapitalisedCount.class)
        .description("counts capitalised tokens from the token-shapes layer (test analyzer)")
        .requires(TokenShapesEngine.SHAPES)
        .anyLanguage()
        .analyze(ctx -> new CapitalisedCount((int) ctx.nlp().layer(TokenShapesEngine.SHAPES).bySentence().stream()
            .flatMap(s -> s.stream()).filter(shape -> shape.startsWith("X")).count())));
  }
}
