package org.presslens.training.entities;

import org.presslens.training.ml.Metrics;
import org.presslens.training.ml.ClassificationMetrics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.presslens.analyzers.entities.ConllTypes;
import org.presslens.analyzers.entities.EntitiesAnalyzerProvider;
import org.presslens.analyzers.entities.api.EntitiesResult;
import org.presslens.model.Article;
import org.presslens.nlp.EntityMention;
import org.presslens.nlp.NlpDocument;
import org.presslens.pipeline.Pipeline;
import org.presslens.report.AnalysisReport;

/**
 * Evaluates the entities analyzer on CoNLL-2003-format data: one token per line with its tag in the last column
 * (IOB1 or IOB2; {@code -DOCSTART-} lines separate documents, blank lines sentences). Each document becomes an
 * article whose paragraphs are its sentences (tokens joined with single spaces); the pipeline's entity mentions are
 * mapped to PER/ORG/LOC/MISC (PERSON, ORGANIZATION, LOCATION, anything else; demonyms are MISC as in CoNLL) and
 * compared with the gold chunks by exact token span and type.
 */
public final class ConllEvaluation {

  /** The CoNLL types, in report order. */
  public static final List<String> TYPES = List.of("PER", "ORG", "LOC", "MISC");

  private ConllEvaluation() {
  }

  /** A chunk: sentence, token range {@code [first, end)}, type. */
  public record Chunk(int sentence, int first, int end, String type) {
  }

  /** One document: its sentences' tokens and gold chunks. */
  public record Document(List<List<String>> sentences, List<Chunk> gold) {
  }

  /** Exact-match counts per type. */
  public static final class Counts {
    private final Map<String, int[]> byType = new TreeMap<>(); // tp, fp, fn
    private int documents;

    /** Adds one document's gold and predicted chunks. */
    public void add(Set<Chunk> gold, Set<Chunk> predicted) {
      for (Chunk c : predicted) {
        counts(c.type())[gold.contains(c) ? 0 : 1]++;
      }
      for (Chunk c : gold) {
        if (!predicted.contains(c)) {
          counts(c.type())[2]++;
        }
      }
      documents++;
    }

    private int[] counts(String type) {
      return byType.computeIfAbsent(type, k -> new int[3]);
    }

    public int documents() {
      return documents;
    }

    public double precision() {
      return ratio(sum(0), sum(0) + sum(1));
    }

    public double recall() {
      return ratio(sum(0), sum(0) + sum(2));
    }

    public double f1() {
      return f1(precision(), recall());
    }

    private int sum(int k) {
      return byType.values().stream().mapToInt(c -> c[k]).sum();
    }

    /** The JSON figures: {@code {"task":"conll","precision","recall","f1","per_type":{...}}}. */
    public Map<String, Object> summary() {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("task", "conll");
      m.put("documents", documents);
      m.put("precision", Metrics.round(precision()));
      m.put("recall", Metrics.round(recall()));
      m.put("f1", Metrics.round(f1()));
      Map<String, Object> perType = new LinkedHashMap<>();
      for (String type : TYPES) {
        int[] c = byType.getOrDefault(type, new int[3]);
        double p = ratio(c[0], c[0] + c[1]);
        double r = ratio(c[0], c[0] + c[2]);
        Map<String, Object> t = new LinkedHashMap<>();
        t.put("precision", Metrics.round(p));
        t.put("recall", Metrics.round(r));
        t.put("f1", Metrics.round(f1(p, r)));
        t.put("gold", c[0] + c[2]);
        t.put("predicted", c[0] + c[1]);
        perType.put(type, t);
      }
      m.put("per_type", perType);
      return m;
    }

    private static double ratio(int a, int b) {
      return b == 0 ? 0 : a / (double) b;
    }

