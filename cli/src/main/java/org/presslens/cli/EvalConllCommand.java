package org.presslens.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.presslens.analyzers.entities.EntitiesAnalyzerProvider;
import org.presslens.training.nlp.CachingEngine;
import org.presslens.training.entities.ConllComparison;
import org.presslens.training.entities.ConllEvaluation;
import org.presslens.training.entities.RecordingEngine;
import org.presslens.json.PresslensJson;
import org.presslens.nlp.NlpEngine;
import org.presslens.pipeline.NlpEngines;
import org.presslens.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code presslens eval conll FILE}: entity mentions, and the NER layer's bare mentions (the floor), against
 * CoNLL-2003-format gold chunks.
 */
@Command(name = "conll", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Evaluate the entities analyzer on a CoNLL-2003-format file (IOB1 or IOB2, -DOCSTART- lines):",
        "exact-match PER/ORG/LOC/MISC chunks of presslens's entity mentions and, side by side, of the NER layer's",
        "bare mentions of the same annotation (the floor); a table, type confusions and the most frequent",
        "disagreements on stderr; the last line of stdout is",
        "{\"task\":\"conll\",\"precision\",\"recall\",\"f1\",\"per_type\":{...},\"floor\":{...},\"confusion\",",
        "\"disagreements\"}."})
final class EvalConllCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "CoNLL-format file")
  Path file;

  @Option(names = {"-O", "--option"}, paramLabel = "KEY=VALUE",
      description = "analyzer or NLP option, e.g. nlp.nerFine=true (repeatable); entity sentiment is off by default")
  Map<String, String> options = new LinkedHashMap<>();

  @Option(names = "--cache", paramLabel = "FILE", description = "annotation cache (gzipped JSONL, created or"
      + " extended) so that reruns skip the NLP engine; one file per nlp.* configuration")
  Path cache;

  @Option(names = "--top", defaultValue = "25", paramLabel = "N",
      description = "how many of the most frequent disagreements to list (default ${DEFAULT-VALUE})")
  int top;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    List<ConllEvaluation.Document> docs = ConllEvaluation.read(file);
    Map<String, Object> analyzerOptions = new LinkedHashMap<>();
    analyzerOptions.put(EntitiesAnalyzerProvider.NAME + "." + EntitiesAnalyzerProvider.SENTIMENT.key(), "false");
    Map<String, Object> nlpOptions = new LinkedHashMap<>();
    options.forEach((k, v) -> {
      if (k.startsWith(Pipeline.NLP + ".")) {
        nlpOptions.put(k.substring(Pipeline.NLP.length() + 1), v);
      } else {
        analyzerOptions.put(k, v);
      }
    });
    NlpEngine engine = NlpEngines.create(Thread.currentThread().getContextClassLoader(), nlpOptions);
    CachingEngine cached = cache == null ? null : new CachingEngine(engine, cache);
    try {
      RecordingEngine recording = new RecordingEngine(cached == null ? engine : cached);
      Pipeline pipeline = Pipeline.builder().analyzers(EntitiesAnalyzerProvider.NAME).options(analyzerOptions)
          .nlpEngine(recording).build();
      ConllComparison comparison = ConllEvaluation.compare(docs, pipeline, recording,
          new ConllComparison(top));
      Map<String, Object> summary = comparison.summary();
      ConllTable.print(summary, spec.commandLine().getErr());
      PrintWriter out = spec.commandLine().getOut();
      out.println(PresslensJson.mapper().writeValueAsString(summary));
      out.flush();
    } finally {
      if (cached != null) {
        cached.close();
      }
    }
    return Main.OK;
  }
}
