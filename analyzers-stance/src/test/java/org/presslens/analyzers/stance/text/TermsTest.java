package org.presslens.analyzers.stance.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {

  @Test
  void porterStemsAsThePublishedAlgorithm() {
    assertThat(PorterStemmer.stem("caresses")).isEqualTo("caress");
    assertThat(PorterStemmer.stem("ponies")).isEqualTo("poni");
    assertThat(PorterStemmer.stem("relational")).isEqualTo("relat");
    assertThat(PorterStemmer.stem("hopping")).isEqualTo("hop");
    assertThat(PorterStemmer.stem("agreed")).isEqualTo("agre");
    assertThat(PorterStemmer.stem("generalizations")).isEqualTo("gener");
    assertThat(PorterStemmer.stem("denied")).isEqualTo(PorterStemmer.stem("denies"));
    assertThat(PorterStemmer.stem("u.s.")).isEqualTo("u.s.");
  }

  @Test
  void tokenizeSplitsCliticsLikeTheTreebank() {
    assertThat(Terms.tokenize("Putin's claims don't hold, #SemST @user!")).extracting(Terms.Tok::text)
        .containsExactly("Putin", "'s", "claims", "do", "n't", "hold", ",", "#SemST", "@user", "!");
  }

  @Test
  void normAndContent() {
    assertThat(Terms.norm("Denied")).isEqualTo(Terms.norm("denies"));
    assertThat(Terms.isContent("the")).isFalse();
    assertThat(Terms.isContent(",")).isFalse();
    assertThat(Terms.isContent("tram")).isTrue();
  }

  @Test
  void lexiconLoadsVader() {
    assertThat(Lexicon.valence("great")).isPositive();
    assertThat(Lexicon.valence("terrible")).isNegative();
    assertThat(Lexicon.valence("tram")).isZero();
  }
}
