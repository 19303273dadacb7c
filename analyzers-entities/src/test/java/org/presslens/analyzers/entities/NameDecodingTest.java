package org.presslens.analyzers.entities;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.entities.api.NameTaggerProvider;
import org.presslens.model.Article;
import org.presslens.nlp.EntityMention;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;
import org.presslens.testing.FakeNlpEngine;

class NameDecodingTest {

  private static final int O = 0;
  private static final int B_PER = 1;
  private static final int I_PER = 2;
  private static final int B_ORG = 3;
  private static final int I_ORG = 4;
  private static final int B_LOC = 5;
  private static final int L = NameDecoding.LABELS;

  @Test
  void theLabelsAreTheApisInTypeOrder() {
    assertThat(NameTaggerProvider.LABELS).hasSize(1 + 2 * NameDecoding.TYPES.size());
    for (int t = 0; t < NameDecoding.TYPES.size(); t++) {
      assertThat(NameTaggerProvider.LABELS.get(2 * t + 1)).isEqualTo("B-" + NameDecoding.TYPES.get(t));
      assertThat(NameTaggerProvider.LABELS.get(2 * t + 2)).isEqualTo("I-" + NameDecoding.TYPES.get(t));
    }
  }

  @Test
  void spansOfLabelsStartAtBeginOrAtAnInsideAfterAnotherType() {
    assertThat(NameDecoding.spans(new int[] {B_PER, I_PER, O, B_ORG, B_ORG, I_ORG, I_PER}))
        .containsExactly(new NameDecoding.Span(0, 2, "PER"), new NameDecoding.Span(3, 4, "ORG"),
            new NameDecoding.Span(4, 6, "ORG"), new NameDecoding.Span(6, 7, "PER"));
  }

  @Test
  void bestPathNeverPutsAnInsideLabelAfterOutside() {
    float[] scores = scores(new int[] {O, I_PER}, 3);
    int[] path = NameDecoding.bestPath(scores, null, 2);
    assertThat(path[1] != I_PER || path[0] == B_PER || path[0] == I_PER).isTrue();
    assertThat(NameDecoding.bestPath(scores(new int[] {B_PER, I_PER}, 3), null, 2)).containsExactly(B_PER, I_PER);
  }

  @Test
  void aBonusPullsThePathTowardsTheNerLayersLabels() {
    float[] bonus = NameDecoding.bonusOf(new int[] {B_ORG, O}, new NameTaggerProvider.Bonus(2, 0));
    assertThat(NameDecoding.bestPath(scores(new int[] {O, O}, 1), bonus, 2)).containsExactly(B_ORG, O);
    assertThat(NameDecoding.bonusOf(new int[] {B_ORG}, new NameTaggerProvider.Bonus(0, 0))).isNull();
  }

  @Test
  void theTaggerRetypesAndAddsNamesAndTheLayersOtherMentionsStay() {
    Article a = Docs.article("Chicago beat Boston in Ohio on Monday and Dana Reyes scored.");
    NlpDocument nlp = doc(a, "Chicago/CITY", "Boston/CITY", "Ohio/STATE_OR_PROVINCE", "Monday/DATE");
    // the tagger: Chicago and Boston are clubs, Ohio a place, "Dana Reyes" a person the layer missed
    float[] lp = confident(nlp, Map.of("Chicago", B_ORG, "Boston", B_ORG, "Ohio", B_LOC, "Dana", B_PER,
        "Reyes", I_PER));
    List<EntityMention> out = NameDecoding.mentions(a, nlp, List.of(lp), new NameTaggerProvider.Bonus(1, 1));
    assertThat(out).extracting(EntityMention::text, EntityMention::type).containsExactly(
        org.assertj.core.groups.Tuple.tuple("Chicago", "ORGANIZATION"),
        org.assertj.core.groups.Tuple.tuple("Boston", "ORGANIZATION"),
        org.assertj.core.groups.Tuple.tuple("Ohio", "STATE_OR_PROVINCE"),
        org.assertj.core.groups.Tuple.tuple("Monday", "DATE"),
        org.assertj.core.groups.Tuple.tuple("Dana Reyes", "PERSON"));
    EntityMention dana = out.get(4);
    assertThat(a.text().substring(dana.begin(), dana.end())).isEqualTo("Dana Reyes");
    assertThat(dana.endToken() - dana.firstToken()).isEqualTo(2);
  }

  @Test
  void aLargeBonusKeepsTheNerLayersMentions() {
    Article a = Docs.article("Chicago beat Boston in Ohio.");
    NlpDocument nlp = doc(a, "Chicago/CITY", "Boston/CITY", "Ohio/STATE_OR_PROVINCE");
    float[] lp = confident(nlp, Map.of("Chicago", B_ORG, "Boston", B_ORG));
    assertThat(NameDecoding.mentions(a, nlp, List.of(lp), new NameTaggerProvider.Bonus(50, 50)))
        .containsExactlyElementsOf(nlp.mentions());
  }

