package org.presslens.analyzers.stance.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presslens.analyzers.stance.text.Lexicon;

/**
 * Stance cues an author uses beyond plain sentiment words: evaluative phrases ("deserves credit", "simply false"),
 * doubt and hedges ("raises doubts", "little to offer", "supposedly"), irony markers ("cartoonish", "as if",
 * "so-called") and contrast markers ("although", "but", "still"), which discount the clause they concede.
 * Phrases are matched on lower-cased tokens.
 */
final class StanceCues {

  /** Multi-word and single-word cues with their weight (positive: favour). */
  static final Map<String, Double> PHRASES = Map.ofEntries(
      Map.entry("deserves credit", 2.0), Map.entry("deserve credit", 2.0), Map.entry("to her credit", 1.5),
      Map.entry("to his credit", 1.5), Map.entry("to their credit", 1.5), Map.entry("admirably", 1.5),
      Map.entry("commendable", 1.5), Map.entry("was right", 1.0), Map.entry("were right", 1.0),
      Map.entry("is right", 1.0), Map.entry("rightly", 1.0), Map.entry("wisely", 1.0), Map.entry("sensibly", 1.0),
      Map.entry("raises doubts", -2.0), Map.entry("raise doubts", -2.0), Map.entry("raised doubts", -2.0),
      Map.entry("little to offer", -2.0), Map.entry("nothing to offer", -2.0), Map.entry("no better", -1.5),
      Map.entry("simply false", -2.0), Map.entry("is false", -1.5), Map.entry("supposedly", -1.5),
      Map.entry("so-called", -1.5), Map.entry("purportedly", -1.0), Map.entry("hardly", -1.0),
      Map.entry("no alternative", -1.0),
      Map.entry("slow to", -1.0), Map.entry("badly", -1.0), Map.entry("rushed", -1.0),
      Map.entry("pariah", -1.5), Map.entry("unscrupulous", -2.0),
      Map.entry("condescending", -1.5), Map.entry("saber-rattling", -1.5), Map.entry("sabre-rattling", -1.5),
      Map.entry("vendetta", -1.5), Map.entry("slap in the face", -1.0), Map.entry("isolated", -1.0),
      Map.entry("threaten", -0.5), Map.entry("threats", -0.5), Map.entry("does not matter", -0.5), Map.entry("cannot afford", -0.5),
      Map.entry("claims that", -0.5), Map.entry("he claims", -0.5),
      Map.entry("she claims", -0.5), Map.entry("they claim", -0.5), Map.entry("vanity", -0.5),
      Map.entry("evidently", -0.3), Map.entry("apparent", -0.3), Map.entry("cartoonish", -1.5),
      Map.entry("comically", -1.5), Map.entry("as if", -1.0), Map.entry("marginalized", -0.5),
      Map.entry("weaken", -0.5), Map.entry("violating", -1.0));

  /** Irony markers: in their sentence, positive words count for half. */
  static final Set<String> IRONY = Set.of("cartoonish", "comically", "as if", "so-called", "supposedly",
      "satirical", "farcical", "laughably");

  /** Concessive openers: the clause they open (up to the first comma) is discounted. */
  static final Set<String> CONCESSIVE = Set.of("although", "though", "while", "despite", "whereas", "even");

  /** Adversatives: what comes before them in the sentence is discounted. */
  static final Set<String> ADVERSATIVE = Set.of("but", "however", "yet", "still", "nevertheless", "nonetheless");

  /** Openers that deny what follows them in the sentence ("None of this means the mayor has done well"). */
  static final List<String> SCOPE_NEGATORS = List.of("none of this means", "this does not mean",
      "that does not mean", "this doesn't mean", "that doesn't mean", "it is not that", "none of that means");

  static final double DISCOUNT = 0.3;

  private static final int MAX_PHRASE = 5;

  private StanceCues() {
  }

  /** A cue found in a sentence: token range and weight. */
  record Cue(int first, int end, double weight, String text) {
  }

