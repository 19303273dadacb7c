package org.presslens.corenlp;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.Sentence;
import org.presslens.nlp.Token;
import org.presslens.spi.Config;

/**
 * Measures the engine; not a test. One configuration per JVM, so that load time and memory are those of that
 * configuration alone:
 *
 * <pre>
 * java -cp ... org.presslens.corenlp.CoreNlpBenchmark LAYERS [key=value ...] [runs=N] [file=TXT] [corpus=DIR]
 *     [probe=N,N,...]
 * </pre>
 *
 * LAYERS is a comma-separated list of {@link NlpLayer}s; key=value are engine options ({@code parseMaxTokens},
 * {@code nerFine}, {@code parser}). It prints, as wall time and as CPU time of the calling thread (the one that runs
 * CoreNLP; GC threads excluded, so that a busy machine distorts it less): the first, model-loading call on a tiny
 * text; the median of {@code runs} annotate calls on {@code file} (default: the sample op-ed) after one warm-up;
 * with {@code corpus}, the total over every {@code .txt} file under that folder and its sentence lengths; with
 * {@code probe}, the median cost of one run-on sentence of N tokens (the op-ed's words with sentence-final
 * punctuation dropped). Last, the live heap after a full GC and the peak heap. Text files are read as paragraphs
 * separated by blank lines.
 */
public final class CoreNlpBenchmark {
  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  private CoreNlpBenchmark() {
  }

  /** Wall and CPU milliseconds of one call. */
  private record Cost(long wallMs, long cpuMs) {
    @Override
    public String toString() {
      return wallMs + " ms wall / " + cpuMs + " ms cpu";
    }
  }

  private static <T> T timed(Supplier<T> call, List<Cost> into) {
    long wall = System.nanoTime();
    long cpu = THREADS.getCurrentThreadCpuTime();
    T result = call.get();
    into.add(new Cost((System.nanoTime() - wall) / 1_000_000, (THREADS.getCurrentThreadCpuTime() - cpu) / 1_000_000));
    return result;
  }

  private static String median(List<Cost> costs) {
    long[] wall = costs.stream().mapToLong(Cost::wallMs).sorted().toArray();
    long[] cpu = costs.stream().mapToLong(Cost::cpuMs).sorted().toArray();
    return "median " + wall[wall.length / 2] + " ms wall / " + cpu[cpu.length / 2] + " ms cpu over " + costs.size()
        + " runs (wall " + Arrays.toString(wall) + ")";
  }

