package org.presslens.corenlp;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import org.presslens.io.ArticleReaders;
import org.presslens.model.Article;
import org.presslens.nlp.NlpDocument;
import org.presslens.nlp.NlpLayer;
import org.presslens.nlp.Sentence;
import org.presslens.spi.Config;

/**
 * A measuring program, not a test: annotates each file given, in order, in one JVM with all layers (NER and
 * SENTIMENT), and prints per file the tokens, sentences, capped sentences, CPU time of the annotating thread (per
 * token too), wall time and GC time. CPU time is the figure to compare on a shared machine, where wall time follows
 * the load. Give a warm-up file first (its time includes loading the models).
 *
 * <pre>{@code java -Xmx2g -cp nlp-corenlp/target/test-classes:nlp-corenlp/target/classes:cli/target/lib/* \
 *     org.presslens.corenlp.AnnotateCpuProbe FILE...}</pre>
 */
public final class AnnotateCpuProbe {

  private AnnotateCpuProbe() {
  }

  public static void main(String[] args) throws Exception {
    CoreNlpEngineProvider provider = new CoreNlpEngineProvider();
    CoreNlpEngine engine = provider.create(Config.parse("nlp", provider.options(), Map.of()));
    Set<NlpLayer<?>> layers = Set.of(NlpLayer.NER, NlpLayer.SENTIMENT);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (String file : args) {
      Article article = ArticleReaders.read(Path.of(file));
      long gc = gcMillis();
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      NlpDocument doc = engine.annotate(article, layers);
      long cpuMs = (threads.getCurrentThreadCpuTime() - cpu) / 1_000_000;
      long wallMs = (System.nanoTime() - wall) / 1_000_000;
      long tokens = doc.sentences().stream().mapToLong(s -> s.tokens().size()).sum();
      long capped = doc.sentences().stream().filter(Sentence::parseCapped).count();
      System.out.printf("%-32s tokens=%6d sentences=%5d capped=%4d cpu=%6d ms (%.2f ms/token) wall=%6d ms"
              + " gc=%5d ms load=%.1f%n", Path.of(file).getFileName(), tokens, doc.sentences().size(), capped, cpuMs,
          cpuMs / (double) Math.max(1, tokens), wallMs, gcMillis() - gc,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
  }

  private static long gcMillis() {
    return ManagementFactory.getGarbageCollectorMXBeans().stream()
        .mapToLong(GarbageCollectorMXBean::getCollectionTime).sum();
  }
}
