package org.presslens.analyzers.sentiment;

import org.presslens.analyzers.sentiment.api.VaderLexicon;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.presslens.nlp.SentimentDistribution;

/**
 * A VADER-style sentence scorer (Hutto &amp; Gilbert, "VADER: A Parsimonious Rule-based Model for Sentiment Analysis
 * of Social Media Text", ICWSM 2014) over tokens only: no tagger, no parser. Implemented here after the published
 * rules, on the VADER lexicon ({@link VaderLexicon}):
 * <ul>
 *   <li>each word's valence is its lexicon mean (-4..4); a word in ALL CAPS among mixed-case words is amplified by
 *       0.733;</li>
 *   <li>a booster ("very", "extremely", "slightly" ...) up to three words before adds or subtracts 0.293 (damped by
 *       0.95 and 0.9 at distance two and three);</li>
 *   <li>a negation ("not", "n't", "never", "without" ...) up to three words before multiplies by -0.74; "no" before
 *       a word does too, and "no" itself counts 0 when a lexicon word follows; "least" (not "at least") negates;</li>
 *   <li>"but": valences before it count half, after it one and a half;</li>
 *   <li>the sum gets up to 4 x 0.292 for "!" and up to 0.96 for "?" (in its direction), and is normalised to
 *       {@code compound = s / sqrt(s^2 + 15)} in -1..1.</li>
 * </ul>
 * Tokens that hold neither a letter nor a digit are punctuation and are not words, unless the lexicon lists them
 * (emoticons). Thread-safe and allocation-light: about a microsecond per token.
 */
public final class LexiconModel {

  static final double BOOST = 0.293;
  static final double CAPS_BOOST = 0.733;
  static final double NEGATION = -0.74;
  static final double ALPHA = 15;

  private static final Map<String, Double> BOOSTERS = boosters();
  private static final Set<String> NEGATIONS = Set.of("aint", "ain't", "arent", "aren't", "cannot", "cant", "can't",
      "couldnt", "couldn't", "darent", "daren't", "didnt", "didn't", "doesnt", "doesn't", "dont", "don't", "hadnt",
      "hadn't", "hasnt", "hasn't", "havent", "haven't", "isnt", "isn't", "mightnt", "mightn't", "mustnt", "mustn't",
      "neither", "neednt", "needn't", "never", "none", "nope", "nor", "not", "nothing", "nowhere", "oughtnt",
      "oughtn't", "shant", "shan't", "shouldnt", "shouldn't", "uhuh", "uh-uh", "wasnt", "wasn't", "werent",
      "weren't", "without", "wont", "won't", "wouldnt", "wouldn't", "rarely", "seldom", "despite");

  private final VaderLexicon lexicon;

