package org.presslens.testing;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.presslens.model.Article;
import org.presslens.model.Paragraph;
import org.presslens.nlp.EntityMention;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.ParseNode;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.SentimentDistribution;
import org.presslens.nlp.Token;

/**
 * A fast, deterministic, thread-safe {@link NlpEngine} for tests: no models, no CoreNLP.
 *
 * <ul>
 *   <li><b>TOKENS</b>: within each paragraph of the article (or each blank-line-separated block when the article has
 *       no paragraphs), a token is a run of letters/digits (with inner apostrophes, hyphens and dots between digits)
 *       or one other non-space char. A sentence ends after {@code .}, {@code !} or {@code ?} and at the paragraph end,
 *       so sentences never cross paragraphs.</li>
 *   <li><b>POS</b>: {@code .} for punctuation, {@code CD} for numbers, {@code NNP} for capitalised words, {@code RB}
 *       for words ending in "ly", else {@code NN}.</li>
 *   <li><b>LEMMA</b>: the lower-cased token.</li>
 *   <li><b>NER</b>: {@code NUMBER} for numbers, {@code ORGANIZATION} for all-caps words of 2+ letters,
 *       {@code PERSON} for other capitalised words that do not start their sentence, else {@code O}; a mention is a
 *       maximal run of tokens with one non-{@code O} type.</li>
 *   <li><b>PARSE</b>: a flat tree {@code ROOT -> S -> one leaf per token} (leaf label = POS tag).</li>
 *   <li><b>SENTIMENT</b>: words of {@link #POSITIVE_WORDS} count +1, of {@link #NEGATIVE_WORDS} -1; the class is
 *       {@code 2 + clamp(sum, -2, 2)} with probability 0.6, the other four classes 0.1 each; on every parse node.</li>
 * </ul>
 * Layers that were not requested (after {@link NlpLayer#closure()}) stay {@code null} on tokens and sentences.
 * Every call is counted and its requested layer set recorded (as passed, before closure). It consumes no layer; its
 * name, {@value #NAME}, can be changed with {@link #named}, its language, English, with {@link #forLanguages}.
 */
public final class FakeNlpEngine implements NlpEngine {

  /** Words the fake sentiment layer scores +1 (lower-case). */
  public static final Set<String> POSITIVE_WORDS =
      Set.of("good", "great", "excellent", "praised", "success", "welcome", "welcomed", "happy", "strong");
  /** Words the fake sentiment layer scores -1 (lower-case). */
  public static final Set<String> NEGATIVE_WORDS =
      Set.of("bad", "terrible", "awful", "failed", "failure", "crisis", "criticised", "weak", "angry");

  /** The fake's name, unless {@linkplain #named renamed}. */
  public static final String NAME = "fake";

  private final String name;
  private final Set<NlpLayer<?>> supported;
  private final Set<String> languages;
  private final RuntimeException failure;
  private final AtomicInteger calls = new AtomicInteger();
  private final List<Set<NlpLayer<?>>> requested = new CopyOnWriteArrayList<>();
  private final List<String> articleIds = new CopyOnWriteArrayList<>();

  /** An engine named {@value #NAME} that produces every built-in layer, for English. */
  public FakeNlpEngine() {
    this(NAME, NlpLayer.BUILT_IN, Set.of("en"), null);
  }

  private FakeNlpEngine(String name, Collection<NlpLayer<?>> supported, Set<String> languages,
                        RuntimeException failure) {
    this.name = name;
    this.supported = Set.copyOf(supported);
    this.languages = Set.copyOf(languages);
    this.failure = failure;
  }

  /** An engine that produces only {@code layers} (built-in ones); {@link #annotate} rejects the others. */
  public static FakeNlpEngine supporting(NlpLayer<?> first, NlpLayer<?>... more) {
    List<NlpLayer<?>> layers = new ArrayList<>(List.of(more));
    layers.add(first);
    return new FakeNlpEngine(NAME, layers, Set.of("en"), null);
  }

  /** An engine whose {@link #annotate} always throws {@code failure} (after counting the call). */
  public static FakeNlpEngine failingWith(RuntimeException failure) {
    return new FakeNlpEngine(NAME, NlpLayer.BUILT_IN, Set.of("en"), Objects.requireNonNull(failure));
  }

