package org.presslens.testing;

import java.util.List;
import org.presslens.nlp.EntityMention;
import org.presslens.nlp.NlpLayer;

/**
 * Test analyzer {@value #NAME} (English only, needs {@link NlpLayer#NER}): returns the NLP layer's entity mentions
 * as they are. ServiceLoader-ready.
 */
public class MentionListProvider extends FakeAnalyzerProvider<MentionListProvider.Mentions> {

  public static final String NAME = "mentions";

  /** The result: the entity mentions of the article. */
  public record Mentions(List<EntityMention> mentions) {
    public Mentions {
      mentions = List.copyOf(mentions);
    }
  }

  public MentionListProvider() {
    super(builder(NAME, Mentions.class)
        .description("lists entity mentions (test analyzer)")
        .requires(NlpLayer.NER)
        .languages("en")
        .analyze(ctx -> new Mentions(ctx.nlp().mentions())));
  }
}
