package org.presslens.corenlp;

import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.Annotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicLong;
import org.presslens.model.Article;
import org.presslens.nlp.EntityMention;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpEngine;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.Sentence;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The shared NLP layer on Stanford CoreNLP. Thread-safe. For each distinct set of annotators that requested layers
 * imply ({@code tokenize}, {@code pos}, {@code lemma}, {@code ner}, {@code parse}, {@code sentiment}) it builds one
 * CoreNLP pipeline, on first use, and keeps it; so only the models a run needs are loaded, each once. An article of
 * up to {@value #WINDOW_CHARS} chars is annotated with exactly one CoreNLP {@code annotate} call on its whole
 * {@link Article#text()}; sentences never cross a paragraph boundary ({@code "\n\n"}). A longer article is
 * annotated in windows of whole paragraphs of up to that size, one call each ({@link TextWindows}; the sentences are
 * the same, since none crosses a paragraph), so that CoreNLP's per-document memory stays bounded whatever the length,
 * and an interrupted thread stops between windows ({@link CancellationException}). A run of more than
 * {@value #MAX_RUN_CHARS} chars without a sentence end (an unpunctuated paragraph), which CoreNLP would take for one
 * sentence of thousands of tokens, is cut into windows of that size: each piece is a sentence of its own, over the
 * parser's length cap.
 *
 * <p>What it gives, beyond the contract of {@link NlpEngine}: {@code Token.text} is the covered substring of the
 * text (CoreNLP's offsets are UTF-16 offsets into it); {@code Token.ner} and {@code EntityMention.type} are coarse
 * (PERSON, ORGANIZATION, LOCATION, MISC, and DATE, MONEY, PERCENT, ... as CoreNLP gives them); pronouns, which
 * CoreNLP adds to its entity mentions, are left out. A parse is the parser's n-ary tree from {@code ROOT} down to the
 * pre-terminals, which are its leaves (label = POS tag, one token each); with the sentiment layer every node carries
 * the 5-class distribution of its token range and {@code Sentence.sentiment} is the root's. Sentences of more than
 * {@link #parseMaxTokens()} tokens never reach the parser nor the sentiment model ({@code Sentence.parseCapped}).
 *
 * <p>Create it with {@link CoreNlpEngineProvider#create}.
 */
public final class CoreNlpEngine implements NlpEngine {
  private static final Logger LOG = LoggerFactory.getLogger(CoreNlpEngine.class);

  /** Articles longer than this many chars are annotated in windows of whole paragraphs of up to this size. */
  static final int WINDOW_CHARS = 10_000;
  /** A single paragraph longer than this is cut inside (after a sentence end if it can) into windows of this size. */
  static final int MAX_PARAGRAPH_CHARS = 100_000;
  /**
   * A run of more chars than this without a sentence end is cut into windows of this size ({@link RunOnCuts}): about
   * 300 tokens, twice the longest run in the development data (1,062 chars, a BBC team list); the longest real
   * sentence there has 104 tokens.
   */
  static final int MAX_RUN_CHARS = 2_000;

  private static final Set<NlpLayer<?>> PRODUCES = Set.copyOf(NlpLayer.BUILT_IN);

  private final EngineSettings settings;
  private final ConcurrentMap<AnnotatorPlan, Lazy<StanfordCoreNLP>> pipelines = new ConcurrentHashMap<>();
  private final Set<String> loaded = ConcurrentHashMap.newKeySet();
  private final AtomicLong annotateCalls = new AtomicLong();

  CoreNlpEngine(EngineSettings settings) {
    this.settings = Objects.requireNonNull(settings);
  }

  @Override
  public String name() {
    return CoreNlpEngineProvider.NAME;
  }

  /** The built-in layers, {@link NlpLayer#BUILT_IN}. */
  @Override
  public Set<NlpLayer<?>> produces() {
    return PRODUCES;
  }

  @Override
  public Set<String> languages() {
    return Set.of("en");
  }

  @Override
  public NlpDocument annotate(Article article, NlpDocument input, Set<NlpLayer<?>> layers) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(layers, "layers");
    if (layers.isEmpty()) {
      return NlpDocument.EMPTY;
    }
    if (!PRODUCES.containsAll(layers)) {
      throw new IllegalArgumentException("the corenlp engine produces " + NlpLayer.BUILT_IN + " only, asked for "
          + layers);
    }
    StanfordCoreNLP pipeline = pipeline(AnnotatorPlan.forLayers(layers));
    String text = article.text();
    DocumentConverter converter = new DocumentConverter(text, AnnotatorPlan.closure(layers),
        settings.parseMaxTokens());
    List<TextWindows.Window> windows = TextWindows.split(text, WINDOW_CHARS, MAX_PARAGRAPH_CHARS, MAX_RUN_CHARS);
    NlpDocument document;
    if (windows.size() == 1) {
      Annotation annotation = new Annotation(text);
      pipeline.annotate(annotation);
      document = converter.convert(annotation);
    } else {
      List<Sentence> sentences = new ArrayList<>();
      List<EntityMention> mentions = new ArrayList<>();
      int done = 0;
      for (TextWindows.Window window : windows) {
        if (Thread.currentThread().isInterrupted()) {
          throw new CancellationException("annotation interrupted after " + done + " of " + windows.size()
              + " windows");
        }
        Annotation annotation = new Annotation(text.substring(window.begin(), window.end()));
        pipeline.annotate(annotation);
        converter.convertWindow(annotation, window.begin(), sentences, mentions);
        done++;
      }
      document = converter.document(sentences, mentions);
    }
    annotateCalls.incrementAndGet();
    return document;
  }

  /** Builds the CoreNLP pipeline of {@code layers} now, if it is not built yet (its models load in parallel). */
  @Override
  public void load(Set<NlpLayer<?>> layers) {
    AnnotatorPlan plan = AnnotatorPlan.forLayers(layers);
    if (!plan.isEmpty() && PRODUCES.containsAll(layers)) {
      pipeline(plan);
    }
  }

  private StanfordCoreNLP pipeline(AnnotatorPlan plan) {
    return pipelines.computeIfAbsent(plan, p -> new Lazy<>(() -> build(p))).get();
  }

  /**
   * The smallest -Xmx with which the models of {@code layers} were measured to load and annotate (see
   * {@code HeapNeeds}): 1,088 MB for NER with parsing and sentiment, 864 MB for parsing and sentiment, 400 MB for
   * NER alone, 128 MB for tokens.
   */
  @Override
  public long requiredHeapBytes(Set<NlpLayer<?>> layers) {
    return HeapNeeds.megabytes(AnnotatorPlan.forLayers(layers)) << 20;
  }

  /**
   * How many articles this engine has annotated with CoreNLP: one {@code annotate} call each, or, for an article of
   * more than {@value #WINDOW_CHARS} chars, one per window of it.
   */
  public long annotateCalls() {
    return annotateCalls.get();
  }

  /**
   * The annotator sets whose pipelines this engine has loaded, e.g. {@code tokenize} or
   * {@code tokenize,pos,lemma,ner,parse,sentiment}.
   */
  public Set<String> loadedAnnotatorSets() {
    return Collections.unmodifiableSet(new TreeSet<>(loaded));
  }

  /** The length cap of the parser: sentences with more tokens are neither parsed nor sentiment-scored. */
  public int parseMaxTokens() {
    return settings.parseMaxTokens();
  }

  /**
   * Builds the pipeline of {@code plan}, loading its models in parallel: the parser, the sentiment model and the NER
   * classifiers each on a thread of their own while CoreNLP's pipeline factory loads the rest (it loads annotators
   * one after another; {@link ParallelLoads#preloadNer} fills its annotator cache with the NER annotator first).
   */
  private StanfordCoreNLP build(AnnotatorPlan plan) {
    long start = System.nanoTime();
    StanfordCoreNLP pipeline;
    try {
      CompletableFuture<Annotator> parser = plan.parses()
          ? ParallelLoads.start(() -> SharedAnnotators.parser(plan.parserProperties(settings))) : null;
      CompletableFuture<Annotator> sentiment = plan.scoresSentiment()
          ? ParallelLoads.start(() -> SharedAnnotators.sentiment(plan.sentimentProperties())) : null;
      if (plan.annotators().contains(AnnotatorPlan.NER)) {
        ParallelLoads.preloadNer(plan.pipelineProperties(settings));
      }
      pipeline = new StanfordCoreNLP(plan.pipelineProperties(settings));
      if (parser != null) {
        pipeline.addAnnotator(new LengthCappedAnnotator(ParallelLoads.join(parser), settings.parseMaxTokens()));
      }
      if (sentiment != null) {
        pipeline.addAnnotator(new LengthCappedAnnotator(ParallelLoads.join(sentiment), settings.parseMaxTokens()));
      }
    } catch (RuntimeException e) {
      throw new IllegalStateException("cannot load the CoreNLP pipeline [" + plan.name() + "]: " + e.getMessage()
          + " (are the stanford-corenlp 'models' and 'models-english' jars on the class path?)", e);
    }
    loaded.add(plan.name());
    LOG.info("CoreNLP pipeline [{}] ready in {} ms", plan.name(), (System.nanoTime() - start) / 1_000_000);
    return pipeline;
  }

  @Override
  public String toString() {
    return "CoreNlpEngine[parseMaxTokens=" + settings.parseMaxTokens() + ", nerFine=" + settings.nerFine()
        + ", parser=" + settings.parser() + "]";
  }
}
