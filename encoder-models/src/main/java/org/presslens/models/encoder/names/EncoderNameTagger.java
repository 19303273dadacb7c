package org.presslens.models.encoder.names;

import java.util.ArrayList;
import java.util.List;
import org.presslens.analyzers.entities.api.NameTaggerProvider;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;
import org.presslens.nlp.encoder.EncoderInput;
import org.presslens.nlp.encoder.TextEncoder;
import org.presslens.nlp.encoder.TokenStates;
import org.presslens.nlp.encoder.ner.NerTagger;

/**
 * {@link NerTagger} as the entities analyzer's name tagger: each sentence's text is encoded (the sentences of one
 * article in one batched call) and each word is scored from the state of its first word piece and its shape. A word
 * is a token, or tokens joined by hyphens without spaces ("Jong-un", "Putin-Kim"), as the tagger's training data
 * (CoNLL-2003) writes them; the tokens of a hyphenated word share its scores ({@link HyphenWords}). Thread-safe.
 */
final class EncoderNameTagger implements NameTaggerProvider.Model {

  private final TextEncoder encoder;
  private final NerTagger tagger;
  private final NameTaggerProvider.Bonus bonus;

  EncoderNameTagger(TextEncoder encoder, NerTagger tagger) {
    this.encoder = encoder;
    this.tagger = tagger;
    this.bonus = new NameTaggerProvider.Bonus(tagger.nerLayerEntityBonus(), tagger.nerLayerOutsideBonus());
  }

  @Override
  public List<float[]> logProbabilities(Article article, NlpDocument nlp) {
    String text = article.text();
    List<Sentence> sentences = nlp.sentences();
    List<EncoderInput> inputs = new ArrayList<>();
    for (Sentence s : sentences) {
      if (!s.tokens().isEmpty()) {
        inputs.add(EncoderInput.of(text.substring(s.begin(), s.end())));
      }
    }
    List<TokenStates> states = inputs.isEmpty() ? List.of() : encoder.encode(inputs);
    List<float[]> out = new ArrayList<>(sentences.size());
    int next = 0;
    for (Sentence s : sentences) {
      List<Token> tokens = s.tokens();
      if (tokens.isEmpty()) {
        out.add(new float[0]);
        continue;
      }
      int[] firstOfWord = HyphenWords.starts(tokens);
      List<String> words = new ArrayList<>();
      List<Integer> begins = new ArrayList<>();
      for (int w = 0; w < firstOfWord.length; w++) {
        int end = w + 1 < firstOfWord.length ? firstOfWord[w + 1] : tokens.size();
        Token first = tokens.get(firstOfWord[w]);
        words.add(text.substring(first.begin(), tokens.get(end - 1).end()));
        begins.add(first.begin() - s.begin());
      }
      float[] byWord = tagger.logProbs(states.get(next++), words,
          begins.stream().mapToInt(Integer::intValue).toArray());
      out.add(HyphenWords.perToken(byWord, firstOfWord, tokens.size()));
    }
    return out;
  }

  @Override
  public NameTaggerProvider.Bonus nerLayerBonus() {
    return bonus;
  }
}
