package org.presslens.analyzers.stance.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.presslens.analysis.QuoteSpans;
import org.presslens.analysis.SpanIndex;
import org.presslens.analysis.Voice;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.analyzers.entities.api.EntitiesResult.MentionKind;
import org.presslens.analyzers.stance.text.Terms;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.model.Span;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;

/**
 * {@link EntityStances} looks sentences, paragraphs, mentions and entity names up through indexes, so that its time is
 * linear in the article's length. These checks compare it, on random articles, targets and entities, with the
 * straightforward definitions it replaced (scans of every paragraph, mention, target and entity; kept below as the
 * reference, feeding the same rules): the same groups and ranks, the same attributed sentences, the same sentence
 * scores.
 */
class EntityStancesLookupTest {

  private static final String[] WORDS = {"Ann", "Lee", "Bo", "Kim", "Mayor", "mayor", "the", "The", "he", "she",
      "it", "this", "That", "said", "good", "failed", "bad", "council", "President", "president", "but", "\"", "of",
      "great", "not", "his", "its", "Mr"};
  private static final String[] NAMES = {"Ann", "Lee", "Bo", "Kim", "Mr", "President", "of", "the", "Smith", "Park",
      "Ann's"};
  private static final String[] TYPES = {"PERSON", "PERSON", "ORGANIZATION", "LOCATION", "MISC"};

  /** An article of random sentences and their tokens. */
  private record Doc(Article article, List<Sentence> sentences, List<Token> tokens) {
  }

  @Test
  void attributionIsThatOfTheScans() {
    Random random = new Random(11L);
    int attributed = 0;
    for (int round = 0; round < 300; round++) {
      Doc doc = randomDoc(random);
      List<Target> all = new ArrayList<>();
      int n = 1 + random.nextInt(8);
      for (int i = 0; i < n; i++) {
        all.add(randomTarget(random, doc, i));
      }
      for (int k = 0; k < 3; k++) {
        // a target of the list, or one outside it
        Target t = k < 2 ? all.get(random.nextInt(all.size())) : randomTarget(random, doc, random.nextInt(9));
        Map<Integer, Double> expected = Reference.attribute(doc.article(), doc.sentences(), t, all);
        Map<Integer, Double> actual = VoiceAttribution.attribute(doc.article(), doc.sentences(), t, all);
        assertThat(actual.entrySet()).as("%s of %s in %s", t, all, doc.article().text())
            .containsExactlyElementsOf(expected.entrySet());
        attributed += expected.size();
      }
    }
    assertThat(attributed).as("sentences are attributed").isGreaterThan(1_000);
  }

  @Test
  void sentenceScoresAreThoseOfTheScans() {
    Random random = new Random(12L);
    int nonZero = 0;
    for (int round = 0; round < 200; round++) {
      Doc doc = randomDoc(random);
      QuoteSpans quotes = QuoteSpans.of(doc.article());
      Target t = randomTarget(random, doc, 0);
      SpanIndex mentions = SpanIndex.of(t.mentions());
      for (Sentence s : doc.sentences()) {
        Double sentiment = random.nextBoolean() ? null : random.nextDouble() * 2 - 1;
        double expected = Reference.score(s, t, quotes, sentiment);
        assertThat(CueScoring.score(s, mentions, quotes, sentiment)).isEqualTo(expected);
        nonZero += expected != 0 ? 1 : 0;
      }
    }
    assertThat(nonZero).as("sentences with a score").isGreaterThan(300);
  }

