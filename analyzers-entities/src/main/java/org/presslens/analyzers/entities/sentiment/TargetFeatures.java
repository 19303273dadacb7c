package org.presslens.analyzers.entities.sentiment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.presslens.nlp.ParseNode;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.SentimentDistribution;
import org.presslens.nlp.Token;

/**
 * The features of one target (a token range of a sentence) for the targeted sentiment model, computed from the
 * shared NLP layer only: tokens, POS, lemmas, NER, the constituency parse and CoreNLP's sentiment distribution of
 * every parse node. Feature names are stable strings; values are counts or probabilities.
 *
 * <p>Groups: the sentiment of the sentence, of the target's own phrase, of its clause and of what the clause says
 * besides the target (the target's siblings along the path to the clause); polar words (by CoreNLP's word-level
 * sentiment) left and right of the target by distance, in and out of the clause, with negation; lemmas in windows and
 * in the clause; the target's grammatical role (subject, object, in a prepositional phrase, possessor) with the
 * governing verb; the target's own words and entity type; quotation (target inside a quote, sentence with a quote,
 * a verb of saying next to the target).
 */
public final class TargetFeatures {

  private static final Set<String> NEGATIONS = Set.of("not", "n't", "no", "never", "nobody", "nothing", "none",
      "neither", "nor", "without", "hardly", "cannot", "lack", "lacks", "lacked");
  static final Set<String> CLAUSES = Set.of("S", "SINV", "SQ", "SBAR", "SBARQ", "ROOT", "FRAG");
  private static final Set<String> QUOTE_CHARS = Set.of("\"", "\u201C", "\u201D", "``", "''", "\u00AB", "\u00BB");

  private TargetFeatures() {
  }

