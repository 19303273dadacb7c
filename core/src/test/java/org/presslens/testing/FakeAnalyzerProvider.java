package org.presslens.testing;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.presslens.spi.AnalysisContext;
import org.presslens.spi.Analyzer;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.Config;
import org.presslens.spi.ConfigOption;
import org.presslens.spi.Requirement;
import org.presslens.spi.ResultKey;

/**
 * A configurable {@link AnalyzerProvider} for tests, built with {@link #builder}. It counts {@link #create} calls
 * (and records the configs passed) and analyze calls, so tests can check lazy, single creation.
 *
 * <pre>{@code
 * FakeAnalyzerProvider<Object> b = FakeAnalyzerProvider.builder("b")
 *     .requires(NlpLayer.TOKENS).requiresResult("a").anyLanguage()
 *     .analyze(ctx -> ctx.result(ResultKey.of("a", Object.class)))
 *     .build();
 * }</pre>
 *
 * <p>The subclasses with public no-arg constructors ({@link TokenCountProvider}, {@link TokenRatioProvider},
 * {@link MentionListProvider}, {@link ParagraphSpansProvider}, {@link ThrowingProvider}) can be listed in a
 * {@code META-INF/services} file.
 *
 * @param <R> the result type
 */
public class FakeAnalyzerProvider<R> implements AnalyzerProvider<R> {

  private final String name;
  private final Class<R> resultType;
  private final String version;
  private final String description;
  private final List<ConfigOption<?>> options;
  private final List<ConfigOption<?>> articleOptions;
  private final Function<Config, Set<Requirement>> requirements;
  private final Set<String> languages;
  private final BiFunction<Config, AnalysisContext, R> body;
  private final RuntimeException createFailure;
  private final Runnable onCreate;
  private final AtomicInteger creates = new AtomicInteger();
  private final AtomicInteger analyzes = new AtomicInteger();
  private final List<Config> createdWith = new CopyOnWriteArrayList<>();

  protected FakeAnalyzerProvider(Builder<R> b) {
    this.name = b.name;
    this.resultType = b.resultType;
    this.version = b.version;
    this.description = b.description;
    this.options = List.copyOf(b.options);
    this.articleOptions = List.copyOf(b.articleOptions);
    Set<Requirement> fixed = Set.copyOf(b.fixedRequirements);
    Function<Config, Set<Requirement>> dynamic = b.requirements;
    this.requirements = dynamic == null ? config -> fixed : config -> {
      Set<Requirement> all = new LinkedHashSet<>(fixed);
      all.addAll(dynamic.apply(config));
      return all;
    };
    this.languages = Set.copyOf(b.languages);
    if (b.body == null) {
      throw new IllegalStateException("no analyze(...) body for '" + name + "'");
    }
    this.body = b.body;
    this.createFailure = b.createFailure;
    this.onCreate = b.onCreate;
  }

  /** A builder for a provider named {@code name} whose results are of {@code resultType}. */
  public static <R> Builder<R> builder(String name, Class<R> resultType) {
    return new Builder<>(name, resultType);
  }

  /** A builder for a provider named {@code name} with {@code Object} results (default result: the article id). */
  public static Builder<Object> builder(String name) {
    return new Builder<>(name, Object.class).analyze(ctx -> ctx.article().id());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String version() {
    return version;
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public Class<R> resultType() {
    return resultType;
  }

  @Override
  public List<ConfigOption<?>> options() {
    return options;
  }

  @Override
  public List<ConfigOption<?>> articleOptions() {
    return articleOptions;
  }

  @Override
  public Set<Requirement> requires(Config config) {
    return requirements.apply(config);
  }

  @Override
  public Set<String> languages() {
    return languages;
  }

  @Override
  public Analyzer<R> create(Config config) {
    creates.incrementAndGet();
    createdWith.add(config);
    onCreate.run();
    if (createFailure != null) {
      throw createFailure;
    }
    return context -> {
      analyzes.incrementAndGet();
      return body.apply(config, context);
    };
  }

  /** How many times {@link #create} was called. */
  public int createCount() {
    return creates.get();
  }

  /** How many times an analyzer created by this provider analyzed an article. */
  public int analyzeCount() {
    return analyzes.get();
  }

  /** The configs {@link #create} was called with, in order. */
  public List<Config> createdWith() {
    return List.copyOf(createdWith);
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + "[" + name + "]";
  }

  /** Configures a {@link FakeAnalyzerProvider}. Defaults: version 1.0, no option, no requirement, English only. */
  public static final class Builder<R> {
    private final String name;
    private final Class<R> resultType;
    private String version = "1.0";
    private String description;
    private final List<ConfigOption<?>> options = new ArrayList<>();
    private final List<ConfigOption<?>> articleOptions = new ArrayList<>();
    private final Set<Requirement> fixedRequirements = new LinkedHashSet<>();
    private Function<Config, Set<Requirement>> requirements;
    private Set<String> languages = Set.of("en");
    private BiFunction<Config, AnalysisContext, R> body;
    private RuntimeException createFailure;
    private Runnable onCreate = () -> { };

    private Builder(String name, Class<R> resultType) {
      this.name = name;
      this.resultType = Objects.requireNonNull(resultType);
      this.description = "test analyzer '" + name + "'";
    }

    public Builder<R> version(String version) {
      this.version = version;
      return this;
    }

    public Builder<R> description(String description) {
      this.description = description;
      return this;
    }

    public Builder<R> options(ConfigOption<?>... options) {
      this.options.addAll(List.of(options));
      return this;
    }

    /** Adds options that may also be given per article ({@code AnalyzerProvider.articleOptions()}). */
    public Builder<R> articleOptions(ConfigOption<?>... options) {
      this.options.addAll(List.of(options));
      this.articleOptions.addAll(List.of(options));
      return this;
    }

    /** Adds fixed requirements (NLP layers or result keys). */
    public Builder<R> requires(Requirement... requirements) {
      this.fixedRequirements.addAll(List.of(requirements));
      return this;
    }

    /** Requires the {@code Object}-typed result of analyzer {@code name}. */
    public Builder<R> requiresResult(String name) {
      return requires(ResultKey.of(name, Object.class));
    }

    /** Adds requirements computed from the config to the fixed ones. */
    public Builder<R> requires(Function<Config, Set<Requirement>> requirements) {
      this.requirements = requirements;
      return this;
    }

    /** The languages handled; none means any language. */
    public Builder<R> languages(String... languages) {
      this.languages = Set.of(languages);
      return this;
    }

    public Builder<R> anyLanguage() {
      this.languages = Set.of();
      return this;
    }

    public Builder<R> analyze(Function<AnalysisContext, R> body) {
      this.body = (config, context) -> body.apply(context);
      return this;
    }

    public Builder<R> analyze(BiFunction<Config, AnalysisContext, R> body) {
      this.body = body;
      return this;
    }

    /** The analyzer throws {@code failure} on every article. */
    public Builder<R> failing(RuntimeException failure) {
      this.body = (config, context) -> {
        throw failure;
      };
      return this;
    }

    /** {@link #create} throws {@code failure}. */
    public Builder<R> failingCreate(RuntimeException failure) {
      this.createFailure = failure;
      return this;
    }

    /**
     * Runs {@code hook} inside every {@link #create} call (after counting it), e.g. to widen a race window or to
     * block until a test releases it.
     */
    public Builder<R> onCreate(Runnable hook) {
      this.onCreate = Objects.requireNonNull(hook);
      return this;
    }

    public FakeAnalyzerProvider<R> build() {
      return new FakeAnalyzerProvider<>(this);
    }
  }
}
