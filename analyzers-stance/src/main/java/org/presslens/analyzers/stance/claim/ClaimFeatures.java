package org.presslens.analyzers.stance.claim;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presslens.analyzers.stance.data.DocData;
import org.presslens.analyzers.stance.text.Lexicon;
import org.presslens.analyzers.stance.text.Terms;

/**
 * The dense features of a (claim, body) pair for the claim stance model: relatedness (TF-IDF cosine of Porter
 * stems over the body, its lead and its best sentences; overlap of terms, IDF mass, bigrams and capitalised words)
 * and stance cues (refuting, hedging, confirming, negation and reporting words and VADER polarity in the claim, in
 * the body, and in the body sentences closest to the claim). Claim words come from {@link Terms#tokenize}, body
 * words from the shared NLP layer; both are matched through {@link Terms#norm}.
 */
public final class ClaimFeatures {

  /** The feature names, in vector order. */
  public static final List<String> NAMES = List.of("cos", "cos_lead", "cos_first", "max_sent_cos", "top3_sent_cos",
      "frac_terms", "idf_frac", "frac_lead", "bigram_frac", "head_terms", "log_body_tokens", "cap_frac",
      "matched_idf_sum", "unmatched_idf_max", "matched", "first_match_pos", "sent_share", "head_refute",
      "head_hedge", "head_question", "head_negation", "head_polarity", "body_refute", "body_hedge", "body_confirm",
      "body_negation", "body_reporting", "body_quotes", "body_polarity", "top_refute", "top_hedge", "top_confirm",
      "top_negation", "top_polarity", "top_reporting", "lead_refute", "lead_hedge", "polarity_product",
      "top1_refute", "top1_negation", "top1_polarity", "top1_cos");

  static final int TOP = 3;
  static final int LEAD = 5;

  private ClaimFeatures() {
  }

  /** Inverse document frequencies of stems, from the training bodies. */
  public record Idf(Map<String, Double> values, double unseen) {
    public Idf {
      values = Map.copyOf(values);
    }

    public double of(String stem) {
      return values.getOrDefault(stem, unseen);
    }

    /** IDF = ln((N + 1) / (df + 1)) + 1 over {@code bodies}; stems in fewer than 2 bodies get the unseen value. */
    public static Idf of(List<DocData> bodies) {
      Map<String, Integer> df = new HashMap<>();
      for (DocData b : bodies) {
        Set<String> seen = new HashSet<>();
        for (DocData.Tok t : b.tokens()) {
          String l = Terms.lower(t.w());
          if (Terms.isContent(l)) {
            seen.add(Terms.norm(l));
          }
        }
        seen.forEach(s -> df.merge(s, 1, Integer::sum));
      }
      int n = bodies.size();
      Map<String, Double> idf = new HashMap<>();
      df.forEach((s, d) -> {
        if (d >= 2) {
          idf.put(s, Math.log((n + 1.0) / (d + 1.0)) + 1);
        }
      });
      return new Idf(idf, Math.log((n + 1.0) / 2.0) + 1);
    }
  }

  /** Word counts of one span of text. */
  record Cues(int refute, int hedge, int confirm, int negation, int reporting, int quotes, double polarity,
              int words) {

    static Cues of(List<String> lower) {
      int refute = 0;
      int hedge = 0;
      int confirm = 0;
      int negation = 0;
      int reporting = 0;
      int quotes = 0;
      double pol = 0;
      int words = 0;
      boolean negated = false;
      for (String w : lower) {
        if (w.equals("\"") || w.equals("``") || w.equals("''")) {
          quotes++;
          continue;
        }
        if (w.length() == 1 && !Character.isLetterOrDigit(w.charAt(0))) {
          negated = false;
          continue;
        }
        words++;
        refute += Lexicon.REFUTING.contains(w) ? 1 : 0;
        hedge += Lexicon.HEDGING.contains(w) ? 1 : 0;
        confirm += Lexicon.CONFIRMING.contains(w) ? 1 : 0;
        reporting += Lexicon.REPORTING.contains(w) ? 1 : 0;
        if (Lexicon.NEGATIONS.contains(w)) {
          negation++;
          negated = true;
          continue;
        }
        double v = Lexicon.valence(w);
        pol += negated ? -0.7 * v : v;
      }
      return new Cues(refute, hedge, confirm, negation, reporting, quotes, words == 0 ? 0 : pol / words, words);
    }
  }

  /** A claim, prepared once. */
  public static final class Claim {
    final List<String> stems = new ArrayList<>();
    final Set<String> stemSet = new HashSet<>();
    final Set<String> bigrams = new HashSet<>();
    final Set<String> capitals = new HashSet<>();
    final Map<String, Double> tf = new HashMap<>();
    final Cues cues;
    final boolean question;

