package org.presslens.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.presslens.testing.FakeAnalyzerProvider;
import org.presslens.testing.ParagraphSpansProvider;
import org.presslens.testing.ThrowingProvider;
import org.presslens.testing.TokenCountProvider;

/** {@link AnalyzerRegistry#of} : naming rules, lookup and its messages, without a class-path scan. */
class AnalyzerRegistryTest {

  @Test
  void namesAndProvidersAreSorted() {
    TokenCountProvider tokens = new TokenCountProvider();
    ParagraphSpansProvider paragraphs = new ParagraphSpansProvider();
    AnalyzerRegistry reg = AnalyzerRegistry.of(tokens, new ThrowingProvider(), paragraphs);
    assertThat(reg.names()).containsExactly("paragraph-spans", "throwing", "token-count");
    assertThat(reg.providers()).extracting(p -> p.name()).containsExactly("paragraph-spans", "throwing",
        "token-count");
    assertThat(reg.lookup("token-count")).isSameAs(tokens);
    assertThat(reg.problems()).isEmpty();
  }

  @Test
  void unknownNameListsTheAvailableOnes() {
    AnalyzerRegistry reg = AnalyzerRegistry.of(new TokenCountProvider(), new ParagraphSpansProvider());
    assertThatThrownBy(() -> reg.lookup("sentimnet")).isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no analyzer named 'sentimnet'; available: paragraph-spans, token-count; put the jar that provides"
            + " 'sentimnet' on the class path");
  }

  @Test
  void theRegistryKnowsNoAnalyzerByName() {
    AnalyzerRegistry reg = AnalyzerRegistry.of(new TokenCountProvider());
    assertThatThrownBy(() -> reg.lookup("stance"))
        .hasMessage("no analyzer named 'stance'; available: token-count; put the jar that provides 'stance' on the"
            + " class path");
    assertThatThrownBy(() -> reg.lookup("sentiment")).message().doesNotContain("org.presslens:");
  }

  @Test
  void emptyRegistryAsksForAnAnalyzerJar() {
    AnalyzerRegistry reg = AnalyzerRegistry.of();
    assertThat(reg.names()).isEmpty();
    assertThatThrownBy(() -> reg.lookup("mine"))
        .hasMessage("no analyzer named 'mine'; no analyzer was found on the class path; put the jar that provides"
            + " 'mine' on the class path");
  }

  @Test
  void duplicateNamesMakeTheNameUnusableAndNameAllClasses() {
    AnalyzerRegistry reg = AnalyzerRegistry.of(new ServiceFixtures.TwinOne(), new TokenCountProvider(),
        new ServiceFixtures.TwinTwo(), new ServiceFixtures.TwinOne());
    assertThat(reg.names()).containsExactly("token-count");
    String one = ServiceFixtures.TwinOne.class.getName();
    String two = ServiceFixtures.TwinTwo.class.getName();
    assertThatThrownBy(() -> reg.lookup("twin"))
        .hasMessage("several analyzer providers are named 'twin': " + one + ", " + two + ", " + one
            + "; remove all but one from the class path");
    assertThat(reg.problems()).singleElement().asString().contains("'twin'", one, two);
  }

  @Test
  void invalidNamesAreIgnoredWithAProblem() {
    AnalyzerRegistry reg = AnalyzerRegistry.of(new ServiceFixtures.BadlyNamedProvider(),
        FakeAnalyzerProvider.builder("ok-1").build());
    assertThat(reg.names()).containsExactly("ok-1");
    assertThat(reg.problems()).singleElement().asString()
        .contains(ServiceFixtures.BadlyNamedProvider.class.getName(), "'Bad_Name'", "[a-z][a-z0-9-]*");
  }
}