  /**
   * The cues of a sentence's lower-cased tokens; {@code author[i]} false marks a token inside quotation marks,
   * never counted. VADER valences (scaled to -1..1, flipped by a negator in the three tokens before) count for
   * words that are not part of a phrase cue.
   */
  static List<Cue> find(List<String> lower, boolean[] author) {
    List<Cue> cues = new ArrayList<>();
    int n = lower.size();
    boolean[] used = new boolean[n];
    for (int len = MAX_PHRASE; len >= 1; len--) {
      for (int i = 0; i + len <= n; i++) {
        boolean ok = true;
        for (int k = i; k < i + len; k++) {
          if (used[k] || !author[k]) {
            ok = false;
            break;
          }
        }
        if (!ok) {
          continue;
        }
        String phrase = String.join(" ", lower.subList(i, i + len));
        Double w = PHRASES.get(phrase);
        if (w != null) {
          cues.add(new Cue(i, i + len, w, phrase));
          for (int k = i; k < i + len; k++) {
            used[k] = true;
          }
        }
      }
    }
    for (int i = 0; i < n; i++) {
      if (used[i] || !author[i]) {
        continue;
      }
      double v = Lexicon.valence(lower.get(i)) / 4;
      if (v == 0) {
        continue;
      }
      for (int k = Math.max(0, i - 3); k < i; k++) {
        if (Lexicon.NEGATIONS.contains(lower.get(k))) {
          v = -0.7 * v;
          break;
        }
      }
      cues.add(new Cue(i, i + 1, v, lower.get(i)));
    }
    String joined = String.join(" ", lower);
    for (String negator : SCOPE_NEGATORS) {
      int at = joined.indexOf(negator);
      if (at >= 0) {
        int scopeStart = joined.substring(0, at).split(" ", -1).length - 1 + negator.split(" ").length;
        List<Cue> flipped = new ArrayList<>();
        for (Cue c : cues) {
          flipped.add(c.first() >= scopeStart ? new Cue(c.first(), c.end(), -0.8 * c.weight(), c.text()) : c);
        }
        return flipped;
      }
    }
    return cues;
  }

  /** Per-token weights from contrast markers: conceded clauses count {@link #DISCOUNT}. */
  static double[] contrastWeights(List<String> lower) {
    int n = lower.size();
    double[] w = new double[n];
    java.util.Arrays.fill(w, 1.0);
    for (int i = 0; i < n; i++) {
      String t = lower.get(i);
      boolean opensSentence = i == 0 || (i <= 2 && (lower.get(0).equals("and") || lower.get(0).equals("but")));
      if (CONCESSIVE.contains(t) && (opensSentence || (i > 0 && lower.get(i - 1).equals(",")))) {
        if (t.equals("even") && (i + 1 >= n || !lower.get(i + 1).equals("though"))) {
          continue;
        }
        if (opensSentence) {
          // "Although X, Y": X is conceded up to the first comma after it
          int k = i;
          while (k < n && !lower.get(k).equals(",")) {
            w[k] = DISCOUNT;
            k++;
          }
        } else {
          // "Y, although X": X is conceded to the end of the sentence
          for (int k = i; k < n; k++) {
            w[k] = DISCOUNT;
          }
        }
      } else if (ADVERSATIVE.contains(t) && i > 0) {
        if (t.equals("still") && i > 1) {
          continue;
        }
        for (int k = 0; k < i; k++) {
          w[k] = Math.min(w[k], 0.5);
        }
      }
    }
    return w;
  }

  /** Whether a {@link #SCOPE_NEGATORS} opener denies (part of) the sentence. */
  static boolean scopeNegated(List<String> lower) {
    String joined = String.join(" ", lower);
    return SCOPE_NEGATORS.stream().anyMatch(joined::contains);
  }

  static boolean ironic(List<String> lower) {
    String joined = " " + String.join(" ", lower) + " ";
    for (String m : IRONY) {
      if (joined.contains(" " + m + " ")) {
        return true;
      }
    }
    return false;
  }
}
