package org.presslens.analyzers.stance.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.presslens.analyzers.stance.text.Terms;
import org.presslens.model.Article;
import org.presslens.nlp.Token;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analysis.Voice;

/**
 * The dense features the {@link EntityStanceModel} decides from, for one target of one article: the author-voice
 * sentence scores split by the target's role (agent, patient, speaker: who does what to whom), by place (lead,
 * conclusion, the title), defence and attack frames and scare quotes near the target, how much of what is said about
 * it is quoted, how much evidence there is, the entity-level targeted sentiment and the target's type.
 */
final class StanceFeatures {

  /** Feature names, in order. */
  static final List<String> NAMES = List.of("pooled", "entitySentiment", "agent", "patient", "patientNegative",
      "speakerShare", "other", "lead", "conclusion", "title", "inTitle", "defence", "attack", "scareQuotes",
      "quotedShare", "logSentences", "strength", "positiveShare", "negativeShare", "person", "organization",
      "location", "otherType", "articleMean");

  /** Frames of defence and sympathy in the author's voice near the target. */
  static final Set<String> DEFENCE = Set.of("defend", "defended", "defending", "defence", "defense", "unfair",
      "unfairly", "unjust", "unjustly", "victim", "victims", "persecuted", "persecution", "wrongly", "scapegoat",
      "smear", "smeared", "bullied", "solidarity", "sympathy", "deserve", "deserves", "deserved", "courage",
      "courageous", "brave", "bravely", "heroic", "hero", "honorable", "honourable", "admire", "admirable", "praise",
      "support", "supported", "innocent", "mourn", "grief", "tragic", "tragedy", "targeted", "silenced",
      "punished", "fired", "killed", "murdered", "attacked", "suffered", "suffering", "discrimination");

  /** Frames of attack in the author's voice near the target. */
  static final Set<String> ATTACK = Set.of("hypocrisy", "hypocritical", "hypocrite", "failed", "fails", "failure",
      "refuses", "refused", "blame", "blamed", "responsible", "shameful", "disgrace", "disgraceful", "arrogant",
      "incompetent", "lies", "lied", "lying", "propaganda", "cynical", "cynically", "reckless", "pathetic", "absurd",
      "ridiculous", "must", "should", "ought", "demands", "excuse", "pretend", "pretends", "pretending", "spin",
      "rhetoric", "naive", "dishonest", "bizarre", "cowardly", "caved", "cave");

  private StanceFeatures() {
  }

  /** One scored author-voice sentence about the target. */
  record Sentence(org.presslens.nlp.Sentence sentence, double attribution, double score, Roles.Role role,
                  int paragraph, List<Integer> mentionTokens) {
  }

