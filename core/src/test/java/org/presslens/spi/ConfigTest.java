package org.presslens.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ConfigTest {

  private static final ConfigOption<Integer> MAX = ConfigOption.integer("maxLength", 80, 1, 1000, "cap");
  private static final ConfigOption<String> BACKEND =
      ConfigOption.choice("backend", "corenlp", "which model", "corenlp", "lexicon");
  private static final ConfigOption<List<String>> TYPES =
      ConfigOption.stringList("types", List.of("PERSON"), "entity types");
  private static final List<ConfigOption<?>> OPTIONS = List.of(MAX, BACKEND, TYPES);

  @Test
  void defaultsGiveEveryOptionItsDefault() {
    Config c = Config.defaults("sentiment", OPTIONS);
    assertThat(c.owner()).isEqualTo("sentiment");
    assertThat(c.get(MAX)).isEqualTo(80);
    assertThat(c.get(BACKEND)).isEqualTo("corenlp");
    assertThat(c.get(TYPES)).containsExactly("PERSON");
    assertThat(c.asMap()).containsOnlyKeys("maxLength", "backend", "types");
    assertThat(c).hasToString("sentiment{maxLength=80, backend=corenlp, types=[PERSON]}");
  }

  @Test
  void parseGivesTypedValues() {
    Config c = Config.parse("sentiment", OPTIONS, Map.of("maxLength", "120", "backend", "LEXICON",
        "types", List.of("PERSON", "ORGANIZATION")));
    assertThat(c.get(MAX)).isEqualTo(120);
    assertThat(c.get(BACKEND)).isEqualTo("lexicon");
    assertThat(c.get(TYPES)).containsExactly("PERSON", "ORGANIZATION");
  }

  @Test
  void unknownKeyIsNamedWithTheKnownOnes() {
    assertThatThrownBy(() -> Config.parse("sentiment", OPTIONS, Map.of("maxLenght", "3")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("unknown option 'sentiment.maxLenght' for 'sentiment'; known options: 'sentiment.maxLength', "
            + "'sentiment.backend', 'sentiment.types'");
  }

  @Test
  void severalUnknownKeysAreAllNamedSorted() {
    Map<String, Object> raw = new LinkedHashMap<>();
    raw.put("zeta", "1");
    raw.put("alpha", "2");
    raw.put("maxLength", "3");
    assertThatThrownBy(() -> Config.parse("entities", OPTIONS, raw))
        .hasMessageStartingWith("unknown options 'entities.alpha', 'entities.zeta' for 'entities'")
        .hasMessageContaining("known options: 'entities.maxLength'");
  }

  @Test
  void unknownKeyForAComponentWithoutOptionsSaysNone() {
    assertThatThrownBy(() -> Config.parse("stance", List.of(), Map.of("x", "1")))
        .hasMessage("unknown option 'stance.x' for 'stance'; known options: none");
  }

  @Test
  void badValueIsReportedWithTheOwner() {
    assertThatThrownBy(() -> Config.parse("sentiment", OPTIONS, Map.of("maxLength", "0")))
        .isInstanceOf(ConfigException.class)
        .hasMessage("'sentiment.maxLength' must be in 1..1000, got 0");
    assertThatThrownBy(() -> Config.parse("sentiment", OPTIONS, Map.of("backend", List.of("a"))))
        .isInstanceOf(ConfigException.class)
        .hasMessage("'sentiment.backend' takes a single value, got [a]");
  }

  @Test
  void getOfAnUndeclaredOptionFails() {
    Config c = Config.defaults("sentiment", List.of(MAX));
    assertThatThrownBy(() -> c.get(BACKEND)).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("'sentiment' declares no option 'backend'");
  }

  @Test
  void configIsImmutable() {
    Config c = Config.defaults("sentiment", OPTIONS);
    assertThatThrownBy(() -> c.asMap().put("maxLength", 3)).isInstanceOf(UnsupportedOperationException.class);
  }
}
