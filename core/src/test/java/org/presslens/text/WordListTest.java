package org.presslens.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class WordListTest {

  private final WordList words = WordList.english();

  @Test
  void bundledListIsLoaded() {
    assertThat(words.size()).isGreaterThan(250_000);
    assertThat(words.contains("Kremlin")).isTrue();
    assertThat(words.contains("cosmodrome")).isTrue();
    assertThat(words.contains("Russiafor")).isFalse();
  }

  @Test
  void commonTierAndInflections() {
    assertThat(words.isCommonWordOrInflection("cooperation")).isTrue();
    assertThat(words.isCommonWordOrInflection("cosmodrome")).isFalse();
    assertThat(words.containsWordOrInflection("trams")).isTrue();
    assertThat(words.containsWordOrInflection("rebudgeted")).isTrue();
    assertThat(words.containsWordOrInflection("Jinping")).isFalse();
  }

  @Test
  void customListIsCaseInsensitive() {
    WordList custom = WordList.of(Set.of("Tram", "vote"));
    assertThat(custom.contains("TRAM")).isTrue();
    assertThat(custom.containsWordOrInflection("voted")).isTrue();
    assertThat(custom.isCommonWordOrInflection("trams")).isTrue();
    assertThat(custom.contains("bus")).isFalse();
  }
}