  /** The features of target {@code t} from its scored sentences. */
  static double[] of(Article article, Target t, List<Sentence> scored, double titleScore,
                     boolean inTitle, int quotedMentions, int allMentions, double articleMean,
                     boolean strongestPooled) {
    double[] f = new double[NAMES.size()];
    int paragraphs = article.paragraphs().size();
    double[] roleSum = new double[Roles.Role.values().length];
    int[] roleCount = new int[Roles.Role.values().length];
    double patientNegative = 0;
    double lead = 0;
    int leadN = 0;
    double conclusion = 0;
    int conclusionN = 0;
    double defence = 0;
    double attack = 0;
    double scare = 0;
    double strength = 0;
    int positive = 0;
    int negative = 0;
    double sum = 0;
    double weights = 0;
    double strongest = 0;
    for (Sentence s : scored) {
      double c = s.attribution() * s.score();
      strongest = Math.abs(c) > Math.abs(strongest) ? c : strongest;
      sum += c;
      weights += s.attribution();
      roleSum[s.role().ordinal()] += c;
      roleCount[s.role().ordinal()]++;
      if (s.role() == Roles.Role.PATIENT) {
        patientNegative += Math.min(0, s.score());
      }
      if (s.paragraph() >= 0 && s.paragraph() < 2) {
        lead += c;
        leadN++;
      }
      if (s.paragraph() >= 0 && s.paragraph() >= paragraphs - 2) {
        conclusion += c;
        conclusionN++;
      }
      List<String> lower = new ArrayList<>();
      for (Token tok : s.sentence().tokens()) {
        lower.add(Terms.lower(tok.text()));
      }
      defence += s.attribution() * near(lower, s.mentionTokens(), DEFENCE);
      if (s.role() != Roles.Role.PATIENT) {
        attack += s.attribution() * near(lower, s.mentionTokens(), ATTACK); // "should reinstate X" attacks not X
      }
      scare += s.attribution() * scareQuotes(article.text(), s.sentence());
      strength += s.attribution() * Math.abs(s.score());
      if (s.score() > 0.2) {
        positive++;
      } else if (s.score() < -0.2) {
        negative++;
      }
    }
    int n = scored.size();
    // entity-cues-3: the strongest sentence, as an annotator quotes the one telling sentence
    f[0] = strongestPooled ? strongest / 2 : sum / (weights + 1);
    f[1] = t.sentiment() == null ? 0 : t.sentiment();
    f[2] = roleSum[Roles.Role.AGENT.ordinal()] / (roleCount[Roles.Role.AGENT.ordinal()] + 1);
    f[3] = roleSum[Roles.Role.PATIENT.ordinal()] / (roleCount[Roles.Role.PATIENT.ordinal()] + 1);
    f[4] = patientNegative / (n + 1);
    f[5] = roleCount[Roles.Role.SPEAKER.ordinal()] / (double) (n + 1);
    f[6] = roleSum[Roles.Role.OTHER.ordinal()] / (roleCount[Roles.Role.OTHER.ordinal()] + 1);
    f[7] = lead / (leadN + 1);
    f[8] = conclusion / (conclusionN + 1);
    f[9] = titleScore;
    f[10] = inTitle ? 1 : 0;
    f[11] = defence / (n + 1);
    f[12] = attack / (n + 1);
    f[13] = scare / (n + 1);
    f[14] = allMentions == 0 ? 0 : quotedMentions / (double) allMentions;
    f[15] = Math.log1p(n);
    f[16] = strength / (n + 1);
    f[17] = positive / (double) (n + 1);
    f[18] = negative / (double) (n + 1);
    String type = t.type();
    f[19] = "PERSON".equals(type) ? 1 : 0;
    f[20] = "ORGANIZATION".equals(type) ? 1 : 0;
    f[21] = "LOCATION".equals(type) ? 1 : 0;
    f[22] = type == null || !(TargetSelection.TYPES.contains(type)) ? 1 : 0;
    f[23] = articleMean;
    return f;
  }

  /** Words of {@code frame} within 8 tokens of a mention (anywhere in the sentence without one), weighted by nearness. */
  static double near(List<String> lower, List<Integer> mentions, Set<String> frame) {
    double out = 0;
    for (int i = 0; i < lower.size(); i++) {
      if (!frame.contains(lower.get(i))) {
        continue;
      }
      if (mentions.isEmpty()) {
        out += 0.5;
        continue;
      }
      int d = Integer.MAX_VALUE;
      for (int m : mentions) {
        d = Math.min(d, Math.abs(m - i));
      }
      if (d <= 8) {
        out += 1 - d / 10.0;
      }
    }
    return out;
  }

  /** Short quoted spans (one to three words, no full clause) inside the sentence: the author's scare quotes. */
  static int scareQuotes(String text, org.presslens.nlp.Sentence s) {
    List<Token> tokens = s.tokens();
    int count = 0;
    for (int i = 0; i < tokens.size(); i++) {
      String w = tokens.get(i).text();
      if (!(w.equals("``") || w.equals("\"") || w.equals("“") || w.equals("‘") || w.equals("`"))) {
        continue;
      }
      for (int j = i + 2; j <= Math.min(tokens.size() - 1, i + 4); j++) {
        String e = tokens.get(j).text();
        if (e.equals("''") || e.equals("\"") || e.equals("”") || e.equals("’") || e.equals("'")) {
          count++;
          i = j;
          break;
        }
      }
    }
    return count;
  }

  /** Quoted and all mentions of the entities behind the target. */
  static int[] voices(EntitiesResult entities, Target t) {
    int quoted = 0;
    int all = 0;
    java.util.Set<org.presslens.model.Span> own = new java.util.HashSet<>(t.mentions());
    for (EntitiesResult.Entity e : entities.entities()) {
      for (EntitiesResult.Mention m : e.namingMentions()) {
        if (own.contains(new org.presslens.model.Span(m.begin(), m.end()))) {
          all++;
          if (m.voice() == Voice.QUOTED) {
            quoted++;
          }
        }
      }
    }
    return new int[] {quoted, all};
  }
}