  /** This engine under another name (a fresh engine with no recorded calls): to test a choice among engines. */
  public FakeNlpEngine named(String otherName) {
    return new FakeNlpEngine(otherName, supported, languages, failure);
  }

  /** This engine for other languages (a fresh engine with no recorded calls); none means any language. */
  public FakeNlpEngine forLanguages(String... codes) {
    return new FakeNlpEngine(name, supported, Set.of(codes), failure);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public Set<NlpLayer<?>> produces() {
    return supported;
  }

  @Override
  public Set<String> languages() {
    return languages;
  }

  /** How many times {@link #annotate} was called. */
  public int annotateCount() {
    return calls.get();
  }

  /** The layer sets passed to {@link #annotate}, in call order (unordered between concurrent calls). */
  public List<Set<NlpLayer<?>>> requestedLayers() {
    return List.copyOf(requested);
  }

  /** The ids of the articles passed to {@link #annotate}, in call order. */
  public List<String> annotatedArticleIds() {
    return List.copyOf(articleIds);
  }

  /** Forgets the recorded calls. */
  public void reset() {
    calls.set(0);
    requested.clear();
    articleIds.clear();
  }

  @Override
  public NlpDocument annotate(Article article, NlpDocument input, Set<NlpLayer<?>> layers) {
    calls.incrementAndGet();
    requested.add(Set.copyOf(layers));
    articleIds.add(article.id());
    if (failure != null) {
      throw failure;
    }
    Set<NlpLayer<?>> all = NlpLayer.closure(layers);
    if (!supported.containsAll(all)) {
      Set<NlpLayer<?>> missing = new TreeSet<>(NlpLayer.BY_ID);
      missing.addAll(all);
      missing.removeAll(supported);
      throw new IllegalArgumentException("FakeNlpEngine does not support " + missing);
    }
    if (all.isEmpty()) {
      return NlpDocument.EMPTY;
    }
    String text = article.text();
    List<Sentence> sentences = new ArrayList<>();
    List<EntityMention> mentions = new ArrayList<>();
    for (int[] block : blocks(article)) {
      for (List<int[]> sentenceTokens : sentences(text, block[0], block[1])) {
        int index = sentences.size();
        Sentence sentence = sentence(text, index, sentenceTokens, all);
        sentences.add(sentence);
        if (all.contains(NlpLayer.NER)) {
          mentions.addAll(mentions(text, sentence));
        }
      }
    }
    return new NlpDocument(all, sentences, mentions);
  }

  /** The [begin, end) blocks sentences are found in: the paragraphs, or blank-line-separated runs of the text. */
  private static List<int[]> blocks(Article article) {
    List<int[]> blocks = new ArrayList<>();
    List<Paragraph> paragraphs = article.paragraphs();
    if (!paragraphs.isEmpty()) {
      paragraphs.forEach(p -> blocks.add(new int[] {p.begin(), p.end()}));
      return blocks;
    }
    String text = article.text();
    int begin = 0;
    while (begin <= text.length()) {
      int sep = text.indexOf(Article.PARAGRAPH_SEPARATOR, begin);
      int end = sep < 0 ? text.length() : sep;
      blocks.add(new int[] {begin, end});
      if (sep < 0) {
        break;
      }
      begin = sep + Article.PARAGRAPH_SEPARATOR.length();
    }
    return blocks;
  }

  private static List<List<int[]>> sentences(String text, int begin, int end) {
    List<List<int[]>> sentences = new ArrayList<>();
    List<int[]> current = new ArrayList<>();
    int i = begin;
    while (i < end) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int tokenEnd;
      if (Character.isLetterOrDigit(c)) {
        tokenEnd = i + 1;
        while (tokenEnd < end) {
          char d = text.charAt(tokenEnd);
          if (Character.isLetterOrDigit(d)) {
            tokenEnd++;
          } else if ((d == '\'' || d == '’' || d == '-' || (d == '.' || d == ',') && Character.isDigit(c))
              && tokenEnd + 1 < end && Character.isLetterOrDigit(text.charAt(tokenEnd + 1))) {
            tokenEnd += 2;
          } else {
            break;
          }
        }
      } else {
        tokenEnd = i + Character.charCount(text.codePointAt(i));
      }
      current.add(new int[] {i, tokenEnd});
      if (c == '.' || c == '!' || c == '?') {
        sentences.add(current);
        current = new ArrayList<>();
      }
      i = tokenEnd;
    }
    if (!current.isEmpty()) {
      sentences.add(current);
    }
    return sentences;
  }

