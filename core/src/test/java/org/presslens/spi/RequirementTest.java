package org.presslens.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presslens.nlp.NlpLayer;
import org.presslens.testing.TokenCountProvider;

class RequirementTest {

  @Test
  void idsNameTheKind() {
    assertThat(NlpLayer.NER.id()).isEqualTo("nlp:ner");
    assertThat(NlpLayer.TOKENS.id()).isEqualTo("nlp:tokens");
    assertThat(ResultKey.of("entities", String.class).id()).isEqualTo("result:entities");
  }

  @Test
  void resultKeysAreValuesOfNameAndType() {
    assertThat(ResultKey.of("a", String.class)).isEqualTo(new ResultKey<>("a", String.class))
        .isNotEqualTo(ResultKey.of("a", Object.class));
    assertThatThrownBy(() -> ResultKey.of(null, String.class)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> ResultKey.of("a", null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void providerResultKeyDefaultsToNameAndResultType() {
    TokenCountProvider p = new TokenCountProvider();
    assertThat(p.resultKey()).isEqualTo(TokenCountProvider.KEY);
  }

  @Test
  void layerClosuresContainThemselvesAndTokens() {
    for (NlpLayer<?> l : NlpLayer.BUILT_IN) {
      assertThat(l.closure()).contains(l, NlpLayer.TOKENS);
    }
    assertThat(NlpLayer.SENTIMENT.closure()).isEqualTo(
        Set.of(NlpLayer.TOKENS, NlpLayer.POS, NlpLayer.PARSE, NlpLayer.SENTIMENT));
    assertThat(NlpLayer.NER.closure()).doesNotContain(NlpLayer.PARSE);
  }
}