  @Test
  void groupsAndTargetsAreThoseOfThePairwiseComparison() {
    Random random = new Random(13L);
    int merged = 0;
    for (int round = 0; round < 300; round++) {
      List<EntitiesResult.Entity> entities = new ArrayList<>();
      int n = random.nextInt(30);
      for (int i = 0; i < n; i++) {
        entities.add(randomEntity(random, i));
      }
      EntityStances.Input in = new EntityStances.Input(null, null, new EntitiesResult(entities), null);
      List<Target> expected = Reference.salient(entities, 1000);
      assertThat(TargetSelection.ranked(in, 1000)).as("%s", entities).containsExactlyElementsOf(expected);
      assertThat(TargetSelection.ranked(in, 3)).containsExactlyElementsOf(expected.subList(0, Math.min(3,
          expected.size())));
      merged += (int) entities.stream().filter(e -> e.mentions().size() > 0).count() - expected.size();
    }
    assertThat(merged).as("entities joined a group").isGreaterThan(200);
  }

  // ---------------------------------------------------------------- random inputs

  private static Doc randomDoc(Random random) {
    Article.Builder b = Article.builder().language("en");
    List<List<String>> paragraphs = new ArrayList<>();
    int count = 1 + random.nextInt(5);
    for (int p = 0; p < count; p++) {
      List<String> sentences = new ArrayList<>();
      int s = 1 + random.nextInt(4);
      for (int i = 0; i < s; i++) {
        List<String> words = new ArrayList<>();
        int w = 1 + random.nextInt(9);
        for (int k = 0; k < w; k++) {
          words.add(WORDS[random.nextInt(WORDS.length)]);
        }
        sentences.add(String.join(" ", words) + " .");
      }
      paragraphs.add(sentences);
      b.paragraph(String.join(" ", sentences));
    }
    Article article = b.build();
    List<Sentence> sentences = new ArrayList<>();
    List<Token> all = new ArrayList<>();
    List<Paragraph> ps = article.paragraphs();
    for (int p = 0; p < ps.size(); p++) {
      int at = ps.get(p).begin();
      for (String sentence : paragraphs.get(p)) {
        List<Token> tokens = new ArrayList<>();
        for (String word : sentence.split(" ")) {
          tokens.add(new Token(at, at + word.length(), word, "NN", word.toLowerCase(Locale.ROOT), "O"));
          at += word.length() + 1;
        }
        sentences.add(new Sentence(sentences.size(), tokens.get(0).begin(), tokens.get(tokens.size() - 1).end(),
            tokens, null, null, false));
        all.addAll(tokens);
      }
    }
    return new Doc(article, sentences, all);
  }

  /** Mentions: runs of one to three tokens, now and then a span across a sentence end or a token's edge. */
  private static Target randomTarget(Random random, Doc doc, int id) {
    List<Span> mentions = new ArrayList<>();
    int n = random.nextInt(6);
    for (int i = 0; i < n; i++) {
      int first = random.nextInt(doc.tokens().size());
      int last = Math.min(doc.tokens().size() - 1, first + random.nextInt(random.nextInt(8) == 0 ? 12 : 3));
      int begin = doc.tokens().get(first).begin();
      int end = doc.tokens().get(last).end();
      // now and then inside a token: a name the tokenizer glued to a word
      begin += random.nextInt(4) == 0 && end - begin > 1 ? 1 : 0;
      end -= random.nextInt(4) == 0 && end - begin > 1 ? 1 : 0;
      mentions.add(new Span(begin, end));
    }
    mentions.sort(Comparator.naturalOrder());
    String type = random.nextInt(6) == 0 ? null : TYPES[random.nextInt(TYPES.length)];
    String entityId = random.nextInt(4) == 0 ? null : "e" + (id % 5);
    return new Target("t" + id, entityId, type, mentions, null, 0);
  }

