package org.presslens.bench.inprocess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.presslens.pipeline.AnalyzerRegistry;
import org.presslens.spi.Analyzer;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.Config;
import org.presslens.spi.Requirement;
import org.presslens.spi.ResultKey;

/** The pure parts of the in-process sections: options per owner, producers, and the medians of the timings. */
class InProcessPartsTest {

  @Test
  void optionsAreSplitByOwner() {
    PipelineOptions options = new PipelineOptions(inOrder("nlp.parseMaxTokens", "40", "sentiment.model", "lexicon",
        "stance.target", "tram", "pipeline.timeLimit", "5s", "nlpx.odd", "1"));
    assertThat(options.nlp()).containsExactly(Map.entry("parseMaxTokens", "40"));
    assertThat(options.own("sentiment")).containsExactly(Map.entry("model", "lexicon"));
    assertThat(options.own("entities")).isEmpty();
    assertThat(options.forAnalyzers(List.of("sentiment")).keySet())
        .containsExactly("nlp.parseMaxTokens", "sentiment.model", "pipeline.timeLimit");
  }

  @Test
  void anAnalyzerComesWithItsProducersFirst() {
    AnalyzerRegistry registry = AnalyzerRegistry.of(new Fake("entities"), new Fake("sentiment"),
        new Fake("stance", "sentiment", "entities"), new Fake("summary", "stance"));
    InProcessPipelines pipelines = new InProcessPipelines(Map.of());
    assertThat(pipelines.withProducers(registry, "entities")).containsExactly("entities");
    assertThat(pipelines.withProducers(registry, "stance")).containsExactly("entities", "sentiment", "stance");
    assertThat(pipelines.withProducers(registry, "summary"))
        .containsExactly("entities", "sentiment", "stance", "summary");

    InProcessPipelines badOption = new InProcessPipelines(Map.of("stance.nope", "1"));
    assertThatThrownBy(() -> badOption.withProducers(registry, "stance"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'stance.nope'");
  }

  @Test
  void timingsAreMediansOverRounds() {
    Timings round1 = new Timings(new double[][] {{100, 300}}, new double[][] {{100, 100}}, new double[][] {{80, 90}},
        List.of(2.0));
    Timings round2 = new Timings(new double[][] {{200, 200}}, new double[][] {{100, 200}}, new double[][] {{90, 90}},
        List.of(4.0 / 3));
    Timings round3 = new Timings(new double[][] {{150, 150}}, new double[][] {{150, 150}}, new double[][] {{70, 70}},
        List.of(1.0));
    Timings t = Timings.merge(List.of(round1, round2, round3));
    assertThat(t.roundRatios()).containsExactly(2.0, 4.0 / 3, 1.0);
    assertThat(t.ratio()).isEqualTo(4.0 / 3);
    assertThat(t.presslensMsPerArticle()).isEqualTo(200);
    assertThat(t.bareMsPerArticle()).isEqualTo(150);
    assertThat(t.nlpMsPerArticle()).isEqualTo(85);
    assertThat(t.analyzersMsPerArticle()).isEqualTo(115);
    assertThat(t.articleRatio(0)).isEqualTo(1.0);
    assertThat(t.articleRatio(1)).isCloseTo(1.0, within(1e-9));
  }

  /** Keys and values, alternating, in this order. */
  private static Map<String, String> inOrder(String... keysAndValues) {
    Map<String, String> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  /** A provider that requires the results of {@code producers}; never created. */
  private record Fake(String name, List<String> producers) implements AnalyzerProvider<String> {
    Fake(String name, String... producers) {
      this(name, List.of(producers));
    }

    @Override
    public String version() {
      return "1";
    }

    @Override
    public String description() {
      return "fake " + name;
    }

    @Override
    public Class<String> resultType() {
      return String.class;
    }

    @Override
    public Set<Requirement> requires(Config config) {
      return producers.stream().<Requirement>map(p -> ResultKey.of(p, String.class)).collect(Collectors.toSet());
    }

    @Override
    public Analyzer<String> create(Config config) {
      throw new UnsupportedOperationException("not analyzed in this test");
    }
  }
}
