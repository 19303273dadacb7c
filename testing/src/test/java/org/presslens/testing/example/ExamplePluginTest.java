package org.presslens.testing.example;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presslens.analysis.Voice;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.model.Article;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.Token;
import org.presslens.pipeline.AnalyzerRegistry;
import org.presslens.pipeline.Pipeline;
import org.presslens.report.AnalysisReport;
import org.presslens.spi.Analyzer;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.Config;
import org.presslens.spi.Requirement;
import org.presslens.spi.ResultKey;
import org.presslens.testing.FakeAnalyzerProvider;
import org.presslens.testing.FakeNlpEngine;
import org.presslens.testing.SpanAssertions;

/**
 * The example of docs/writing-analyzers.md: a plugin analyzer ({@code hedges}: hedging words next to a named
 * entity) tested without models — the fake NLP engine for tokens, a fake provider for the entities result it
 * requires through {@link EntitiesResult#KEY}.
 */
class ExamplePluginTest {

  /** The plugin's result, with its published key. */
  record Hedges(List<Hedge> hedges) {
    static final ResultKey<Hedges> KEY = ResultKey.of("hedges", Hedges.class);
  }

  /** A hedging word and the entity it is near. */
  record Hedge(int begin, int end, String word, String entity) {
  }

  /** The plugin's provider, as a third party writes it. */
  static final class HedgesProvider implements AnalyzerProvider<Hedges> {
    static final Set<String> WORDS = Set.of("may", "might", "perhaps", "reportedly");

    @Override
    public String name() {
      return Hedges.KEY.name();
    }

    @Override
    public String version() {
      return "1.0";
    }

    @Override
    public String description() {
      return "hedging words near a named entity";
    }

    @Override
    public Class<Hedges> resultType() {
      return Hedges.KEY.type();
    }

    @Override
    public Set<Requirement> requires(Config config) {
      return Set.of(NlpLayer.TOKENS, EntitiesResult.KEY);
    }

    @Override
    public Analyzer<Hedges> create(Config config) {
      return context -> {
        List<EntitiesResult.Mention> mentions = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (EntitiesResult.Entity e : context.result(EntitiesResult.KEY).entities()) {
          e.mentions().forEach(m -> {
            mentions.add(m);
            names.add(e.name());
          });
        }
        List<Hedge> found = new ArrayList<>();
        context.nlp().sentences().forEach(s -> {
          for (Token t : s.tokens()) {
            if (WORDS.contains(t.text().toLowerCase(java.util.Locale.ROOT))) {
              for (int i = 0; i < mentions.size(); i++) {
                if (mentions.get(i).begin() >= s.begin() && mentions.get(i).end() <= s.end()) {
                  found.add(new Hedge(t.begin(), t.end(), t.text(), names.get(i)));
                }
              }
            }
          }
        });
        return new Hedges(found);
      };
    }
  }

  @Test
  void hedgesNextToAnEntityAreFoundWithoutModels() {
    Article article = Article.builder().language("en")
        .paragraph("Ann Lee may resign. The weather was fine.").build();
    // the entities result this test needs, instead of the real entities analyzer and its models
    FakeAnalyzerProvider<EntitiesResult> entities = FakeAnalyzerProvider.builder("entities", EntitiesResult.class)
        .anyLanguage().analyze(ctx -> new EntitiesResult(List.of(new EntitiesResult.Entity("person:ann-lee",
            "Ann Lee", "PERSON", null, 1.0, List.of(new EntitiesResult.Mention(0, 7, "Ann Lee",
                EntitiesResult.MentionKind.NAME, Voice.AUTHOR)), null))))
        .build();
    Pipeline pipeline = Pipeline.builder()
        .registry(AnalyzerRegistry.of(new HedgesProvider(), entities)) // no class-path scan
        .nlpEngine(new FakeNlpEngine())                               // tokens and sentences, no CoreNLP
        .analyzers("hedges")                                          // entities is added: hedges requires it
        .build();

    AnalysisReport report = pipeline.analyze(article);

    assertThat(report.failures()).isEmpty();
    assertThat(report.analyzers().get("entities").requiredBy()).containsExactly("hedges");
    Hedges hedges = report.result(Hedges.KEY).orElseThrow();
    assertThat(hedges.hedges()).containsExactly(new Hedge(8, 11, "may", "Ann Lee"));
    SpanAssertions.assertAllSpansWithin(article, hedges);
  }
}
