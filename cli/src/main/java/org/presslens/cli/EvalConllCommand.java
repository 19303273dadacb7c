package org.presslens.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.presslens.analyzers.entities.EntitiesAnalyzerProvider;
import org.presslens.analyzers.entities.eval.ConllEvaluation;
import org.presslens.json.PresslensJson;
import org.presslens.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code presslens eval conll FILE}: entity mentions against CoNLL-2003-format gold chunks. */
@Command(name = "conll", mixinStandardHelpOptions = true, sortOptions = false,
    description = {"Evaluate the entities analyzer on a CoNLL-2003-format file (IOB1 or IOB2, -DOCSTART- lines):",
        "exact-match PER/ORG/LOC/MISC chunks; the last line is",
        "{\"task\":\"conll\",\"precision\",\"recall\",\"f1\",\"per_type\":{...}}."})
final class EvalConllCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE", description = "CoNLL-format file")
  Path file;

  @Option(names = {"-O", "--option"}, paramLabel = "KEY=VALUE",
      description = "analyzer or NLP option, e.g. nlp.nerFine=true (repeatable); entity sentiment is off by default")
  Map<String, String> options = new LinkedHashMap<>();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    List<ConllEvaluation.Document> docs = ConllEvaluation.read(file);
    Map<String, Object> all = new LinkedHashMap<>();
    all.put(EntitiesAnalyzerProvider.NAME + "." + EntitiesAnalyzerProvider.SENTIMENT.key(), "false");
    all.putAll(options);
    Pipeline pipeline = Pipeline.builder().analyzers(EntitiesAnalyzerProvider.NAME).options(all).build();
    ConllEvaluation.Counts counts = ConllEvaluation.evaluate(docs, pipeline);
    var out = spec.commandLine().getOut();
    out.println(PresslensJson.mapper().writeValueAsString(counts.summary()));
    out.flush();
    return Main.OK;
  }
}
