package org.presslens.analyzers.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.presslens.analyzers.entities.api.NameTaggerProvider;
import org.presslens.model.Article;
import org.presslens.nlp.EntityMention;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.Sentence;

/**
 * Combines a name tagger's per-token scores ({@link NameTaggerProvider.Model}) with the NER layer's mentions: each
 * token's NER-layer label (its mention's CoNLL type, {@link ConllTypes#ofNerTag}, B- on the first token, I- on the
 * others; O elsewhere) gets the model's bonus, and the best label sequence in which I-t only follows B-t or I-t gives
 * the names. A name the NER layer found with the same tokens and type keeps the layer's mention (and its fine tag,
 * CITY or NATIONALITY); a new one is tagged PERSON, ORGANIZATION, LOCATION or MISC; the layer's mentions of other
 * types (DATE, MONEY...) stay unless they overlap a new name. Public for the tagger's trainer; not API.
 */
public final class NameDecoding {

  /** The entity types in label order: label {@code 2k+1} is B- and {@code 2k+2} I- of type {@code k}. */
  public static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");
  /** The number of labels ({@link NameTaggerProvider#LABELS}). */
  public static final int LABELS = NameTaggerProvider.LABELS.size();

  private static final Map<String, String> NER_TAG = Map.of("PER", "PERSON", "ORG", "ORGANIZATION", "LOC",
      "LOCATION", "MISC", "MISC");

  /** A name: tokens {@code [first, end)} of a sentence and its CoNLL type (one of {@link #TYPES}). */
  public record Span(int first, int end, String type) {
  }

  private NameDecoding() {
  }

  /**
   * The name mentions of an article: the NER layer's mentions of {@code nlp} combined with {@code logProbs} (per
   * sentence, {@code tokens × LABELS}) under {@code bonus}, in sentence and token order.
   */
  public static List<EntityMention> mentions(Article article, NlpDocument nlp, List<float[]> logProbs,
                                             NameTaggerProvider.Bonus bonus) {
    List<Sentence> sentences = nlp.sentences();
    if (logProbs.size() != sentences.size()) {
      throw new IllegalArgumentException("the name tagger scored " + logProbs.size() + " sentences of "
          + sentences.size());
    }
    Map<Integer, List<EntityMention>> bySentence = new HashMap<>();
    for (EntityMention m : nlp.mentions()) {
      bySentence.computeIfAbsent(m.sentence(), k -> new ArrayList<>()).add(m);
    }
    List<EntityMention> out = new ArrayList<>();
    for (int i = 0; i < sentences.size(); i++) {
      Sentence s = sentences.get(i);
      int n = s.tokens().size();
      if (logProbs.get(i).length != n * LABELS) {
        throw new IllegalArgumentException("the name tagger gave " + logProbs.get(i).length + " scores for the "
            + n + " tokens of sentence " + i);
      }
      List<EntityMention> layer = bySentence.getOrDefault(s.index(), List.of());
      int[] layerLabels = layerLabels(n, layer);
      List<Span> spans = spans(bestPath(logProbs.get(i), bonusOf(layerLabels, bonus), n));
      for (EntityMention m : layer) {
        if (ConllTypes.ofNerTag(m.type()).isEmpty() && spans.stream().noneMatch(sp -> overlaps(sp, m))) {
          out.add(m);
        }
      }
      for (Span sp : spans) {
        out.add(layer.stream().filter(m -> m.firstToken() == sp.first() && m.endToken() == sp.end()
                && ConllTypes.ofNerTag(m.type()).orElse("").equals(sp.type())).findFirst()
            .orElseGet(() -> mention(article, s, sp)));
      }
    }
    out.sort(Comparator.comparingInt(EntityMention::begin).thenComparingInt(m -> -m.end()));
    return out;
  }

