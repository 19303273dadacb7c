package org.presslens.analyzers.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.presslens.model.Article;
import org.presslens.nlp.EntityMention;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpLayer;
import org.presslens.spi.AnalysisContext;
import org.presslens.spi.ConfigOption;
import org.presslens.spi.ResultKey;
import org.presslens.testing.FakeNlpEngine;

/** Hand-built NLP documents: the fake engine's tokens, POS and flat parse, with NER mentions given by the test. */
final class Docs {

  private Docs() {
  }

  static Article article(String... paragraphs) {
    Article.Builder b = Article.builder().language("en");
    for (String p : paragraphs) {
      b.paragraph(p);
    }
    return b.build();
  }

  /**
   * The document of {@code article} with mentions given as {@code "text/TYPE"} or {@code "text#n/TYPE"} (the n-th
   * occurrence, 0-based).
   */
  static NlpDocument doc(Article article, boolean sentiment, String... mentions) {
    NlpDocument base = new FakeNlpEngine().annotate(article,
        sentiment ? Set.of(NlpLayer.POS, NlpLayer.SENTIMENT) : Set.of(NlpLayer.POS));
    List<EntityMention> list = new ArrayList<>();
    String text = article.text();
    for (String spec : mentions) {
      int slash = spec.lastIndexOf('/');
      String type = spec.substring(slash + 1);
      String name = spec.substring(0, slash);
      int occurrence = 0;
      int hash = name.lastIndexOf('#');
      if (hash > 0) {
        occurrence = Integer.parseInt(name.substring(hash + 1));
        name = name.substring(0, hash);
      }
      int at = -1;
      for (int i = 0; i <= occurrence; i++) {
        at = text.indexOf(name, at + 1);
        if (at < 0) {
          throw new IllegalArgumentException("no occurrence " + occurrence + " of '" + name + "'");
        }
      }
      list.add(new EntityMention(at, at + name.length(), name, type, 0, 0, 1));
    }
    Set<NlpLayer<?>> layers = new java.util.HashSet<>(base.layers());
    layers.add(NlpLayer.NER);
    return new NlpDocument(layers, base.sentences(), list);
  }

  static AnalysisContext context(Article article, NlpDocument nlp) {
    return new AnalysisContext() {
      @Override
      public Article article() {
        return article;
      }

      @Override
      public NlpDocument nlp() {
        return nlp;
      }

      @Override
      public <T> T result(ResultKey<T> key) {
        throw new IllegalStateException("no results");
      }
      @Override
      public <T> T option(ConfigOption<T> option) {
        return option.defaultValue();
      }
    };
  }
}