  private static Sentence sentence(String text, int index, List<int[]> spans, Set<NlpLayer<?>> layers) {
    List<Token> tokens = new ArrayList<>();
    for (int t = 0; t < spans.size(); t++) {
      int b = spans.get(t)[0];
      int e = spans.get(t)[1];
      String word = text.substring(b, e);
      String pos = layers.contains(NlpLayer.POS) ? pos(word) : null;
      String lemma = layers.contains(NlpLayer.LEMMA) ? word.toLowerCase(Locale.ROOT) : null;
      String ner = layers.contains(NlpLayer.NER) ? ner(word, t == 0) : null;
      tokens.add(new Token(b, e, word, pos, lemma, ner));
    }
    ParseNode parse = null;
    SentimentDistribution sentiment = null;
    if (layers.contains(NlpLayer.PARSE)) {
      boolean withSentiment = layers.contains(NlpLayer.SENTIMENT);
      List<ParseNode> leaves = new ArrayList<>();
      for (int t = 0; t < tokens.size(); t++) {
        Token token = tokens.get(t);
        leaves.add(new ParseNode(token.pos() != null ? token.pos() : pos(token.text()), t, t + 1, List.of(),
            withSentiment ? distribution(score(token.text())) : null));
      }
      int total = 0;
      for (Token token : tokens) {
        total += score(token.text());
      }
      sentiment = withSentiment ? distribution(total) : null;
      ParseNode s = new ParseNode("S", 0, tokens.size(), leaves, sentiment);
      parse = new ParseNode("ROOT", 0, tokens.size(), List.of(s), sentiment);
    }
    int begin = spans.get(0)[0];
    int end = spans.get(spans.size() - 1)[1];
    return new Sentence(index, begin, end, tokens, parse, sentiment, false);
  }

  private static List<EntityMention> mentions(String text, Sentence sentence) {
    List<EntityMention> mentions = new ArrayList<>();
    List<Token> tokens = sentence.tokens();
    int t = 0;
    while (t < tokens.size()) {
      String type = tokens.get(t).ner();
      if ("O".equals(type)) {
        t++;
        continue;
      }
      int first = t;
      while (t < tokens.size() && type.equals(tokens.get(t).ner())) {
        t++;
      }
      int begin = tokens.get(first).begin();
      int end = tokens.get(t - 1).end();
      mentions.add(new EntityMention(begin, end, text.substring(begin, end), type, sentence.index(), first, t));
    }
    return mentions;
  }

  static String pos(String word) {
    char c = word.charAt(0);
    if (!Character.isLetterOrDigit(c)) {
      return ".";
    }
    if (Character.isDigit(c)) {
      return "CD";
    }
    if (Character.isUpperCase(c)) {
      return "NNP";
    }
    return word.endsWith("ly") ? "RB" : "NN";
  }

  static String ner(String word, boolean sentenceStart) {
    char c = word.charAt(0);
    if (Character.isDigit(c)) {
      return "NUMBER";
    }
    if (word.length() >= 2 && word.chars().allMatch(Character::isLetter)
        && word.equals(word.toUpperCase(Locale.ROOT))) {
      return "ORGANIZATION";
    }
    if (Character.isUpperCase(c) && !sentenceStart) {
      return "PERSON";
    }
    return "O";
  }

  private static int score(String word) {
    String w = word.toLowerCase(Locale.ROOT);
    return POSITIVE_WORDS.contains(w) ? 1 : NEGATIVE_WORDS.contains(w) ? -1 : 0;
  }

  private static SentimentDistribution distribution(int score) {
    int cls = 2 + Math.max(-2, Math.min(2, score));
    List<Double> p = new ArrayList<>();
    for (int i = 0; i < SentimentDistribution.CLASSES; i++) {
      p.add(i == cls ? 0.6 : 0.1);
    }
    return new SentimentDistribution(p);
  }
}
