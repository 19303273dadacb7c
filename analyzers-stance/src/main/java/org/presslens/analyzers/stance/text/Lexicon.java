package org.presslens.analyzers.stance.text;

import java.util.List;
import java.util.Set;
import org.presslens.analyzers.sentiment.api.VaderLexicon;

/**
 * Word lists for stance cues: the VADER valence lexicon (Hutto and Gilbert 2014, MIT licence; the sentiment
 * analyzer's {@link VaderLexicon}) and small hand-made lists of refuting, hedging, negation and reporting words.
 * Immutable and thread-safe; the lexicon loads once.
 */
public final class Lexicon {

  /** Negators: they flip the valence of the next few words. */
  public static final Set<String> NEGATIONS = Set.copyOf(List.of(
      "not", "n't", "no", "never", "none", "nobody", "nothing",
      "neither", "nor", "nowhere", "cannot", "without", "hardly", "barely", "scarcely", "lack", "lacks"));

  /** Words that deny or debunk (FNC-1 "disagree" cues). */
  public static final Set<String> REFUTING = Set.copyOf(List.of(
      "fake", "fraud", "hoax", "false", "deny", "denies", "denied",
      "denial", "not", "despite", "nope", "doubt", "doubts", "bogus", "debunk", "debunked", "debunks", "refute",
      "refutes", "refuted", "retract", "retracted", "untrue", "myth", "satire", "satirical", "prank", "misleading",
      "fabricated", "rumor", "rumour", "baseless", "incorrect", "wrong", "dismissed", "dismisses", "contrary"));

  /** Hedges and distancing words (uncertainty; "discuss" cues, and doubt in an author's voice). */
  public static final Set<String> HEDGING = Set.copyOf(List.of(
      "allegedly", "alleged", "reportedly", "reported", "reports",
      "report", "apparently", "purportedly", "purported", "supposedly", "claim", "claims", "claimed", "claiming",
      "rumored", "rumoured", "unconfirmed", "unverified", "may", "might", "could", "possibly", "perhaps", "likely",
      "unclear", "suggest", "suggests", "suggested", "appears", "appear", "seems", "seem", "believed", "suspected",
      "according", "speculation", "speculated", "if", "whether", "uncertain", "unknown"));

  /** Words of confirmation ("agree" cues). */
  public static final Set<String> CONFIRMING = Set.copyOf(List.of(
      "confirmed", "confirms", "confirm", "official",
      "officially", "announced", "announces", "revealed", "reveals", "shows", "showed", "proved", "proves", "proof",
      "evidence", "indeed", "verified", "admitted", "admits", "acknowledged", "true", "actually", "definitely"));

  /** Reporting verbs. */
  public static final Set<String> REPORTING = Set.copyOf(List.of(
      "said", "says", "say", "told", "tells", "according",
      "stated", "states", "claimed", "claims", "reported", "reports", "announced", "added", "explained", "wrote"));

  private Lexicon() {
  }

  /** The VADER valence of a lower-cased word, -4..4, 0 when the word is not in the lexicon. */
  public static double valence(String lower) {
    return VaderLexicon.shared().valence(lower);
  }
}