  private static EntitiesResult.Entity randomEntity(Random random, int i) {
    List<String> words = new ArrayList<>();
    int n = 1 + random.nextInt(4);
    for (int k = 0; k < n; k++) {
      words.add(NAMES[random.nextInt(NAMES.length)]);
    }
    List<EntitiesResult.Mention> mentions = new ArrayList<>();
    int m = random.nextInt(5);
    for (int k = 0; k < m; k++) {
      int b = random.nextInt(500);
      mentions.add(new EntitiesResult.Mention(b, b + 1 + random.nextInt(9), "x", MentionKind.NAME, Voice.AUTHOR));
    }
    EntitiesResult.EntitySentiment sentiment = random.nextBoolean() ? null
        : new EntitiesResult.EntitySentiment(null, random.nextInt(21) / 10.0 - 1, 0, random.nextInt(3));
    Double salience = random.nextInt(4) == 0 ? null : random.nextInt(5) / 4.0;
    return new EntitiesResult.Entity("e" + i, String.join(" ", words), TYPES[random.nextInt(TYPES.length)], null,
        salience, mentions, sentiment);
  }

  // ---------------------------------------------------------------- the straightforward definitions

  /** {@link EntityStances} before its lookups were indexed: every question a scan. */
  private static final class Reference {

    /** The facts attribution goes by, from scans; what it makes of them is shared with the code under test. */
    static Map<Integer, Double> attribute(Article article, List<Sentence> sentences, Target t, List<Target> all) {
      Set<String> ownTitles = VoiceAttribution.titlesOf(t, article.text());
      for (Target o : all) {
        if (o != t && !sameEntity(o, t)) {
          ownTitles.removeAll(VoiceAttribution.titlesOf(o, article.text()));
        }
      }
      VoiceAttribution.Facts facts = new VoiceAttribution.Facts(sentences.size());
      for (int i = 0; i < sentences.size(); i++) {
        Sentence s = sentences.get(i);
        facts.paragraph()[i] = paragraphOf(article.paragraphs(), s.begin());
        facts.mentions()[i] = mentions(t, s);
        for (Target o : all) {
          if (o != t && o.person() == t.person() && mentions(o, s) && !sameEntity(o, t)) {
            facts.other()[i] = true;
            break;
          }
        }
      }
      return VoiceAttribution.attribute(sentences, t, ownTitles, facts);
    }

    static boolean sameEntity(Target a, Target b) {
      if (a.entityId() != null && a.entityId().equals(b.entityId())) {
        return true;
      }
      for (Span x : a.mentions()) {
        for (Span y : b.mentions()) {
          if (x.overlaps(y)) {
            return true;
          }
        }
      }
      return false;
    }

    static int paragraphOf(List<Paragraph> paragraphs, int offset) {
      for (int i = 0; i < paragraphs.size(); i++) {
        if (offset >= paragraphs.get(i).begin() && offset < paragraphs.get(i).end()) {
          return i;
        }
      }
      return -1;
    }

    static boolean mentions(Target t, Sentence s) {
      for (Span m : t.mentions()) {
        if (m.begin() >= s.begin() && m.end() <= s.end()) {
          return true;
        }
      }
      return false;
    }

    /** The words, author's words and mention tokens of a sentence, from scans; scored by the shared formula. */
    static double score(Sentence s, Target t, QuoteSpans quotes, Double sentenceSentiment) {
      List<Token> tokens = s.tokens();
      int n = tokens.size();
      List<String> lower = new ArrayList<>(n);
      boolean[] author = new boolean[n];
      List<Integer> mentionTokens = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        Token tok = tokens.get(i);
        lower.add(Terms.lower(tok.text()));
        author[i] = quotedChars(quotes, new Span(tok.begin(), tok.end())) == 0;
        for (Span m : t.mentions()) {
          if (tok.begin() >= m.begin() && tok.end() <= m.end()) {
            mentionTokens.add(i);
            author[i] = false;
          }
        }
      }
      int quoted = 0;
      int total = 0;
      for (Token tok : tokens) {
        total += tok.end() - tok.begin();
        quoted += quotedChars(quotes, new Span(tok.begin(), tok.end()));
      }
      double sent = sentenceSentiment == null || total == 0 ? 0 : sentenceSentiment * (1 - (double) quoted / total);
      return CueScoring.score(lower, author, mentionTokens, sent);
    }

