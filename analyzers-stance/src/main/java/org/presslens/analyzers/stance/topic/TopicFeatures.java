package org.presslens.analyzers.stance.topic;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.presslens.analyzers.stance.data.DocData;
import org.presslens.analyzers.stance.text.Lexicon;
import org.presslens.analyzers.stance.text.Terms;

/**
 * The features of the topic-stance models, from the shared NLP layer's tokens and lemmas plus the raw text: word
 * 1-3-grams, lemma unigrams, negation-scoped unigrams, character 2-5-grams, hashtags (whole and split at case
 * changes) and VADER valence sums. Values are 1 for presence (valence sums scaled to 0..1); the vector is
 * L2-normalised.
 */
public final class TopicFeatures {

  private static final Pattern HASHTAG = Pattern.compile("#(\\w+)");
  private static final Pattern CAMEL = Pattern.compile("[A-Z]?[a-z]+|[A-Z]+(?![a-z])|\\d+");

  private TopicFeatures() {
  }

  /** The features of a text given its tokens and raw text. */
  public static Map<String, Double> extract(List<DocData.Tok> tokens, String raw) {
    Map<String, Double> f = new LinkedHashMap<>();
    String[] words = new String[tokens.size()];
    for (int i = 0; i < words.length; i++) {
      words[i] = Terms.lower(tokens.get(i).w());
    }
    boolean negated = false;
    double pos = 0;
    double neg = 0;
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      f.put("w:" + w, 1.0);
      if (i + 1 < words.length) {
        f.put("b:" + w + " " + words[i + 1], 1.0);
      }
      if (i + 2 < words.length) {
        f.put("t:" + w + " " + words[i + 1] + " " + words[i + 2], 1.0);
      }
      String lemma = tokens.get(i).l();
      if (lemma != null) {
        f.put("l:" + Terms.lower(lemma), 1.0);
      }
      if (Lexicon.NEGATIONS.contains(w)) {
        negated = true;
      } else if (w.length() == 1 && ".,!?;:".indexOf(w.charAt(0)) >= 0) {
        negated = false;
      } else if (negated) {
        f.put("n:" + w, 1.0);
      }
      double v = Lexicon.valence(w);
      if (negated) {
        v = -0.7 * v;
      }
      if (v > 0) {
        pos += v;
      } else {
        neg -= v;
      }
    }
    if (pos > 0) {
      f.put("lex:pos", Math.min(1, pos / 4));
    }
    if (neg > 0) {
      f.put("lex:neg", Math.min(1, neg / 4));
    }
    String text = raw.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    for (int n = 2; n <= 5; n++) {
      for (int i = 0; i + n <= text.length(); i++) {
        f.put("c:" + text.substring(i, i + n), 1.0);
      }
    }
    Matcher m = HASHTAG.matcher(raw);
    while (m.find()) {
      String tag = m.group(1);
      f.put("h:" + tag.toLowerCase(Locale.ROOT), 1.0);
      Matcher parts = CAMEL.matcher(tag);
      while (parts.find()) {
        f.put("hp:" + parts.group().toLowerCase(Locale.ROOT), 1.0);
      }
    }
    double norm = 0;
    for (double v : f.values()) {
      norm += v * v;
    }
    double scale = norm > 0 ? 1 / Math.sqrt(norm) : 1;
    f.replaceAll((k, v) -> v * scale);
    return f;
  }
}
