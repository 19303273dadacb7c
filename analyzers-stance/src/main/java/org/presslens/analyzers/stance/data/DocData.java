package org.presslens.analyzers.stance.data;

import java.util.ArrayList;
import java.util.List;
import org.presslens.analyzers.stance.text.Terms;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;

/**
 * The part of an annotation the stance models use, detached from any article: sentences of tokens (word, lemma,
 * POS; lemma and POS may be null). Small enough to cache on disk as JSON.
 */
public record DocData(List<Sent> sentences) {

  public DocData {
    sentences = List.copyOf(sentences);
  }

  /** A sentence: its tokens and its {@code [begin, end)} in the annotated text. */
  public record Sent(int begin, int end, List<Tok> tokens) {
    public Sent {
      tokens = List.copyOf(tokens);
    }
  }

  /** A token: word, lemma and POS (lemma and POS null when the layer was not computed). */
  public record Tok(String w, String l, String p) {
  }

  /** The sentences and tokens of a shared NLP annotation. */
  public static DocData of(NlpDocument doc) {
    List<Sent> out = new ArrayList<>();
    for (Sentence s : doc.sentences()) {
      out.add(of(s));
    }
    return new DocData(out);
  }

  public static Sent of(Sentence s) {
    List<Tok> toks = new ArrayList<>(s.tokens().size());
    for (Token t : s.tokens()) {
      toks.add(new Tok(t.text(), t.lemma(), t.pos()));
    }
    return new Sent(s.begin(), s.end(), toks);
  }

  /** A short text (a claim or headline) tokenized by {@link Terms#tokenize}, as one sentence without tags. */
  public static DocData ofShortText(String text) {
    List<Tok> toks = new ArrayList<>();
    for (Terms.Tok t : Terms.tokenize(text)) {
      toks.add(new Tok(t.text(), null, null));
    }
    return new DocData(List.of(new Sent(0, text.length(), toks)));
  }

  /** All tokens in order. */
  public List<Tok> tokens() {
    List<Tok> all = new ArrayList<>();
    sentences.forEach(s -> all.addAll(s.tokens()));
    return all;
  }
}