    public Claim(DocData claim) {
      List<String> lower = new ArrayList<>();
      List<DocData.Tok> toks = claim.tokens();
      for (int i = 0; i < toks.size(); i++) {
        String w = toks.get(i).w();
        String l = Terms.lower(w);
        lower.add(l);
        if (Terms.isContent(l)) {
          String s = Terms.norm(l);
          stems.add(s);
          stemSet.add(s);
          tf.merge(s, 1.0, Double::sum);
          if (Character.isUpperCase(w.charAt(0)) && i > 0 && !isTitleCase(toks)) {
            capitals.add(s);
          }
        }
      }
      for (int i = 0; i + 1 < stems.size(); i++) {
        bigrams.add(stems.get(i) + " " + stems.get(i + 1));
      }
      cues = Cues.of(lower);
      question = lower.contains("?");
    }

    private static boolean isTitleCase(List<DocData.Tok> toks) {
      int words = 0;
      int caps = 0;
      for (DocData.Tok t : toks) {
        char c = t.w().charAt(0);
        if (Character.isLetter(c)) {
          words++;
          caps += Character.isUpperCase(c) ? 1 : 0;
        }
      }
      return words > 3 && caps > 0.7 * words;
    }
  }

  /** A body, prepared once (needs the IDF). */
  public static final class Body {
    final List<List<String>> sentLower = new ArrayList<>();
    final List<Map<String, Double>> sentVec = new ArrayList<>();
    final List<Double> sentNorm = new ArrayList<>();
    final List<Cues> sentCues = new ArrayList<>();
    final Map<String, Double> vec = new HashMap<>();
    final Map<String, Double> leadVec = new HashMap<>();
    final Set<String> leadStems = new HashSet<>();
    final Set<String> bigrams = new HashSet<>();
    final Map<String, Integer> firstSentence = new HashMap<>();
    final double norm;
    final double leadNorm;
    final int tokens;
    final Cues cues;
    final Cues leadCues;

    public Body(DocData body, Idf idf) {
      List<String> all = new ArrayList<>();
      List<String> lead = new ArrayList<>();
      int count = 0;
      String prev = null;
      for (int si = 0; si < body.sentences().size(); si++) {
        DocData.Sent s = body.sentences().get(si);
        List<String> lower = new ArrayList<>();
        Map<String, Double> v = new HashMap<>();
        for (DocData.Tok t : s.tokens()) {
          String l = Terms.lower(t.w());
          lower.add(l);
          count++;
          if (Terms.isContent(l)) {
            String st = Terms.norm(l);
            v.merge(st, idf.of(st), Double::sum);
            vec.merge(st, idf.of(st), Double::sum);
            firstSentence.putIfAbsent(st, si);
            if (si < LEAD) {
              leadVec.merge(st, idf.of(st), Double::sum);
              leadStems.add(st);
            }
            if (prev != null) {
              bigrams.add(prev + " " + st);
            }
            prev = st;
          }
        }
        sentLower.add(lower);
        sentVec.add(v);
        sentNorm.add(norm(v));
        sentCues.add(Cues.of(lower));
        all.addAll(lower);
        if (si < LEAD) {
          lead.addAll(lower);
        }
      }
      norm = norm(vec);
      leadNorm = norm(leadVec);
      tokens = count;
      cues = Cues.of(all);
      leadCues = Cues.of(lead);
    }

    public int sentences() {
      return sentLower.size();
    }
  }

  static double norm(Map<String, Double> v) {
    double s = 0;
    for (double x : v.values()) {
      s += x * x;
    }
    return Math.sqrt(s);
  }

  static Map<String, Double> claimVector(Claim c, Idf idf) {
    Map<String, Double> v = new HashMap<>();
    c.tf.forEach((s, n) -> v.put(s, n * idf.of(s)));
    return v;
  }

  static double cosine(Map<String, Double> a, double na, Map<String, Double> b, double nb) {
    if (na == 0 || nb == 0) {
      return 0;
    }
    double dot = 0;
    Map<String, Double> small = a.size() <= b.size() ? a : b;
    Map<String, Double> large = small == a ? b : a;
    for (Map.Entry<String, Double> e : small.entrySet()) {
      Double o = large.get(e.getKey());
      if (o != null) {
        dot += e.getValue() * o;
      }
    }
    return dot / (na * nb);
  }

