package org.presslens.analyzers.stance.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.presslens.analyzers.stance.text.Terms;
import org.presslens.nlp.ParseNode;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;

/**
 * Who does what to whom, from the constituency parse of the shared NLP layer: the role of a mention in its clause.
 * A subject of an active verb is the {@link Role#AGENT}, a speaker when the verb is one of saying; the object of a
 * verb, the subject of a passive ("was fired"), the object of "against", "on", "at", "to", "for" and a possessor
 * whose thing is acted on are the {@link Role#PATIENT}: what happens to a patient is not the author's judgement of
 * it. Without a parse (a sentence over the parser's length cap) the role is {@link Role#OTHER}.
 */
final class Roles {

  /** A mention's role in its clause. */
  enum Role { AGENT, SPEAKER, PATIENT, OTHER }

  static final Set<String> SAYING = Set.of("say", "tell", "claim", "argue", "insist", "write", "add", "explain",
      "note", "warn", "suggest", "state", "announce", "declare", "ask", "reply", "respond", "admit", "deny",
      "according", "believe", "think", "call");
  private static final Set<String> BE = Set.of("be", "is", "was", "were", "been", "being", "are", "get", "got",
      "gets", "'s", "am");
  private static final Set<String> PATIENT_PREPOSITIONS = Set.of("against", "on", "at", "to", "for", "upon",
      "toward", "towards", "over");

  private Roles() {
  }

  /** The role of the mention covering tokens {@code [first, end)} of {@code s}. */
  static Role of(Sentence s, int first, int end) {
    ParseNode root = s.parse();
    if (root == null) {
      return Role.OTHER;
    }
    List<ParseNode> path = new ArrayList<>();
    if (!pathTo(root, first, end, path)) {
      return Role.OTHER;
    }
    // path: root .. the smallest node covering the mention; climb while the node is part of a noun phrase
    int k = path.size() - 1;
    while (k > 0 && path.get(k - 1).label().startsWith("NP")) {
      k--; // the noun phrase the mention heads, or that it possesses ("Maddie's house")
    }
    ParseNode np = path.get(k);
    if (k == 0) {
      return Role.OTHER;
    }
    ParseNode parent = path.get(k - 1);
    String pl = parent.label();
    if (pl.equals("VP")) {
      return Role.PATIENT;
    }
    if (pl.equals("PP")) {
      String prep = prepositionOf(s, parent);
      if (prep != null && PATIENT_PREPOSITIONS.contains(prep)) {
        return Role.PATIENT;
      }
      if ("by".equals(prep) && k >= 2 && path.get(k - 2).label().equals("VP")) {
        return Role.AGENT;
      }
      return Role.OTHER;
    }
    if (pl.equals("S") || pl.equals("SQ") || pl.equals("SINV")) {
      ParseNode vp = nextSibling(parent, np, "VP");
      if (vp == null) {
        return Role.OTHER;
      }
      if (passive(s, vp)) {
        return Role.PATIENT;
      }
      String verb = headVerbLemma(s, vp);
      return verb != null && SAYING.contains(verb) ? Role.SPEAKER : Role.AGENT;
    }
    return Role.OTHER;
  }

  private static boolean pathTo(ParseNode node, int first, int end, List<ParseNode> path) {
    if (node.firstToken() > first || node.endToken() < end) {
      return false;
    }
    path.add(node);
    for (ParseNode c : node.children()) {
      if (!c.isLeaf() && c.firstToken() <= first && c.endToken() >= end) {
        return pathTo(c, first, end, path);
      }
    }
    return true;
  }

  private static ParseNode nextSibling(ParseNode parent, ParseNode child, String label) {
    boolean after = false;
    for (ParseNode c : parent.children()) {
      if (c == child) {
        after = true;
      } else if (after && c.label().equals(label)) {
        return c;
      }
    }
    return null;
  }

  private static String prepositionOf(Sentence s, ParseNode pp) {
    for (ParseNode c : pp.children()) {
      if (c.label().equals("IN") || c.label().equals("TO")) {
        return Terms.lower(s.tokens().get(c.firstToken()).text());
      }
    }
    return null;
  }

  /** "was fired", "has been suspended", "got arrested": a form of be/get followed by a past participle. */
  static boolean passive(Sentence s, ParseNode vp) {
    ParseNode node = vp;
    boolean sawBe = false;
    for (int depth = 0; depth < 4 && node != null; depth++) {
      ParseNode next = null;
      for (ParseNode c : node.children()) {
        if (c.label().startsWith("VB") || c.label().equals("MD")) {
          Token t = s.tokens().get(c.firstToken());
          String w = Terms.lower(t.text());
          String lemma = t.lemma() == null ? w : Terms.lower(t.lemma());
          if (BE.contains(w) || lemma.equals("be") || lemma.equals("get")) {
            sawBe = true;
          } else if (c.label().equals("VBN") && sawBe) {
            return true;
          }
        } else if (c.label().equals("VP")) {
          next = c;
          break;
        }
      }
      node = next;
    }
    return false;
  }

  private static String headVerbLemma(Sentence s, ParseNode vp) {
    ParseNode node = vp;
    String last = null;
    for (int depth = 0; depth < 4 && node != null; depth++) {
      ParseNode next = null;
      for (ParseNode c : node.children()) {
        if (c.label().startsWith("VB")) {
          Token t = s.tokens().get(c.firstToken());
          last = t.lemma() == null ? Terms.lower(t.text()) : Terms.lower(t.lemma());
        } else if (c.label().equals("VP")) {
          next = c;
          break;
        }
      }
      node = next;
    }
    return last;
  }
}