  /**
   * The features of tokens {@code [first, end)} of {@code sentence}.
   *
   * @param quoted whether the target lies inside quoted speech as the article's quotation marks show (a quote may
   *               span several sentences); quotation marks inside the sentence are looked at in any case
   */
  public static Map<String, Double> extract(Sentence sentence, int first, int end, boolean quoted) {
    Map<String, Double> f = new LinkedHashMap<>();
    List<Token> tokens = sentence.tokens();
    int n = tokens.size();
    first = Math.max(0, Math.min(first, n - 1));
    end = Math.max(first + 1, Math.min(end, n));
    f.put("bias", 1.0);

    // --- sentence-level sentiment
    SentimentDistribution sent = sentence.sentiment();
    dist(f, "sent", sent);

    // --- target's words and type
    String head = null;
    boolean pronoun = false;
    for (int i = first; i < end; i++) {
      Token t = tokens.get(i);
      String w = lower(t.text());
      add(f, "tw:" + w, 1);
      if (t.pos() != null && t.pos().startsWith("PRP")) {
        pronoun = true;
      }
      if (t.ner() != null && !"O".equals(t.ner())) {
        head = t.ner();
      }
    }
    add(f, "tner:" + (head == null ? "O" : head), 1);
    if (pronoun) {
      add(f, "tpron", 1);
    }
    add(f, first == 0 ? "tpos:start" : end == n || end == n - 1 ? "tpos:end" : "tpos:mid", 1);
    add(f, "len:" + bucket(n, 10, 20, 35, 50), 1);

    // --- quotation
    int quotesBefore = 0;
    int quotesTotal = 0;
    for (int i = 0; i < n; i++) {
      if (QUOTE_CHARS.contains(tokens.get(i).text())) {
        quotesTotal++;
        if (i < first) {
          quotesBefore++;
        }
      }
    }
    boolean inQuote = quoted || quotesBefore % 2 == 1;
    if (inQuote) {
      add(f, "q:target", 1);
    }
    if (quotesTotal > 0) {
      add(f, "q:sentence", 1);
    }

    // --- word-level polarity, negation, lemmas
    int[] polarity = new int[n];
    ParseNode root = sentence.parse();
    List<ParseNode> leaves = new ArrayList<>();
    if (root != null) {
      leaves(root, leaves);
    }
    double[] leafScore = new double[n];
    for (ParseNode leaf : leaves) {
      if (leaf.sentiment() != null && leaf.firstToken() < n) {
        polarity[leaf.firstToken()] = leaf.sentiment().argmax() - 2;
        leafScore[leaf.firstToken()] = leaf.sentiment().score();
      }
    }
    List<ParseNode> path = root == null ? List.of() : pathTo(root, first, end);
    ParseNode clause = null;
    for (int i = path.size() - 1; i >= 0; i--) {
      if (CLAUSES.contains(base(path.get(i).label())) && !(path.get(i).firstToken() == first
          && path.get(i).endToken() == end)) {
        clause = path.get(i);
        break;
      }
    }
    int clauseBegin = clause == null ? 0 : clause.firstToken();
    int clauseEnd = clause == null ? n : clause.endToken();
    boolean clauseNegated = false;
    double leftPolar = 0;
    double rightPolar = 0;
    int nearestPolarDistance = Integer.MAX_VALUE;
    int nearestPolarity = 0;
    for (int i = 0; i < n; i++) {
      if (i >= first && i < end) {
        continue;
      }
      Token t = tokens.get(i);
      String lemma = lemma(t);
      boolean word = Character.isLetterOrDigit(t.text().charAt(0));
      boolean inClause = i >= clauseBegin && i < clauseEnd;
      int distance = i < first ? first - i : i - end + 1;
      String side = i < first ? "L" : "R";
      if (NEGATIONS.contains(lemma) || NEGATIONS.contains(lower(t.text()))) {
        add(f, "neg:" + (inClause ? "clause" : "out"), 1);
        if (inClause) {
          clauseNegated = true;
        }
      }
      if (distance == 1) {
        add(f, side + "1:" + lemma, 1);
        int next = i < first ? i - 1 : i + 1;
        if (next >= 0 && next < n && (next < first || next >= end)) {
          add(f, side + "2g:" + (i < first ? lemma(tokens.get(next)) + "_" + lemma : lemma + "_"
              + lemma(tokens.get(next))), 1);
        }
      }
      if (word && !Stop.WORDS.contains(lemma)) {
        if (inClause) {
          add(f, "c:" + lemma, 1);
        }
        if (distance <= 3) {
          add(f, side + "3:" + lemma, 1);
        } else if (distance <= 8) {
          add(f, side + "8:" + lemma, 1);
        }
      }
      if (leafScore[i] != 0) {
        double w = 1.0 / (1 + 0.25 * distance);
        add(f, "leaf:" + side + (inClause ? ":in" : ":out"), leafScore[i] * w);
      }
      int p = polarity[i];
      if (p != 0) {
        String sign = p > 0 ? "+" : "-";
        double weight = 1.0 / (1 + 0.25 * distance);
        add(f, "pol:" + sign + (inClause ? ":in" : ":out"), 1);
        add(f, "pol:" + sign + ":" + side + bucket(distance, 1, 3, 6, 10), 1);
        add(f, "polw:" + sign, weight);
        if (Math.abs(p) == 2) {
          add(f, "pol:strong" + sign, 1);
        }
        if (i < first) {
          leftPolar += p * weight;
        } else {
          rightPolar += p * weight;
        }
        if (distance < nearestPolarDistance) {
          nearestPolarDistance = distance;
          nearestPolarity = p;
        }
      }
    }
    f.put("polsum:L", leftPolar);
    f.put("polsum:R", rightPolar);
    if (nearestPolarity != 0) {
      String sign = nearestPolarity > 0 ? "+" : "-";
      add(f, "nearest:" + sign, 1);
      if (clauseNegated) {
        add(f, "nearest:negated" + sign, 1);
      }
      if (inQuote) {
        add(f, "nearest:quoted" + sign, 1);
      }
    }
    if (clauseNegated) {
      add(f, "neg:any", 1);
    }

    // --- parse: the target's phrase, its context in the clause, its role
    if (root != null) {
      ParseNode own = path.get(path.size() - 1);
      dist(f, "own", own.sentiment());
      if (path.size() >= 2) {
        dist(f, "parent", path.get(path.size() - 2).sentiment());
      }
      if (clause != null) {
        dist(f, "clause", clause.sentiment());
      }
      contextDistribution(f, path, clause);
      RoleFeatures.add(f, tokens, path, first, end);
    } else {
      add(f, "noparse", 1);
    }
    return f;
  }

