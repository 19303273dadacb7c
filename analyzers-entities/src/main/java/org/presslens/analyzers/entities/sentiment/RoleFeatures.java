package org.presslens.analyzers.entities.sentiment;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.presslens.nlp.ParseNode;
import org.presslens.nlp.Token;

/**
 * The target's grammatical role from the constituency parse, for {@link TargetFeatures}: possessor (with the possessed
 * noun), subject (with its head verb, passive, verb of saying, and its verb phrase's sentiment), object (with its
 * verb), in a prepositional phrase (with the preposition and verb), or else the label of the phrase it is in.
 */
final class RoleFeatures {

  static final Set<String> SAYING = Set.of("say", "tell", "claim", "argue", "insist", "write", "state",
      "add", "note", "explain", "declare", "announce", "warn", "accuse", "suggest", "ask", "report");

  private RoleFeatures() {
  }

  /** Adds the role features of the target {@code [first, end)} whose parse path is {@code path}. */
  static void add(Map<String, Double> f, List<Token> tokens, List<ParseNode> path, int first, int end) {
    // possessive: "X 's N"
    if (end < tokens.size() && "POS".equals(tokens.get(end).pos())) {
      TargetFeatures.add(f, "role:poss", 1);
      for (int i = end + 1; i < Math.min(tokens.size(), end + 4); i++) {
        if (tokens.get(i).pos() != null && tokens.get(i).pos().startsWith("NN")) {
          TargetFeatures.add(f, "possof:" + TargetFeatures.lemma(tokens.get(i)), 1);
          break;
        }
      }
    }
    // the lowest NP containing the target, and its parent
    int np = -1;
    for (int i = path.size() - 1; i >= 0; i--) {
      if (TargetFeatures.base(path.get(i).label()).equals("NP")) {
        np = i;
        // climb through NP-over-NP (e.g. "the president of X" keeps X's own NP; a possessive NP climbs)
        if (i > 0 && TargetFeatures.base(path.get(i - 1).label()).equals("NP") && path.get(i - 1).children().get(0)
            == path.get(i)) {
          continue;
        }
        break;
      }
    }
    if (np <= 0) {
      TargetFeatures.add(f, "role:none", 1);
      return;
    }
    ParseNode phrase = path.get(np);
    ParseNode parent = path.get(np - 1);
    String parentLabel = TargetFeatures.base(parent.label());
    List<ParseNode> siblings = parent.children();
    int at = siblings.indexOf(phrase);
    if (TargetFeatures.CLAUSES.contains(parentLabel)) {
      ParseNode vp = null;
      for (int k = at + 1; k < siblings.size(); k++) {
        if (TargetFeatures.base(siblings.get(k).label()).equals("VP")) {
          vp = siblings.get(k);
          break;
        }
      }
      if (vp != null) {
        TargetFeatures.add(f, "role:subj", 1);
        String verb = headVerb(tokens, vp);
        if (verb != null) {
          TargetFeatures.add(f, "subjverb:" + verb, 1);
          if (SAYING.contains(verb)) {
            TargetFeatures.add(f, "role:speaker", 1);
          }
        }
        boolean passive = hasPassive(tokens, vp);
        if (passive) {
          TargetFeatures.add(f, "role:subj:passive", 1);
        }
        TargetFeatures.dist(f, "vp", vp.sentiment());
        return;
      }
      TargetFeatures.add(f, "role:clause:" + parentLabel, 1);
      return;
    }
    if (parentLabel.equals("VP")) {
      TargetFeatures.add(f, "role:obj", 1);
      String verb = headVerb(tokens, parent);
      if (verb != null) {
        TargetFeatures.add(f, "objverb:" + verb, 1);
      }
      return;
    }
    if (parentLabel.equals("PP") && at > 0) {
      String prep = TargetFeatures.lemma(tokens.get(siblings.get(0).firstToken()));
      TargetFeatures.add(f, "role:pp:" + prep, 1);
      if (np >= 2) {
        ParseNode grand = path.get(np - 2);
        TargetFeatures.add(f, "role:pp:" + prep + ":" + TargetFeatures.base(grand.label()), 1);
        if (TargetFeatures.base(grand.label()).equals("VP")) {
          String verb = headVerb(tokens, grand);
          if (verb != null) {
            TargetFeatures.add(f, "ppverb:" + prep + ":" + verb, 1);
          }
        }
      }
      return;
    }
    TargetFeatures.add(f, "role:in:" + parentLabel, 1);
  }

  private static String headVerb(List<Token> tokens, ParseNode vp) {
    // the last verb of the VP's leading verb group ("has been accused" -> accuse)
    String verb = null;
    for (int i = vp.firstToken(); i < Math.min(vp.endToken(), vp.firstToken() + 6); i++) {
      Token t = tokens.get(i);
      if (t.pos() != null && (t.pos().startsWith("VB") || t.pos().equals("MD") || t.pos().equals("RB")
          || t.pos().equals("TO"))) {
        if (t.pos().startsWith("VB")) {
          verb = TargetFeatures.lemma(t);
        }
      } else {
        break;
      }
    }
    return verb;
  }

  private static boolean hasPassive(List<Token> tokens, ParseNode vp) {
    boolean be = false;
    for (int i = vp.firstToken(); i < Math.min(vp.endToken(), vp.firstToken() + 5); i++) {
      Token t = tokens.get(i);
      if ("be".equals(TargetFeatures.lemma(t)) || "get".equals(TargetFeatures.lemma(t))) {
        be = true;
      } else if (be && "VBN".equals(t.pos())) {
        return true;
      }
    }
    return false;
  }
}
