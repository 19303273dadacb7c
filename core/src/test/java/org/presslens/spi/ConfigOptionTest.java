package org.presslens.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfigOptionTest {

  @Test
  void keysMustBeLowerCamelSegments() {
    ConfigOption.string("model", "", "d");
    ConfigOption.string("maxSentenceLength", "", "d");
    ConfigOption.string("lexicon.path", "", "d");
    for (String bad : List.of("", "Model", "1x", "max-length", "a..b", "a.", "with space")) {
      assertThatThrownBy(() -> ConfigOption.string(bad, "", "d")).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessage("invalid option key '" + bad + "'");
    }
  }

  @Test
  void descriptionIsRequired() {
    assertThatThrownBy(() -> ConfigOption.string("model", "", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void stringTakesScalarsOnly() {
    ConfigOption<String> o = ConfigOption.string("model", "default", "the model");
    assertThat(o.defaultValue()).isEqualTo("default");
    assertThat(o.type()).isEqualTo("string");
    assertThat(o.parse("x")).isEqualTo("x");
    assertThat(o.parse(42)).isEqualTo("42");
    assertThat(o.parse(true)).isEqualTo("true");
    assertThatThrownBy(() -> o.parse(List.of("a", "b"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("option 'model' takes a single value, got [a, b]");
  }

  @Test
  void integerChecksTypeAndRange() {
    ConfigOption<Integer> o = ConfigOption.integer("maxLength", 80, 1, 1000, "cap");
    assertThat(o.type()).isEqualTo("integer 1..1000");
    assertThat(o.defaultValue()).isEqualTo(80);
    assertThat(o.parse("1")).isEqualTo(1);
    assertThat(o.parse(" 1000 ")).isEqualTo(1000);
    assertThat(o.parse(250)).isEqualTo(250);
    assertThatThrownBy(() -> o.parse("0")).hasMessage("option 'maxLength' must be in 1..1000, got 0");
    assertThatThrownBy(() -> o.parse("1001")).hasMessage("option 'maxLength' must be in 1..1000, got 1001");
    assertThatThrownBy(() -> o.parse("ten")).hasMessage("option 'maxLength' must be an integer, got 'ten'");
    assertThatThrownBy(() -> o.parse("2.5")).hasMessage("option 'maxLength' must be an integer, got '2.5'");
  }

  @Test
  void decimalChecksTypeAndRangeIncludingNaN() {
    ConfigOption<Double> o = ConfigOption.decimal("threshold", 0.5, 0, 1, "min score");
    assertThat(o.type()).isEqualTo("number 0.0..1.0");
    assertThat(o.parse("0")).isEqualTo(0.0);
    assertThat(o.parse("1")).isEqualTo(1.0);
    assertThat(o.parse(0.25)).isEqualTo(0.25);
    assertThatThrownBy(() -> o.parse("1.5")).hasMessage("option 'threshold' must be in 0.0..1.0, got 1.5");
    assertThatThrownBy(() -> o.parse("-0.1")).hasMessageContaining("must be in 0.0..1.0");
    assertThatThrownBy(() -> o.parse("NaN")).hasMessageContaining("must be in 0.0..1.0, got NaN");
    assertThatThrownBy(() -> o.parse("high")).hasMessage("option 'threshold' must be a number, got 'high'");
  }

  @Test
  void boolAcceptsCommonSpellings() {
    ConfigOption<Boolean> o = ConfigOption.bool("verbose", false, "talk more");
    assertThat(o.type()).isEqualTo("boolean");
    for (String t : List.of("true", "TRUE", "yes", "on", "1", " True ")) {
      assertThat(o.parse(t)).as(t).isTrue();
    }
    for (String f : List.of("false", "no", "off", "0")) {
      assertThat(o.parse(f)).as(f).isFalse();
    }
    assertThat(o.parse(Boolean.TRUE)).isTrue();
    assertThatThrownBy(() -> o.parse("maybe")).hasMessage("option 'verbose' must be true or false, got 'maybe'");
  }

  @Test
  void choiceIsCaseInsensitiveAndStoredLowerCase() {
    ConfigOption<String> o = ConfigOption.choice("backend", "corenlp", "which model", "corenlp", "lexicon");
    assertThat(o.type()).isEqualTo("one of corenlp|lexicon");
    assertThat(o.parse("Lexicon")).isEqualTo("lexicon");
    assertThat(o.parse("corenlp")).isEqualTo("corenlp");
    assertThatThrownBy(() -> o.parse("vader"))
        .hasMessage("option 'backend' must be one of [corenlp, lexicon], got 'vader'");
  }

  @Test
  void stringListTakesListsOrCommaSeparatedStrings() {
    ConfigOption<List<String>> o = ConfigOption.stringList("types", List.of("PERSON"), "entity types");
    assertThat(o.type()).isEqualTo("list of strings");
    assertThat(o.defaultValue()).containsExactly("PERSON");
    assertThat(o.parse("PERSON, ORGANIZATION,,LOCATION ")).containsExactly("PERSON", "ORGANIZATION", "LOCATION");
    assertThat(o.parse(List.of("A", "B"))).containsExactly("A", "B");
    assertThat(o.parse("")).isEmpty();
    assertThatThrownBy(() -> o.parse("A,B").add("C")).isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> o.parse(List.of("A")).add("C")).isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void toStringShowsKeyTypeAndDefault() {
    assertThat(ConfigOption.integer("maxLength", 80, 1, 1000, "cap"))
        .hasToString("maxLength (integer 1..1000, default 80)");
  }
}
