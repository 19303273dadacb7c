package org.presslens.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;

/**
 * An example NLP engine plugin, {@value #NAME}: it declares a layer of its own, {@link #SHAPES} (the shape of each
 * token, e.g. {@code Xx} for {@code Putin}, {@code d} for {@code 2024}), which it computes from the tokens another
 * engine produced ({@linkplain #consumes() consumes} {@link NlpLayer#TOKENS}). Language-independent, deterministic,
 * thread-safe; records the ids of the articles it annotates.
 */
public final class TokenShapesEngine implements NlpEngine {

  /** The engine's name. */
  public static final String NAME = "shapes";

  /** The layer this engine adds: token shapes, by sentence. */
  public static final NlpLayer<TokenShapes> SHAPES = NlpLayer.of("test:token-shapes", TokenShapes.class);

  /** The value of {@link #SHAPES}: for each sentence, the shape of each of its tokens. */
  public record TokenShapes(List<List<String>> bySentence) {
    public TokenShapes {
      bySentence = bySentence.stream().map(List::copyOf).toList();
    }
  }

  private final List<String> articleIds = new CopyOnWriteArrayList<>();

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<NlpLayer<?>> produces() {
    return Set.of(SHAPES);
  }

  @Override
  public Set<NlpLayer<?>> consumes() {
    return Set.of(NlpLayer.TOKENS);
  }

  /** Any language. */
  @Override
  public Set<String> languages() {
    return Set.of();
  }

  @Override
  public NlpDocument annotate(Article article, NlpDocument input, Set<NlpLayer<?>> layers) {
    Objects.requireNonNull(article, "article");
    articleIds.add(article.id());
    if (!produces().containsAll(layers)) {
      throw new IllegalArgumentException(NAME + " produces " + SHAPES + " only, asked for " + layers);
    }
    List<List<String>> shapes = new ArrayList<>();
    for (Sentence sentence : input.layer(NlpLayer.TOKENS)) {
      shapes.add(sentence.tokens().stream().map(Token::text).map(TokenShapesEngine::shape).toList());
    }
    return NlpDocument.EMPTY.with(SHAPES, new TokenShapes(shapes));
  }

  /** {@code X} for a run of upper-case letters, {@code x} lower-case, {@code d} digits, else the char itself. */
  static String shape(String word) {
    StringBuilder sb = new StringBuilder();
    word.codePoints().forEach(c -> {
      char s = Character.isUpperCase(c) ? 'X' : Character.isLetter(c) ? 'x' : Character.isDigit(c) ? 'd' : '\0';
      String next = s == '\0' ? new String(Character.toChars(c)) : String.valueOf(s);
      if (sb.isEmpty() || s == '\0' || sb.charAt(sb.length() - 1) != s) {
        sb.append(next);
      }
    });
    return sb.toString();
  }

  /** How many times {@link #annotate} was called. */
  public int annotateCount() {
    return articleIds.size();
  }

  /** The ids of the articles annotated, in call order. */
  public List<String> annotatedArticleIds() {
    return List.copyOf(articleIds);
  }
}