  /** The cosine of the claim with each body sentence. */
  public static double[] sentenceCosines(Claim c, Body b, Idf idf) {
    Map<String, Double> cv = claimVector(c, idf);
    double cn = norm(cv);
    double[] out = new double[b.sentences()];
    for (int i = 0; i < out.length; i++) {
      out[i] = cosine(cv, cn, b.sentVec.get(i), b.sentNorm.get(i));
    }
    return out;
  }

  /** The indices of the {@code k} body sentences closest to the claim, closest first (only those with cosine > 0). */
  public static int[] topSentences(double[] cos, int k) {
    Integer[] idx = new Integer[cos.length];
    for (int i = 0; i < idx.length; i++) {
      idx[i] = i;
    }
    Arrays.sort(idx, (x, y) -> Double.compare(cos[y], cos[x]));
    return Arrays.stream(idx).limit(k).filter(i -> cos[i] > 0).mapToInt(Integer::intValue).toArray();
  }

  /** The feature vector of a pair (see {@link #NAMES}). */
  public static double[] of(Claim c, Body b, Idf idf) {
    Map<String, Double> cv = claimVector(c, idf);
    double cn = norm(cv);
    double[] sc = sentenceCosines(c, b, idf);
    int[] top = topSentences(sc, TOP);
    double maxCos = top.length > 0 ? sc[top[0]] : 0;
    double topMean = 0;
    for (int i : top) {
      topMean += sc[i];
    }
    topMean = top.length == 0 ? 0 : topMean / TOP;
    int matched = 0;
    int inLead = 0;
    double idfAll = 0;
    double idfMatched = 0;
    double unmatchedMax = 0;
    int firstMatch = Integer.MAX_VALUE;
    for (String s : c.stemSet) {
      double w = idf.of(s);
      idfAll += w;
      Integer first = b.firstSentence.get(s);
      if (first != null) {
        matched++;
        idfMatched += w;
        firstMatch = Math.min(firstMatch, first);
      } else {
        unmatchedMax = Math.max(unmatchedMax, w);
      }
      if (b.leadStems.contains(s)) {
        inLead++;
      }
    }
    int terms = c.stemSet.size();
    int bigramHits = 0;
    for (String bg : c.bigrams) {
      if (b.bigrams.contains(bg)) {
        bigramHits++;
      }
    }
    int capHits = 0;
    for (String cap : c.capitals) {
      if (b.firstSentence.containsKey(cap)) {
        capHits++;
      }
    }
    int related = 0;
    for (double v : sc) {
      if (v > 0.1) {
        related++;
      }
    }
    Cues topCues = Cues.of(joined(b, top));
    Cues top1 = top.length > 0 ? b.sentCues.get(top[0]) : Cues.of(List.of());
    int ns = Math.max(1, b.sentences());
    double firstPos = firstMatch == Integer.MAX_VALUE ? 1 : (double) firstMatch / ns;
    double cosFirst = b.sentences() > 0 ? sc[0] : 0;
    return new double[] {
        cosine(cv, cn, b.vec, b.norm),
        cosine(cv, cn, b.leadVec, b.leadNorm),
        cosFirst,
        maxCos,
        topMean,
        terms == 0 ? 0 : (double) matched / terms,
        idfAll == 0 ? 0 : idfMatched / idfAll,
        terms == 0 ? 0 : (double) inLead / terms,
        c.bigrams.isEmpty() ? 0 : (double) bigramHits / c.bigrams.size(),
        terms,
        Math.log1p(b.tokens),
        c.capitals.isEmpty() ? -1 : (double) capHits / c.capitals.size(),
        idfMatched,
        unmatchedMax,
        matched,
        firstPos,
        (double) related / ns,
        c.cues.refute(),
        c.cues.hedge(),
        c.question ? 1 : 0,
        c.cues.negation(),
        c.cues.polarity(),
        (double) b.cues.refute() / ns,
        (double) b.cues.hedge() / ns,
        (double) b.cues.confirm() / ns,
        (double) b.cues.negation() / ns,
        (double) b.cues.reporting() / ns,
        (double) b.cues.quotes() / ns,
        b.cues.polarity(),
        topCues.refute(),
        topCues.hedge(),
        topCues.confirm(),
        topCues.negation(),
        topCues.polarity(),
        topCues.reporting(),
        b.leadCues.refute(),
        b.leadCues.hedge(),
        c.cues.polarity() * b.cues.polarity(),
        top1.refute(),
        top1.negation(),
        top1.polarity(),
        maxCos
    };
  }

  private static List<String> joined(Body b, int[] sentences) {
    List<String> out = new ArrayList<>();
    for (int i : sentences) {
      out.addAll(b.sentLower.get(i));
      out.add(".");
    }
    return out;
  }
}