  /** Per token, the label of the NER layer's entity mentions (B-/I- of its CoNLL type; O outside them). */
  private static int[] layerLabels(int tokens, List<EntityMention> mentions) {
    int[] labels = new int[tokens];
    for (EntityMention m : mentions) {
      Optional<String> type = ConllTypes.ofNerTag(m.type());
      if (type.isEmpty() || m.firstToken() < 0 || m.endToken() > tokens || m.firstToken() >= m.endToken()) {
        continue;
      }
      int t = TYPES.indexOf(type.get());
      for (int k = m.firstToken(); k < m.endToken(); k++) {
        labels[k] = k == m.firstToken() ? 2 * t + 1 : 2 * t + 2;
      }
    }
    return labels;
  }

  /** The bonus of each token's layer label, in the layout of the scores; null when both weights are zero. */
  public static float[] bonusOf(int[] layerLabels, NameTaggerProvider.Bonus bonus) {
    if (bonus.entity() == 0 && bonus.outside() == 0) {
      return null;
    }
    float[] out = new float[layerLabels.length * LABELS];
    for (int w = 0; w < layerLabels.length; w++) {
      out[w * LABELS + layerLabels[w]] = layerLabels[w] == 0 ? bonus.outside() : bonus.entity();
    }
    return out;
  }

  /** The spans of a label sequence; an I label after O or another type starts a span. */
  public static List<Span> spans(int[] labels) {
    List<Span> out = new ArrayList<>();
    int type = -1;
    int start = -1;
    for (int i = 0; i <= labels.length; i++) {
      int l = i < labels.length ? labels[i] : 0;
      int t = l == 0 ? -1 : (l - 1) / 2;
      boolean begins = t >= 0 && (l % 2 == 1 || t != type);
      if (type >= 0 && (t < 0 || begins)) {
        out.add(new Span(start, i, TYPES.get(type)));
        type = -1;
      }
      if (begins) {
        type = t;
        start = i;
      }
    }
    return out;
  }

  /** The best label sequence of per-token scores plus {@code bonus} (may be null) in which I-t follows B-t or I-t. */
  public static int[] bestPath(float[] scores, float[] bonus, int tokens) {
    double[] best = new double[LABELS];
    int[][] back = new int[tokens][LABELS];
    for (int w = 0; w < tokens; w++) {
      double[] next = new double[LABELS];
      for (int l = 0; l < LABELS; l++) {
        double from = Double.NEGATIVE_INFINITY;
        int arg = -1;
        if (w == 0) {
          from = allowed(-1, l) ? 0 : Double.NEGATIVE_INFINITY;
        } else {
          for (int p = 0; p < LABELS; p++) {
            if (allowed(p, l) && best[p] > from) {
              from = best[p];
              arg = p;
            }
          }
        }
        next[l] = from + scores[w * LABELS + l] + (bonus == null ? 0 : bonus[w * LABELS + l]);
        back[w][l] = arg;
      }
      best = next;
    }
    int[] path = new int[tokens];
    int l = 0;
    for (int k = 1; k < LABELS && tokens > 0; k++) {
      if (best[k] > best[l]) {
        l = k;
      }
    }
    for (int w = tokens - 1; w >= 0; w--) {
      path[w] = l;
      l = back[w][l];
    }
    return path;
  }

  /** Whether label {@code next} may follow {@code previous} (-1 at the sentence start). */
  static boolean allowed(int previous, int next) {
    return next == 0 || next % 2 == 1 || previous > 0 && (previous - 1) / 2 == (next - 1) / 2;
  }

  private static boolean overlaps(Span span, EntityMention m) {
    return m.firstToken() < span.end() && span.first() < m.endToken();
  }

  private static EntityMention mention(Article article, Sentence s, Span sp) {
    int begin = s.tokens().get(sp.first()).begin();
    int end = s.tokens().get(sp.end() - 1).end();
    return new EntityMention(begin, end, article.text().substring(begin, end), NER_TAG.get(sp.type()), s.index(),
        sp.first(), sp.end());
  }
}