    private static double f1(double p, double r) {
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  /** Reads a CoNLL file. */
  public static List<Document> read(Path file) {
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
  }

  /** Parses CoNLL lines (IOB1 or IOB2 tags in the last column). */
  public static List<Document> parse(List<String> lines) {
    List<Document> docs = new ArrayList<>();
    List<List<String>> sentences = new ArrayList<>();
    List<List<String>> tags = new ArrayList<>();
    List<String> tokens = new ArrayList<>();
    List<String> sentenceTags = new ArrayList<>();
    int n = 0;
    for (String raw : lines) {
      n++;
      String line = raw.strip();
      if (line.startsWith("-DOCSTART-")) {
        closeSentence(sentences, tags, tokens, sentenceTags);
        closeDocument(docs, sentences, tags);
        continue;
      }
      if (line.isEmpty()) {
        closeSentence(sentences, tags, tokens, sentenceTags);
        continue;
      }
      String[] cols = line.split("\\s+");
      if (cols.length < 2) {
        throw new IllegalArgumentException("line " + n + ": expected a token and a tag, got '" + line + "'");
      }
      String tag = cols[cols.length - 1];
      if (!tag.equals("O") && !tag.matches("[BI]-[A-Z]+")) {
        throw new IllegalArgumentException("line " + n + ": not an IOB tag: '" + tag + "'");
      }
      tokens.add(cols[0]);
      sentenceTags.add(tag);
    }
    closeSentence(sentences, tags, tokens, sentenceTags);
    closeDocument(docs, sentences, tags);
    return docs;
  }

  private static void closeSentence(List<List<String>> sentences, List<List<String>> tags, List<String> tokens,
                                    List<String> sentenceTags) {
    if (!tokens.isEmpty()) {
      sentences.add(List.copyOf(tokens));
      tags.add(List.copyOf(sentenceTags));
      tokens.clear();
      sentenceTags.clear();
    }
  }

  private static void closeDocument(List<Document> docs, List<List<String>> sentences, List<List<String>> tags) {
    if (sentences.isEmpty()) {
      return;
    }
    List<Chunk> gold = new ArrayList<>();
    for (int s = 0; s < tags.size(); s++) {
      gold.addAll(chunks(s, tags.get(s)));
    }
    docs.add(new Document(List.copyOf(sentences), gold));
    sentences.clear();
    tags.clear();
  }

  /** The chunks of one sentence's IOB1 or IOB2 tags. */
  public static List<Chunk> chunks(int sentence, List<String> tags) {
    List<Chunk> out = new ArrayList<>();
    String type = null;
    int start = -1;
    for (int i = 0; i <= tags.size(); i++) {
      String tag = i < tags.size() ? tags.get(i) : "O";
      String t = tag.equals("O") ? null : tag.substring(2);
      boolean begins = t != null && (tag.startsWith("B-") || !t.equals(type));
      if (type != null && (t == null || begins)) {
        out.add(new Chunk(sentence, start, i, type));
        type = null;
      }
      if (begins) {
        type = t;
        start = i;
      }
    }
    return out;
  }

  /** The article of a document: one paragraph per sentence, tokens joined with spaces. */
  public static Article article(Document doc) {
    Article.Builder b = Article.builder().language("en");
    for (List<String> s : doc.sentences()) {
      b.paragraph(String.join(" ", s));
    }
    return b.build();
  }

  /** Runs {@code pipeline} (which must include the entities analyzer) on every document and counts matches. */
  public static Counts evaluate(List<Document> docs, Pipeline pipeline) {
    Counts counts = new Counts();
    for (Document doc : docs) {
      counts.add(new HashSet<>(doc.gold()), predicted(doc, entities(pipeline.analyze(article(doc)))));
    }
    return counts;
  }

  /**
   * Runs {@code pipeline}, whose NLP engine must be {@code engine}, on every document and compares its entity
   * mentions and the NER layer's bare mentions of the same annotation (the floor) with gold, into
   * {@code comparison}, which is returned. The pipeline must have no time limit (it then annotates on the calling
   * thread, where {@code engine} records the document).
   */
  public static ConllComparison compare(List<Document> docs, Pipeline pipeline, RecordingEngine engine,
                                        ConllComparison comparison) {
    for (Document doc : docs) {
      Article article = article(doc);
      EntitiesResult entities = entities(pipeline.analyze(article));
      Set<Chunk> bare = bareChunks(doc, engine.takeLast());
      comparison.add(new HashSet<>(doc.gold()), predicted(doc, entities), bare, c -> c.sentence() < 0
          ? article.text().substring(c.first(), c.end())
          : String.join(" ", doc.sentences().get(c.sentence()).subList(c.first(), c.end())));
    }
    return comparison;
  }

  /**
   * The floor's chunks of a document: the NER layer's bare mentions of its article ({@link #article}), mapped as
   * presslens's are (a mention off the word boundaries is sentence -1, or MISC for a name inside a hyphenated word).
   */
  public static Set<Chunk> bareChunks(Document doc, NlpDocument nlp) {
    Offsets offsets = new Offsets(doc);
    Set<Chunk> bare = new HashSet<>();
    for (EntityMention m : nlp.mentions()) {
      ConllTypes.ofNerTag(m.type()).ifPresent(t -> bare.add(offsets.chunk(m.begin(), m.end(), t)));
    }
    return bare;
  }

  private static EntitiesResult entities(AnalysisReport report) {
    Object result = report.results().get(EntitiesAnalyzerProvider.NAME);
    if (!(result instanceof EntitiesResult entities)) {
      throw new IllegalStateException("the entities analyzer failed on a document: " + report.failures());
    }
    return entities;
  }

  /** The predicted chunks: every mention mapped to tokens (a mention must start and end on token boundaries). */
  static Set<Chunk> predicted(Document doc, EntitiesResult entities) {
    Offsets offsets = new Offsets(doc);
    Set<Chunk> out = new HashSet<>();
    for (EntitiesResult.Entity e : entities.entities()) {
      for (EntitiesResult.Mention m : e.namingMentions()) {
        out.add(offsets.chunk(m.begin(), m.end(), ConllTypes.of(e.type(), m.kind())));
      }
    }
    return out;
  }

  /** Token boundaries of a document's article as {@link #article(Document)} lays it out. */
  private static final class Offsets {
    private final Map<Integer, int[]> byBegin = new HashMap<>();
    private final Map<Integer, int[]> byEnd = new HashMap<>();
    private final TreeMap<Integer, int[]> hyphenated = new TreeMap<>();

    Offsets(Document doc) {
      int offset = 0;
      for (int s = 0; s < doc.sentences().size(); s++) {
        List<String> tokens = doc.sentences().get(s);
        for (int i = 0; i < tokens.size(); i++) {
          byBegin.put(offset, new int[] {s, i});
          if (tokens.get(i).indexOf('-') > 0) {
            hyphenated.put(offset, new int[] {s, i, offset + tokens.get(i).length()});
          }
          offset += tokens.get(i).length();
          byEnd.put(offset, new int[] {s, i + 1});
          offset += 1; // the space, or the first char of the paragraph separator
        }
        offset += 1; // "\n\n" between paragraphs: one char more than a space
      }
    }

    /**
     * The chunk of chars {@code [begin, end)}. A name inside a hyphenated token ("Soviet" in "post-Soviet") is that
     * token as MISC, CoNLL's convention for such words; otherwise a span misaligned with the tokens is sentence -1
     * and the char offsets.
     */
    Chunk chunk(int begin, int end, String type) {
      int[] b = byBegin.get(begin);
      int[] e = byEnd.get(end);
      if (b != null && e != null && b[0] == e[0]) {
        return new Chunk(b[0], b[1], e[1], type);
      }
      Map.Entry<Integer, int[]> word = hyphenated.floorEntry(begin);
      if (word != null && end <= word.getValue()[2]) {
        return new Chunk(word.getValue()[0], word.getValue()[1], word.getValue()[1] + 1, "MISC");
      }
      return new Chunk(-1, begin, end, type); // can only be a false positive
    }
  }
}
