package org.presslens.analyzers.stance.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Word lists for stance cues: the VADER valence lexicon (Hutto and Gilbert 2014, MIT licence, read from the
 * {@code vader-sentiment-analyzer} jar) and small hand-made lists of refuting, hedging, negation and reporting words.
 * Immutable and thread-safe; the lexicon loads once.
 */
public final class Lexicon {

  static final String VADER_RESOURCE = "vader_sentiment_lexicon.txt";

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

  private static volatile Map<String, Double> vader;

  private Lexicon() {
  }

  /** The VADER valence of a lower-cased word, -4..4, 0 when the word is not in the lexicon. */
  public static double valence(String lower) {
    return vader().getOrDefault(lower, 0.0);
  }

  static Map<String, Double> vader() {
    Map<String, Double> v = vader;
    if (v == null) {
      synchronized (Lexicon.class) {
        v = vader;
        if (v == null) {
          v = load();
          vader = v;
        }
      }
    }
    return v;
  }

  private static Map<String, Double> load() {
    ClassLoader cl = Lexicon.class.getClassLoader();
    try (InputStream in = cl.getResourceAsStream(VADER_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the VADER lexicon resource '" + VADER_RESOURCE + "' is missing"
            + " (com.github.apanimesh061:vader-sentiment-analyzer)");
      }
      Map<String, Double> m = new HashMap<>();
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t");
        if (f.length >= 2) {
          try {
            m.put(f[0].trim().toLowerCase(java.util.Locale.ROOT), Double.parseDouble(f[1].trim()));
          } catch (NumberFormatException ignored) {
            // a malformed line: skip it
          }
        }
      }
      return Map.copyOf(m);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