  LexiconModel(VaderLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The model on the shared VADER lexicon. */
  public static LexiconModel shared() {
    return new LexiconModel(VaderLexicon.shared());
  }

  /**
   * The lexicon evidence of one sentence.
   *
   * @param compound      the normalised sum in -1..1 (VADER's compound score)
   * @param positive      VADER's share of positive evidence, 0..1 (likewise {@code negative}, {@code neutral})
   * @param positiveWords the number of words with a positive valence after the rules (likewise
   *                      {@code negativeWords})
   * @param words         the number of words
   */
  public record Score(double compound, double positive, double negative, double neutral, int positiveWords,
               int negativeWords, int words) {

    /** Words with any valence. */
    int hits() {
      return positiveWords + negativeWords;
    }
  }

  /** Scores the tokens of one sentence, in order (their text as in the article). */
  public Score score(List<String> tokens) {
    List<String> words = new ArrayList<>(tokens.size());
    List<String> lower = new ArrayList<>(tokens.size());
    int exclamations = 0;
    int questions = 0;
    for (String t : tokens) {
      for (int i = 0; i < t.length(); i++) {
        char c = t.charAt(i);
        if (c == '!') {
          exclamations++;
        } else if (c == '?') {
          questions++;
        }
      }
      String word = stripPunctuation(t);
      String l = word.toLowerCase(Locale.ROOT);
      if (hasLetterOrDigit(word) || lexicon.contains(l)) {
        words.add(word);
        lower.add(l);
      }
    }
    int caps = 0;
    for (String w : words) {
      if (isUpper(w)) {
        caps++;
      }
    }
    boolean capsDifferential = caps > 0 && caps < words.size();

    double[] valences = new double[words.size()];
    for (int i = 0; i < words.size(); i++) {
      valences[i] = valence(words, lower, i, capsDifferential);
    }
    int but = lower.indexOf("but");
    if (but >= 0) {
      for (int i = 0; i < valences.length; i++) {
        if (i < but) {
          valences[i] *= 0.5;
        } else if (i > but) {
          valences[i] *= 1.5;
        }
      }
    }

    double sum = 0;
    double positiveSum = 0;
    double negativeSum = 0;
    int neutral = 0;
    int positiveWords = 0;
    int negativeWords = 0;
    for (double v : valences) {
      sum += v;
      if (v > 0) {
        positiveSum += v + 1;
        positiveWords++;
      } else if (v < 0) {
        negativeSum += v - 1;
        negativeWords++;
      } else {
        neutral++;
      }
    }
    double emphasis = Math.min(exclamations, 4) * 0.292 + (questions > 1 ? (questions <= 3 ? questions * 0.18 : 0.96)
        : 0);
    double compound = 0;
    if (sum != 0) {
      sum += Math.signum(sum) * emphasis;
      compound = Math.max(-1, Math.min(1, sum / Math.sqrt(sum * sum + ALPHA)));
      if (sum > 0) {
        positiveSum += emphasis;
      } else {
        negativeSum -= emphasis;
      }
    }
    double total = positiveSum - negativeSum + neutral;
    return total == 0 ? new Score(compound, 0, 0, words.isEmpty() ? 0 : 1, 0, 0, words.size())
        : new Score(compound, positiveSum / total, -negativeSum / total, neutral / total, positiveWords, negativeWords,
            words.size());
  }

  private double valence(List<String> words, List<String> lower, int i, boolean capsDifferential) {
    String item = lower.get(i);
    if (BOOSTERS.containsKey(item) || !lexicon.contains(item)) {
      return 0;
    }
    double v = lexicon.valence(item);
    if (item.equals("no") && i + 1 < lower.size() && lexicon.contains(lower.get(i + 1))) {
      v = 0; // "no" as a determiner: "no problem"
    }
    if ((i > 0 && lower.get(i - 1).equals("no")) || (i > 1 && lower.get(i - 2).equals("no"))
        || (i > 2 && lower.get(i - 3).equals("no") && (lower.get(i - 1).equals("or") || lower.get(i - 1).equals("nor")))) {
      v *= NEGATION;
    }
    if (capsDifferential && isUpper(words.get(i))) {
      v += Math.signum(v) * CAPS_BOOST;
    }
    for (int distance = 1; distance <= 3 && i - distance >= 0; distance++) {
      String before = lower.get(i - distance);
      if (lexicon.contains(before)) {
        continue;
      }
      double boost = BOOSTERS.getOrDefault(before, 0.0);
      if (boost != 0) {
        boost = v < 0 ? -boost : boost;
        if (capsDifferential && isUpper(words.get(i - distance))) {
          boost += v < 0 ? -CAPS_BOOST : CAPS_BOOST;
        }
        v += boost * (distance == 1 ? 1 : distance == 2 ? 0.95 : 0.9);
      }
      v = negationCheck(v, lower, i, distance);
    }
    if (i > 0 && lower.get(i - 1).equals("least")
        && !(i > 1 && (lower.get(i - 2).equals("at") || lower.get(i - 2).equals("very")))) {
      v *= NEGATION;
    }
    return v;
  }

  private static double negationCheck(double v, List<String> lower, int i, int distance) {
    String before = lower.get(i - distance);
    if (distance == 1) {
      return negated(before) ? v * NEGATION : v;
    }
    String next = lower.get(i - distance + 1);
    boolean soThis = next.equals("so") || next.equals("this")
        || (distance == 3 && (lower.get(i - 1).equals("so") || lower.get(i - 1).equals("this")));
    if (before.equals("never") && soThis) {
      return v * 1.25; // "never so good": emphasis, not negation
    }
    if (before.equals("without") && next.equals("doubt")) {
      return v;
    }
    return negated(before) ? v * NEGATION : v;
  }

  static boolean negated(String lowerCased) {
    return NEGATIONS.contains(lowerCased) || lowerCased.contains("n't") || lowerCased.contains("n\u2019t");
  }

  /**
   * The five-class distribution derived from a score in -1..1: the score is placed on the class axis at
   * {@code x = 2 + 2 * score} and its mass split linearly between the two nearest classes, so that the expected
   * class score {@code sum(p_i * (i - 2)) / 2} equals the score exactly and the most probable class is the nearest
   * one (thresholds +-0.25 and +-0.75).
   */
  static SentimentDistribution distribution(double score) {
    double x = 2 + 2 * Math.max(-1, Math.min(1, score));
    int low = (int) Math.floor(x);
    double[] p = new double[SentimentDistribution.CLASSES];
    if (low >= SentimentDistribution.CLASSES - 1) {
      p[SentimentDistribution.CLASSES - 1] = 1;
    } else {
      p[low] = low + 1 - x;
      p[low + 1] = x - low;
    }
    List<Double> list = new ArrayList<>(p.length);
    for (double d : p) {
      list.add(d);
    }
    return new SentimentDistribution(list);
  }

  private static String stripPunctuation(String token) {
    int b = 0;
    int e = token.length();
    while (b < e && isPunctuation(token.charAt(b))) {
      b++;
    }
    while (e > b && isPunctuation(token.charAt(e - 1))) {
      e--;
    }
    return e - b <= 2 ? token : token.substring(b, e); // keep emoticons such as ":)" whole
  }

  private static boolean isPunctuation(char c) {
    return !Character.isLetterOrDigit(c) && !Character.isWhitespace(c);
  }

  private static boolean hasLetterOrDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isLetterOrDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** Python's {@code str.isupper()}: at least one cased letter and no lower-case one. */
  static boolean isUpper(String s) {
    boolean cased = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLowerCase(c)) {
        return false;
      }
      if (Character.isUpperCase(c)) {
        cased = true;
      }
    }
    return cased;
  }

  private static Map<String, Double> boosters() {
    Map<String, Double> m = new java.util.HashMap<>();
    for (String w : List.of("absolutely", "amazingly", "awfully", "completely", "considerable", "considerably",
        "decidedly", "deeply", "enormous", "enormously", "entirely", "especially", "exceptional", "exceptionally",
        "extreme", "extremely", "fabulously", "fully", "greatly", "hella", "highly", "hugely", "incredible",
        "incredibly", "intensely", "major", "majorly", "more", "most", "particularly", "purely", "quite", "really",
        "remarkably", "so", "substantially", "thoroughly", "total", "totally", "tremendous", "tremendously", "uber",
        "unbelievably", "unusually", "utter", "utterly", "very")) {
      m.put(w, BOOST);
    }
    for (String w : List.of("almost", "barely", "hardly", "kinda", "kindof", "kind-of", "less", "little", "marginal",
        "marginally", "occasional", "occasionally", "partly", "scarce", "scarcely", "slight", "slightly", "somewhat",
        "sorta", "sortof", "sort-of")) {
      m.put(w, -BOOST);
    }
    return Map.copyOf(m);
  }
}
