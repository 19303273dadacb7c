package org.presslens.testing;

import java.util.List;
import org.presslens.model.Span;

/**
 * Test analyzer {@value #NAME} (any language, no requirement, never calls the NLP engine): lists the article's
 * paragraph spans. ServiceLoader-ready.
 */
public class ParagraphSpansProvider extends FakeAnalyzerProvider<ParagraphSpansProvider.ParagraphSpans> {

  public static final String NAME = "paragraph-spans";

  /** The result: each paragraph's span in the article text. */
  public record ParagraphSpans(List<Span> paragraphs) {
    public ParagraphSpans {
      paragraphs = List.copyOf(paragraphs);
    }
  }

  public ParagraphSpansProvider() {
    super(builder(NAME, ParagraphSpans.class)
        .description("lists paragraph spans (test analyzer)")
        .anyLanguage()
        .analyze(ctx -> new ParagraphSpans(ctx.article().paragraphs().stream().map(p -> p.span()).toList())));
  }
}
