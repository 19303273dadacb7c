package org.presslens.analyzers.stance.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TermsTest {

  @Test
  void porterStemsAsThePublishedAlgorithm() {
    assertThat(Terms.stem("caresses")).isEqualTo("caress");
    assertThat(Terms.stem("ponies")).isEqualTo("poni");
    assertThat(Terms.stem("relational")).isEqualTo("relat");
    assertThat(Terms.stem("hopping")).isEqualTo("hop");
    assertThat(Terms.stem("agreed")).isEqualTo("agre");
    assertThat(Terms.stem("generalizations")).isEqualTo("gener");
    assertThat(Terms.stem("denied")).isEqualTo(Terms.stem("denies"));
    assertThat(Terms.stem("u.s.")).isEqualTo("u.s.");
    // Martin Porter's reference departures from the 1980 paper (-logi, -bli), which the shipped models were built with
    assertThat(Terms.stem("ideology")).isEqualTo("ideolog");
    assertThat(Terms.stem("possibly")).isEqualTo("possibl");
    assertThat(Terms.norm("Denied")).isEqualTo("deni");
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