  public static void main(String[] args) throws IOException {
    Set<NlpLayer<?>> layers = new LinkedHashSet<>();
    for (String l : args[0].split(",")) {
      layers.add(NlpLayer.builtIn(l.trim()));
    }
    Map<String, String> options = new LinkedHashMap<>();
    int runs = 5;
    Path file = SharedEngine.sharedData().resolve("samples/op-ed-putin-kim-summit.txt");
    Path corpus = null;
    int[] probe = {};
    for (String arg : Arrays.copyOfRange(args, 1, args.length)) {
      String key = arg.substring(0, arg.indexOf('='));
      String value = arg.substring(arg.indexOf('=') + 1);
      switch (key) {
        case "runs" -> runs = Integer.parseInt(value);
        case "file" -> file = Path.of(value);
        case "corpus" -> corpus = Path.of(value);
        case "probe" -> probe = Arrays.stream(value.split(",")).mapToInt(Integer::parseInt).toArray();
        default -> options.put(key, value);
      }
    }
    CoreNlpEngineProvider provider = new CoreNlpEngineProvider();
    CoreNlpEngine engine = provider.create(Config.parse("nlp", provider.options(), options));
    System.out.printf("layers=%s options=%s %s; %d cpus; load average %s%n", layers, options, engine,
        Runtime.getRuntime().availableProcessors(), loadAverage());

    List<Cost> load = new ArrayList<>();
    timed(() -> engine.annotate(read("Warm up."), layers), load);
    System.out.printf("load (first call, tiny text): %s%n", load.get(0));

    Article article = read(Files.readString(file, StandardCharsets.UTF_8));
    List<Cost> warmUp = new ArrayList<>();
    NlpDocument doc = timed(() -> engine.annotate(article, layers), warmUp);
    System.out.printf("warm-up on %s: %s; %s%n", file.getFileName(), warmUp.get(0), describe(List.of(doc)));
    List<Cost> costs = new ArrayList<>();
    for (int i = 0; i < runs; i++) {
      timed(() -> engine.annotate(article, layers), costs);
    }
    System.out.printf("annotate %s: %s%n", file.getFileName(), median(costs));

    if (probe.length > 0) {
      List<String> words = new ArrayList<>();
      for (Sentence s : engine.annotate(article, Set.of(NlpLayer.TOKENS)).sentences()) {
        for (Token t : s.tokens()) {
          if (!t.text().matches("[.?!]+")) {
            words.add(t.text());
          }
        }
      }
      for (int n : probe) {
        Article one = read(String.join(" ", words.subList(0, n)));
        List<Cost> probeCosts = new ArrayList<>();
        NlpDocument d = null;
        for (int i = 0; i < 3; i++) {
          d = timed(() -> engine.annotate(one, layers), probeCosts);
        }
        System.out.printf("probe: one run-on sentence of %d tokens (%d sentence(s), capped %s): %s%n",
            d.sentences().get(0).tokens().size(), d.sentences().size(), d.sentences().get(0).parseCapped(),
            median(probeCosts));
      }
    }

    if (corpus != null) {
      List<Path> files;
      try (Stream<Path> s = Files.walk(corpus)) {
        files = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
      }
      List<NlpDocument> docs = new ArrayList<>();
      List<Cost> corpusCosts = new ArrayList<>();
      for (Path p : files) {
        Article a = read(Files.readString(p, StandardCharsets.UTF_8));
        docs.add(timed(() -> engine.annotate(a, layers), corpusCosts));
      }
      System.out.printf("corpus %s: %d files, total %d ms wall / %d ms cpu, worst file %d ms wall; %s%n",
          corpus.getFileName(), files.size(), corpusCosts.stream().mapToLong(Cost::wallMs).sum(),
          corpusCosts.stream().mapToLong(Cost::cpuMs).sum(),
          corpusCosts.stream().mapToLong(Cost::wallMs).max().orElse(0), describe(docs));
    }
    System.out.printf("annotate calls: %d; loaded: %s%n", engine.annotateCalls(), engine.loadedAnnotatorSets());
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.gc();
    long live = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    System.out.printf("heap: live after GC %d MB, peak used %d MB, max %d MB; load average %s%n", live >> 20,
        peak >> 20, Runtime.getRuntime().maxMemory() >> 20, loadAverage());
  }

  private static String loadAverage() {
    return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
  }

  private static Article read(String text) {
    Article.Builder b = Article.builder().language("en");
    for (String block : text.split("\\R\\s*\\R")) {
      b.paragraph(block.strip());
    }
    return b.build();
  }

  private static String describe(List<NlpDocument> docs) {
    List<Integer> lengths = new ArrayList<>();
    int capped = 0;
    for (NlpDocument d : docs) {
      for (Sentence s : d.sentences()) {
        lengths.add(s.tokens().size());
        capped += s.parseCapped() ? 1 : 0;
      }
    }
    lengths.sort(null);
    int n = lengths.size();
    long tokens = lengths.stream().mapToLong(Integer::longValue).sum();
    StringBuilder sb = new StringBuilder();
    sb.append(String.format("%d sentences, %d tokens, %d capped; length p50 %d, p95 %d, p99 %d, max %d; over", n,
        tokens, capped, at(lengths, 0.5), at(lengths, 0.95), at(lengths, 0.99), n == 0 ? 0 : lengths.get(n - 1)));
    for (int o : new int[] {40, 60, 80, 100, 150}) {
      sb.append(String.format(" %d: %d", o, lengths.stream().filter(l -> l > o).count()));
    }
    return sb.toString();
  }

  private static int at(List<Integer> sorted, double q) {
    return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, (int) Math.floor(q * sorted.size())));
  }
}