  @Test
  void scoresThatDoNotFitTheSentencesAreAClearError() {
    Article a = Docs.article("Chicago beat Boston.");
    NlpDocument nlp = doc(a, "Chicago/CITY");
    assertThatThrownBy(() -> NameDecoding.mentions(a, nlp, List.of(), new NameTaggerProvider.Bonus(1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scored 0 sentences of 1");
    assertThatThrownBy(() -> NameDecoding.mentions(a, nlp, List.of(new float[L]), new NameTaggerProvider.Bonus(1, 1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("scores for the");
  }

  @Test
  void theAnalyzerGroupsTheTaggersNames() {
    Article a = Docs.article("Chicago beat Boston in Ohio. Chicago won again.");
    NlpDocument nlp = doc(a, "Chicago#0/CITY", "Boston/CITY", "Ohio/STATE_OR_PROVINCE", "Chicago#1/CITY");
    Map<String, Integer> labels = Map.of("Chicago", B_ORG, "Boston", B_ORG, "Ohio", B_LOC);
    NameTaggerProvider.Model tagger = new NameTaggerProvider.Model() {
      @Override
      public List<float[]> logProbabilities(Article article, NlpDocument doc) {
        List<float[]> out = new ArrayList<>();
        for (Sentence s : doc.sentences()) {
          out.add(confident(a, s, labels));
        }
        return out;
      }

      @Override
      public NameTaggerProvider.Bonus nerLayerBonus() {
        return new NameTaggerProvider.Bonus(1, 1);
      }
    };
    EntitiesResult withTagger = new EntitiesAnalyzer(null, null, "fake", tagger).analyze(Docs.context(a, nlp));
    EntitiesResult without = new EntitiesAnalyzer(null, null).analyze(Docs.context(a, nlp));
    assertThat(typeOf(withTagger, "Chicago")).isEqualTo("ORGANIZATION");
    assertThat(typeOf(without, "Chicago")).isEqualTo("LOCATION");
    assertThat(typeOf(withTagger, "Ohio")).isEqualTo("LOCATION");
    assertThat(withTagger.nameTagger()).isEqualTo("fake");
    assertThat(without.nameTagger()).isNull();
  }

  private static String typeOf(EntitiesResult r, String name) {
    return r.entities().stream().filter(e -> e.name().equals(name)).findFirst().orElseThrow().type();
  }

  /** The fake engine's sentences with mentions {@code "text/TAG"} or {@code "text#n/TAG"} on their real tokens. */
  private static NlpDocument doc(Article article, String... specs) {
    NlpDocument base = new FakeNlpEngine().annotate(article, Set.of(NlpLayer.POS));
    String text = article.text();
    List<EntityMention> mentions = new ArrayList<>();
    for (String spec : specs) {
      int slash = spec.lastIndexOf('/');
      String name = spec.substring(0, slash);
      int occurrence = name.contains("#") ? Integer.parseInt(name.substring(name.indexOf('#') + 1)) : 0;
      name = name.contains("#") ? name.substring(0, name.indexOf('#')) : name;
      int at = -1;
      for (int i = 0; i <= occurrence; i++) {
        at = text.indexOf(name, at + 1);
      }
      for (Sentence s : base.sentences()) {
        List<Token> tokens = s.tokens();
        for (int t = 0; t < tokens.size(); t++) {
          if (tokens.get(t).begin() == at) {
            int end = t;
            while (tokens.get(end).end() < at + name.length()) {
              end++;
            }
            mentions.add(new EntityMention(at, at + name.length(), name, spec.substring(slash + 1), s.index(), t,
                end + 1));
          }
        }
      }
    }
    mentions.sort(java.util.Comparator.comparingInt(EntityMention::begin));
    Set<NlpLayer<?>> layers = new HashSet<>(base.layers());
    layers.add(NlpLayer.NER);
    return new NlpDocument(layers, base.sentences(), mentions);
  }

  /** Scores of the one sentence of {@code nlp}: {@code labels} by token text at log-probability 0, others -5. */
  private static float[] confident(NlpDocument nlp, Map<String, Integer> labels) {
    return confident(null, nlp.sentences().get(0), labels);
  }

  private static float[] confident(Article unused, Sentence s, Map<String, Integer> labels) {
    float[] lp = new float[s.tokens().size() * L];
    Arrays.fill(lp, -5f);
    for (int t = 0; t < s.tokens().size(); t++) {
      lp[t * L + labels.getOrDefault(s.tokens().get(t).text(), O)] = 0f;
    }
    return lp;
  }

  private static float[] scores(int[] best, float margin) {
    float[] s = new float[best.length * L];
    Arrays.fill(s, -margin);
    for (int w = 0; w < best.length; w++) {
      s[w * L + best[w]] = 0;
    }
    return s;
  }
}
