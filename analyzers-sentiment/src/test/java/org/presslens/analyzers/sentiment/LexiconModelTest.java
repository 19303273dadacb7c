package org.presslens.analyzers.sentiment;

import org.presslens.analyzers.sentiment.api.VaderLexicon;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.presslens.nlp.SentimentDistribution;

class LexiconModelTest {

  private static final LexiconModel MODEL = LexiconModel.shared();

  private static LexiconModel.Score score(String sentence) {
    return MODEL.score(Arrays.asList(sentence.split(" ")));
  }

  @Test
  void theVaderLexiconIsOnTheClassPath() {
    VaderLexicon lexicon = VaderLexicon.shared();
    assertThat(lexicon.size()).isGreaterThan(VaderLexicon.MIN_ENTRIES);
    assertThat(lexicon.valence("good")).isPositive();
    assertThat(lexicon.valence("disaster")).isNegative();
    assertThat(lexicon.valence("tram")).isZero();
  }

  @Test
  void parsesTabSeparatedLinesWithWindowsLineEnds() throws Exception {
    String text = "good\t1.9\t0.9\t[2, 2]\r\nbad\t-2.5\t0.7\t[-3, -2]\r\nnot a line\r\n";
    VaderLexicon lexicon = VaderLexicon.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    assertThat(lexicon.size()).isEqualTo(2);
    assertThat(lexicon.valence("bad")).isEqualTo(-2.5);
  }

  @Test
  void sentimentWordsGiveTheSignAndNeutralTextGivesZero() {
    assertThat(score("The council approved a good plan .").compound()).isPositive();
    assertThat(score("The council approved a disastrous plan .").compound()).isNegative();
    LexiconModel.Score neutral = score("The council met on Tuesday .");
    assertThat(neutral.compound()).isZero();
    assertThat(neutral.neutral()).isEqualTo(1.0);
    assertThat(neutral.hits()).isZero();
  }

  @ParameterizedTest
  @ValueSource(strings = {"not", "never", "n't", "without"})
  void negationFlipsTheSign(String negation) {
    assertThat(score("the plan is " + negation + " good").compound()).isNegative();
  }

  @Test
  void boostersAmplifyAndDampenersSoften() {
    double plain = score("the plan is good").compound();
    assertThat(score("the plan is very good").compound()).isGreaterThan(plain);
    assertThat(score("the plan is slightly good").compound()).isLessThan(plain).isPositive();
  }

  @Test
  void butShiftsWeightToTheSecondClause() {
    assertThat(score("the idea is good but the plan is terrible").compound()).isNegative();
    assertThat(score("the idea is terrible but the plan is good").compound()).isPositive();
  }

  @Test
  void capitalsAndExclamationsEmphasise() {
    double plain = score("the plan is good").compound();
    assertThat(score("the plan is GOOD").compound()).isGreaterThan(plain);
    assertThat(score("the plan is good !").compound()).isGreaterThan(plain);
    assertThat(score("the plan is good !!!").compound()).isGreaterThan(score("the plan is good !").compound());
  }

  @Test
  void compoundStaysWithinOneAndSharesSumToOne() {
    LexiconModel.Score s = score("wonderful wonderful wonderful great excellent superb amazing love love love !!!!");
    assertThat(s.compound()).isLessThanOrEqualTo(1.0).isGreaterThan(0.9);
    LexiconModel.Score mixed = score("a good plan and a terrible budget");
    assertThat(mixed.positive() + mixed.negative() + mixed.neutral()).isCloseTo(1.0, within(1e-9));
    assertThat(mixed.positiveWords()).isEqualTo(1);
    assertThat(mixed.negativeWords()).isEqualTo(1);
  }

  @Test
  void punctuationTokensAreNotWords() {
    assertThat(MODEL.score(List.of("Good", ",", "\"", ".")).words()).isEqualTo(1);
    assertThat(MODEL.score(List.of()).compound()).isZero();
  }

  @ParameterizedTest
  @ValueSource(doubles = {-1, -0.8, -0.5, -0.3, -0.1, 0, 0.2, 0.25, 0.6, 0.75, 0.99, 1})
  void derivedDistributionHasTheScoreAsItsExpectationAndTheNearestClassOnTop(double score) {
    SentimentDistribution d = LexiconModel.distribution(score);
    assertThat(d.probabilities().stream().mapToDouble(Double::doubleValue).sum()).isCloseTo(1, within(1e-9));
    assertThat(d.probabilities()).allMatch(p -> p >= 0);
    assertThat(d.score()).isCloseTo(score, within(1e-9));
    int nearest = (int) Math.round(2 + 2 * score - 1e-9);
    assertThat(Math.abs(d.argmax() - (2 + 2 * score))).isLessThanOrEqualTo(0.5 + 1e-9);
    assertThat(nearest).isBetween(0, 4);
  }
}
