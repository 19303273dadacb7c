package org.presslens.bench;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.presslens.bench.child.ColdStartSection;
import org.presslens.bench.child.Launcher;
import org.presslens.bench.child.LongInputSection;
import org.presslens.bench.child.MemorySection;
import org.presslens.bench.inprocess.DefaultsSection;
import org.presslens.bench.inprocess.InProcessPipelines;
import org.presslens.bench.inprocess.OverheadSection;
import org.presslens.bench.inprocess.ThreadsSection;
import org.presslens.json.PresslensJson;
import org.presslens.model.Article;

/**
 * {@code presslens bench pipeline}: the whole pipeline against bare Stanford CoreNLP, side by side in one run, plus
 * child-JVM measurements through the launcher. Runs the selected {@link Section sections} in order, each its own
 * class: in this JVM ({@code org.presslens.bench.inprocess}) {@link OverheadSection}, {@link DefaultsSection} and
 * {@link ThreadsSection}; in child JVMs ({@code org.presslens.bench.child}) {@link ColdStartSection},
 * {@link MemorySection} and {@link LongInputSection}. Not thread-safe; one run at a time.
 */
public final class PipelineBenchmark {

  /** The parts of the benchmark, in the order they run. */
  public enum Section {
    OVERHEAD, DEFAULTS, THREADS, COLD, MEMORY, LONG;

    /** The section called {@code name} (case-insensitive). */
    public static Section parse(String name) {
      try {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown bench section '" + name + "'; expected some of "
            + EnumSet.allOf(Section.class).toString().toLowerCase(Locale.ROOT));
      }
    }

    /** Whether the section runs the launcher in child JVMs. */
    boolean needsLauncher() {
      return this == COLD || this == MEMORY || this == LONG;
    }

    /** The lower-case name, as in {@code --sections} and the JSON line. */
    String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * What to measure.
   *
   * @param articles the articles of the in-process comparisons (overhead, defaults)
   * @param batch the batch of the thread comparison
   * @param warmup warm-up rounds over {@code articles}, not timed
   * @param rounds measured rounds
   * @param options pipeline options ({@code <analyzer>.<key>}, {@code nlp.<key>}) for the in-process runs
   * @param sections the sections to run
   * @param launcher the {@code presslens} launcher for child JVMs (null: skip the child sections)
   * @param childArticle the article of the cold-start runs
   * @param memoryBatch the inputs of the -Xmx bisection runs (analyzed on 2 threads)
   * @param longSources articles whose paragraphs make up the long articles
   * @param longWords the lengths of the long articles, in words
   * @param runOnWords the lengths of the unpunctuated paragraphs, in words (none: empty)
   * @param workDir where the long articles and reports are written
   * @param childTimeout the longest a child JVM may run
   * @param log progress lines
   */
  public record Settings(List<Article> articles, List<Article> batch, int warmup, int rounds,
                         Map<String, String> options, Set<Section> sections, Path launcher, Path childArticle,
                         List<Path> memoryBatch, List<Path> longSources, List<Integer> longWords, List<Integer> runOnWords,
                         Path workDir, Duration childTimeout, PrintWriter log) {

    /** The words of {@link #articles}. */
    public int words() {
      return articles.stream().mapToInt(a -> Corpus.wordCount(a.text())).sum();
    }
  }

  /** The printed table and the one-line JSON summary. */
  public record Report(List<String> table, Map<String, Object> json) {
    public String toJsonLine() {
      return PresslensJson.mapper().writeValueAsString(json);
    }
  }

  private final SectionContext context;
  private final InProcessPipelines pipelines;
  private final Launcher launcher;
  /** The memory section's recommended -Xmx in MiB, for the long section; null until it has one. */
  private Integer recommendedXmxMb;

  private PipelineBenchmark(Settings settings) {
    this.context = new SectionContext(settings, new Table(), settings.log());
    this.pipelines = new InProcessPipelines(settings.options());
    this.launcher = settings.launcher() == null ? null : new Launcher(settings.launcher(), settings.childTimeout());
  }

  /** Runs the selected sections. */
  public static Report run(Settings settings) {
    PipelineBenchmark b = new PipelineBenchmark(settings);
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("bench", "pipeline");
    json.put("machine", Machine.describe());
    json.put("articles", settings.articles().size());
    json.put("words", settings.words());
    json.put("rounds", settings.rounds());
    for (Section section : Section.values()) {
      if (!settings.sections().contains(section)) {
        continue;
      }
      if (section.needsLauncher() && b.launcher == null) {
        b.context.note(section + ": skipped (no launcher)");
        continue;
      }
      double load = Machine.load1();
      b.context.note("== " + section.key() + " (load " + load + ")");
      Map<String, Object> part = new LinkedHashMap<>();
      part.put("loadStart", load);
      part.putAll(b.measure(section));
      part.put("loadEnd", Machine.load1());
      json.put(section.key(), part);
    }
    return new Report(b.context.table().lines(), json);
  }

  private Map<String, Object> measure(Section section) {
    return switch (section) {
      case OVERHEAD -> new OverheadSection(context, pipelines).run();
      case DEFAULTS -> new DefaultsSection(context, pipelines).run();
      case THREADS -> new ThreadsSection(context, pipelines).run();
      case COLD -> new ColdStartSection(context, launcher).run();
      case MEMORY -> {
        MemorySection.Result memory = new MemorySection(context, launcher).run();
        recommendedXmxMb = memory.recommendedXmxMb();
        yield memory.json();
      }
      case LONG -> new LongInputSection(context, launcher, recommendedXmxMb).run();
    };
  }
}
