package org.presslens.bench.child;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.presslens.bench.Corpus;
import org.presslens.bench.Machine;
import org.presslens.bench.PipelineBenchmark.Settings;
import org.presslens.bench.SectionContext;
import org.presslens.bench.Stats;
import org.presslens.json.PresslensJson;

/**
 * The {@code long} section: long articles (e.g. 10k/50k/100k words) and unpunctuated paragraphs (10k/40k words of
 * news text without punctuation: one "sentence" for CoreNLP's splitter), each in a child
 * JVM with the launcher's default -Xmx after the sample article: time per step, per 1,000 words, peak RSS, capped
 * sentences; and the longest article again at the memory section's recommended -Xmx, when there is one.
 *
 * @param context the run's settings, table and log
 * @param launcher the launcher of the child JVMs
 * @param recommendedXmxMb the memory section's recommended -Xmx in MiB, or null
 */
public record LongInputSection(SectionContext context, Launcher launcher, Integer recommendedXmxMb) {

  /** Measures, adds the rows to the table and returns the section's JSON. */
  public Map<String, Object> run() {
    Settings s = context.settings();
    context.table().section("long input: one child JVM per article (after the sample article, untimed), launcher"
        + " default -Xmx, all analyzers; load " + Machine.load1());
    context.table().row("  %-30s %8s %10s %12s %10s %12s %8s  %s", "article", "words", "total s", "analysis s",
        "ms/1k w", "peak RSS MB", "capped", "steps (s)");
    Map<String, Object> rows = new LinkedHashMap<>();
    try {
      Files.createDirectories(s.workDir());
      List<Integer> words = new ArrayList<>(s.longWords());
      for (int w : words) {
        Path file = s.workDir().resolve("long-" + w + ".txt");
        Files.writeString(file, Corpus.longArticle(s.longSources(), w));
        rows.put(w + " words", run(file, Corpus.wordCount(Files.readString(file)), "long " + w + " words", null));
      }
      for (int w : s.runOnWords()) {
        Path file = s.workDir().resolve("unpunctuated-" + w + ".txt");
        Files.writeString(file, Corpus.unpunctuatedParagraph(s.longSources(), w));
        rows.put("unpunctuated " + w + " words", run(file, w, "unpunctuated " + w + " words", null));
      }
      if (recommendedXmxMb != null && !words.isEmpty()) {
        int w = words.stream().mapToInt(Integer::intValue).max().orElseThrow();
        Path file = s.workDir().resolve("long-" + w + ".txt");
        rows.put(w + " words at -Xmx" + recommendedXmxMb + "m", run(file, Corpus.wordCount(Files.readString(file)),
            "long " + w + " at -Xmx" + recommendedXmxMb + "m", "-Xmx" + recommendedXmxMb + "m"));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Map<String, Object> part = new LinkedHashMap<>();
    part.put("runs", rows);
    return part;
  }

  /** Analyzes the sample article, then {@code file}, in one child JVM; returns the JSON row after the table line. */
  private Map<String, Object> run(Path file, int words, String label, String javaOpts) throws IOException {
    Path out = context.settings().workDir().resolve(file.getFileName() + ".reports.jsonl");
    Files.deleteIfExists(out);
    context.progress("long input: %s (load %.1f)%n", label, Machine.load1());
    // the sample article first, so that the long one runs on loaded models and compiled code
    ChildRun run = launcher.analyze(List.of("--threads", "1", "--format", "jsonl", "--out", out.toString()),
        List.of(context.settings().childArticle(), file), javaOpts);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("words", words);
    row.put("ok", run.ok());
    row.put("totalMs", run.wallMs());
    row.put("peakRssMb", run.peakRssMb());
    List<String> lines = Files.isRegularFile(out) ? Files.readAllLines(out) : List.of();
    if (!run.ok() || lines.size() != 2) {
      row.put("error", "exit " + run.exitCode() + ": " + run.lastErrorLine());
      context.table().row("  %-30s %8d FAILED exit %d after %.0f s, peak RSS %d MB: %s", label, words,
          run.exitCode(), run.wallMs() / 1e3, run.peakRssMb(), run.lastErrorLine());
      return row;
    }
    ReportFigures report = ReportFigures.of(PresslensJson.mapper().readTree(lines.get(1)));
    long analysis = report.analysisMs();
    row.put("analysisMs", analysis);
    row.put("msPer1kWords", Stats.round(analysis * 1000.0 / words, 1));
    row.put("stepsMs", report.stepsMs());
    row.put("sentences", report.sentences());
    row.put("cappedSentences", report.capped());
    row.put("failures", report.failures().size());
    StringBuilder stepText = new StringBuilder();
    report.stepsMs().forEach((k, v) -> stepText.append(stepText.isEmpty() ? "" : ", ").append(k).append(' ')
        .append(String.format(Locale.ROOT, "%.1f", v / 1e3)));
    context.table().row("  %-30s %8d %10.1f %12.1f %10.1f %12d %8s  %s%s", label, words, run.wallMs() / 1e3,
        analysis / 1e3, analysis * 1000.0 / words, run.peakRssMb(), report.capped() + "/" + report.sentences(),
        stepText, report.failures().size() > 0 ? "  failures: " + report.failures() : "");
    Files.deleteIfExists(out);
    return row;
  }
}