    static int quotedChars(QuoteSpans quotes, Span span) {
      int n = 0;
      for (Span q : quotes.spans()) {
        if (q.overlaps(span)) {
          n += Math.min(q.end(), span.end()) - Math.max(q.begin(), span.begin());
        }
      }
      return n;
    }

    /** A group: members, head first. */
    static List<List<EntitiesResult.Entity>> groups(List<EntitiesResult.Entity> entities) {
      List<EntitiesResult.Entity> candidates = new ArrayList<>();
      for (EntitiesResult.Entity e : entities) {
        if (TargetSelection.TYPES.contains(e.type()) && !TargetSelection.nameTokens(e.name()).isEmpty()
            && !e.namingMentions().isEmpty()) {
          candidates.add(e);
        }
      }
      candidates.sort(Comparator.comparingInt((EntitiesResult.Entity e) -> -TargetSelection.nameTokens(e.name()).size()));
      List<List<EntitiesResult.Entity>> groups = new ArrayList<>();
      for (EntitiesResult.Entity e : candidates) {
        List<String> k = TargetSelection.nameTokens(e.name());
        List<List<EntitiesResult.Entity>> hosts = new ArrayList<>();
        for (List<EntitiesResult.Entity> g : groups) {
          List<String> hk = TargetSelection.nameTokens(g.get(0).name());
          if (g.get(0).type().equals(e.type()) && hk.size() > k.size() && hk.containsAll(k)) {
            hosts.add(g);
          }
        }
        if (hosts.size() == 1) {
          hosts.get(0).add(e);
        } else {
          List<EntitiesResult.Entity> g = new ArrayList<>();
          g.add(e);
          groups.add(g);
        }
      }
      return groups;
    }

    static List<Target> salient(List<EntitiesResult.Entity> entities, int count) {
      List<List<EntitiesResult.Entity>> groups = groups(entities);
      groups.sort(Comparator.comparingDouble((List<EntitiesResult.Entity> g) -> -rank(g))
          .thenComparingInt(Reference::firstBegin));
      List<Target> out = new ArrayList<>();
      for (List<EntitiesResult.Entity> g : groups.subList(0, Math.min(count, groups.size()))) {
        out.add(target(g));
      }
      return out;
    }

    static double rank(List<EntitiesResult.Entity> members) {
      double salience = 0;
      boolean any = false;
      int mentions = 0;
      for (EntitiesResult.Entity e : members) {
        if (e.salience() != null) {
          salience += e.salience();
          any = true;
        }
        mentions += e.namingMentions().size();
      }
      double factor = TargetSelection.TYPE_WEIGHT.getOrDefault(members.get(0).type(), 0.5);
      return (any ? salience * 1000 + mentions * 1e-3 : mentions) * factor;
    }

    static int firstBegin(List<EntitiesResult.Entity> members) {
      return members.stream().flatMap(e -> e.namingMentions().stream()).mapToInt(EntitiesResult.Mention::begin).min()
          .orElse(Integer.MAX_VALUE);
    }

    static Target target(List<EntitiesResult.Entity> members) {
      List<Span> spans = new ArrayList<>();
      double sentimentSum = 0;
      int sentimentCount = 0;
      for (EntitiesResult.Entity e : members) {
        e.namingMentions().forEach(m -> spans.add(new Span(m.begin(), m.end())));
        if (e.sentiment() != null && e.sentiment().mentions() > 0) {
          sentimentSum += e.sentiment().score() * e.sentiment().mentions();
          sentimentCount += e.sentiment().mentions();
        }
      }
      spans.sort(Comparator.naturalOrder());
      EntitiesResult.Entity head = members.get(0);
      return new Target(head.name(), head.id(), head.type(), spans,
          sentimentCount == 0 ? null : sentimentSum / sentimentCount, rank(members));
    }
  }
}