  /** The sentiment of what surrounds the target up to its clause: the siblings along the path, token-weighted. */
  private static void contextDistribution(Map<String, Double> f, List<ParseNode> path, ParseNode clause) {
    double[] sum = new double[SentimentDistribution.CLASSES];
    double weight = 0;
    int lowestClause = clause == null ? 0 : path.indexOf(clause);
    for (int i = path.size() - 1; i > Math.max(0, lowestClause) - 1 && i > 0; i--) {
      ParseNode parent = path.get(i - 1);
      ParseNode child = path.get(i);
      if (i - 1 < lowestClause) {
        break;
      }
      for (ParseNode sibling : parent.children()) {
        if (sibling == child || sibling.sentiment() == null || isPunctuation(sibling.label())) {
          continue;
        }
        double w = sibling.endToken() - sibling.firstToken();
        for (int k = 0; k < sum.length; k++) {
          sum[k] += w * sibling.sentiment().probabilities().get(k);
        }
        weight += w;
      }
    }
    if (weight > 0) {
      double score = 0;
      for (int k = 0; k < sum.length; k++) {
        sum[k] /= weight;
        f.put("ctx:p" + k, sum[k]);
        score += sum[k] * (k - 2);
      }
      f.put("ctx:score", score / 2);
      add(f, "ctx:sign:" + (score / 2 > 0.1 ? "+" : score / 2 < -0.1 ? "-" : "0"), 1);
    }
  }

  /** The chain of nodes from the root down to the smallest node covering {@code [first, end)}. */
  static List<ParseNode> pathTo(ParseNode root, int first, int end) {
    List<ParseNode> path = new ArrayList<>();
    ParseNode node = root;
    path.add(node);
    boolean descended = true;
    while (descended) {
      descended = false;
      for (ParseNode child : node.children()) {
        if (child.firstToken() <= first && end <= child.endToken()) {
          node = child;
          path.add(child);
          descended = true;
          break;
        }
      }
    }
    return path;
  }

  private static void leaves(ParseNode node, List<ParseNode> out) {
    if (node.isLeaf()) {
      out.add(node);
    } else {
      node.children().forEach(c -> leaves(c, out));
    }
  }

  static void dist(Map<String, Double> f, String prefix, SentimentDistribution d) {
    if (d == null) {
      add(f, prefix + ":none", 1);
      return;
    }
    for (int k = 0; k < SentimentDistribution.CLASSES; k++) {
      f.put(prefix + ":p" + k, d.probabilities().get(k));
    }
    f.put(prefix + ":score", d.score());
    add(f, prefix + ":cls" + d.argmax(), 1);
  }

  private static boolean isPunctuation(String label) {
    return !label.isEmpty() && !Character.isLetter(label.charAt(0));
  }

  static String base(String label) {
    String l = label.startsWith("@") ? label.substring(1) : label;
    int dash = l.indexOf('-');
    return dash > 0 ? l.substring(0, dash) : l;
  }

  static String lemma(Token t) {
    return lower(t.lemma() != null ? t.lemma() : t.text());
  }

  private static String lower(String s) {
    return s.toLowerCase(Locale.ROOT).replace('\t', ' ').replace('\n', ' ');
  }

  private static String bucket(int v, int... bounds) {
    for (int b : bounds) {
      if (v <= b) {
        return "<=" + b;
      }
    }
    return ">" + bounds[bounds.length - 1];
  }

  static void add(Map<String, Double> f, String name, double value) {
    f.merge(name, value, Double::sum);
  }
}
