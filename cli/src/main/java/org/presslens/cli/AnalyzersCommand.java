package org.presslens.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.presslens.json.PresslensJson;
import org.presslens.pipeline.AnalyzerRegistry;
import org.presslens.pipeline.Inventory;
import org.presslens.pipeline.NlpEngines;
import org.presslens.pipeline.Pipeline;
import org.presslens.spi.AnalyzerProvider;
import org.presslens.spi.Config;
import org.presslens.spi.ConfigOption;
import org.presslens.spi.Requirement;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code presslens analyzers}: every analyzer and NLP engine found on the class path. */
@Command(name = "analyzers", mixinStandardHelpOptions = true,
    description = "List the analyzers found on the class path (name, version, description, requirements, the NLP"
        + " layers they need and the engines that produce them, options), then the NLP engines (layers produced and"
        + " consumed, languages, heap), then the options of the pipeline and of the shared NLP layer.")
final class AnalyzersCommand implements Callable<Integer> {

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE})")
  String format;

  @Option(names = "--plugins", paramLabel = "PATH",
      description = "analyzer plugin jar, or a directory of jars, to add to the class path (repeatable)")
  List<Path> plugins = new ArrayList<>();

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    try (URLClassLoader loader = Plugins.classLoader(plugins, AnalyzersCommand.class.getClassLoader())) {
      AnalyzerRegistry registry = AnalyzerRegistry.discover(loader);
      return list(registry, Inventory.of(registry, NlpEngines.createAll(NlpEngines.providers(loader), Map.of())),
          loader);
    }
  }

  private int list(AnalyzerRegistry registry, Inventory inventory, ClassLoader loader) {
    PrintWriter out = spec.commandLine().getOut();
    registry.problems().forEach(p -> spec.commandLine().getErr().println("presslens: warning: " + p));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (AnalyzerProvider<?> p : registry.providers()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", p.name());
      row.put("version", p.version());
      row.put("description", p.description());
      row.put("requires", p.requires(Config.defaults(p.name(), p.options())).stream().map(Requirement::id).sorted()
          .toList());
      row.put("languages", p.languages().stream().sorted().toList());
      row.put("options", options(p.name(), p.options()));
      row.put("class", p.getClass().getName());
      Inventory.Analyzer layers = inventory.analyzers().stream().filter(a -> a.name().equals(p.name())).findFirst()
          .orElseThrow();
      row.put("layers", layers.layers());
      if (layers.problem() != null) {
        row.put("problem", layers.problem());
      }
      rows.add(row);
    }
    List<Map<String, Object>> shared = new ArrayList<>(options(Pipeline.PIPELINE, Pipeline.options()));
    NlpEngines.providers(loader).forEach(e -> shared.addAll(options(Pipeline.NLP, e.options())));
    switch (format) {
      case "json" -> {
        Map<String, Object> all = new LinkedHashMap<>();
        all.put("analyzers", rows);
        all.put("engines", inventory.engines());
        all.put("options", shared);
        out.println(PresslensJson.pretty().writeValueAsString(all));
      }
      case "text" -> {
        rows.forEach(r -> {
          out.printf("%-12s %-8s %s%n", r.get("name"), r.get("version"), r.get("description"));
          out.printf("%-12s requires %s%n", "", String.join(", ", castList(r.get("requires"))));
          out.printf("%-12s layers %s%n", "", layers((String) r.get("name"), castLayers(r.get("layers"))));
          if (r.containsKey("problem")) {
            out.printf("%-12s problem: %s%n", "", r.get("problem"));
          }
          printOptions(out, castMaps(r.get("options")));
        });
        inventory.engines().forEach(e -> printEngine(out, e));
        out.printf("%-12s %s%n", "(all)", "options of the pipeline and of the shared NLP layer");
        printOptions(out, shared);
      }
      default -> throw new IllegalArgumentException("unknown --format '" + format + "'; use text or json");
    }
    out.flush();
    return registry.providers().isEmpty() ? Main.SOME_FAILED : Main.OK;
  }

  private static List<Map<String, Object>> options(String owner, List<ConfigOption<?>> declared) {
    List<Map<String, Object>> options = new ArrayList<>();
    for (ConfigOption<?> o : declared) {
      Map<String, Object> opt = new LinkedHashMap<>();
      opt.put("key", owner + "." + o.key());
      opt.put("type", o.type());
      opt.put("default", o.defaultValue());
      opt.put("description", o.description());
      options.add(opt);
    }
    return options;
  }

  /** Each layer with the engines that produce it and, when other analyzers need it too, the analyzers. */
  private static String layers(String analyzer, List<Inventory.Layer> layers) {
    if (layers.isEmpty()) {
      return "none";
    }
    return layers.stream().map(l -> l.id() + " (" + (l.producedBy().isEmpty() ? "no NLP engine produces it"
        : String.join(", ", l.producedBy())) + (l.neededBy().equals(List.of(analyzer)) ? "" : "; for " + String.join(", ", l.neededBy())) + ")")
        .collect(Collectors.joining(", "));
  }

  private static void printEngine(PrintWriter out, Inventory.Engine e) {
    out.printf("%-12s NLP engine: produces %s%n", e.name(), String.join(", ", e.produces()));
    out.printf("%-12s consumes %s; languages %s; heap %s%n", "",
        e.consumes().isEmpty() ? "nothing" : String.join(", ", e.consumes()),
        e.languages().isEmpty() ? "any" : String.join(", ", e.languages()),
        e.requiredHeapBytes() > 0 ? (e.requiredHeapBytes() >> 20) + " MB for all its layers" : "not measured");
  }

  private static void printOptions(PrintWriter out, List<Map<String, Object>> options) {
    for (Map<String, Object> opt : options) {
      out.printf("%-12s option %s (%s, default %s): %s%n", "", opt.get("key"), opt.get("type"), opt.get("default"),
          opt.get("description"));
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> castMaps(Object o) {
    return (List<Map<String, Object>>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<Inventory.Layer> castLayers(Object o) {
    return (List<Inventory.Layer>) o;
  }

  @SuppressWarnings("unchecked")
  private static List<String> castList(Object o) {
    return (List<String>) o;
  }
}
