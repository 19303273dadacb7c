package org.presslens.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The rules of docs/architecture.md, enforced: core knows no analyzer (no analyzer package, name, result type or
 * artifact; no CoreNLP, picocli or tool package), engines and analyzers depend only on what their layer may, an
 * analyzer reads another analyzer only through its {@code api} package, and the modules' declared dependencies follow
 * the arrows core ← engines, core ← analyzers ← tools.
 */
class ArchitectureTest {

  /** The packages of presslens-core. */
  static final String[] CORE = {"org.presslens.analysis..", "org.presslens.internal..", "org.presslens.io..",
      "org.presslens.json..", "org.presslens.model..", "org.presslens.nlp..", "org.presslens.pipeline..",
      "org.presslens.render..", "org.presslens.report..", "org.presslens.spi..", "org.presslens.text.."};
  static final String[] TOOLS = {"org.presslens.cli..", "org.presslens.bench..", "org.presslens.corpus..",
      "org.presslens.spark..", "org.presslens.examples..", "org.presslens.training.."};

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    // every module's class directory (target/classes, compiled before this test in any build that reaches it); read
    // from the source tree rather than the class path, which holds the modules' jars once the reactor packaged them
    List<Path> dirs = moduleClassDirectories();
    classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPaths(dirs);
    assertThat(classes.containPackage("org.presslens.pipeline")).isTrue();
    assertThat(classes.containPackage("org.presslens.analyzers.stance")).isTrue();
  }

  private static List<Path> moduleClassDirectories() {
    Path root = Path.of("").toAbsolutePath().getParent();
    try (Stream<Path> modules = Files.list(root)) {
      return modules.filter(m -> Files.isRegularFile(m.resolve("pom.xml")))
          .map(m -> m.resolve(Path.of("target", "classes"))).filter(Files::isDirectory).sorted().toList();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Test
  void coreImportsNoAnalyzerEngineToolCoreNlpOrPicocli() {
    noClasses().that().resideInAnyPackage(CORE).should().dependOnClassesThat().resideInAnyPackage(
            "org.presslens.analyzers..", "org.presslens.corenlp..", "org.presslens.models..", "org.presslens.cli..",
            "org.presslens.bench..",
            "org.presslens.corpus..",
            "org.presslens.spark..", "org.presslens.examples..", "edu.stanford..", "picocli..")
        .check(classes);
  }

  @Test
  void coreHoldsNoResultType() {
    noClasses().that().resideInAnyPackage(CORE).should().haveSimpleNameEndingWith("Result")
        .because("each analyzer module owns its result type").check(classes);
  }

  @Test
  void enginesImportNoAnalyzerOrTool() {
    noClasses().that().resideInAnyPackage("org.presslens.corenlp..", "org.presslens.nlp.encoder..").should()
        .dependOnClassesThat().resideInAnyPackage(concat(new String[] {"org.presslens.analyzers..",
            "org.presslens.models.."}, TOOLS))
        .because("an engine produces layers for any analyzer and knows none").check(classes);
  }

  /**
   * Model plugins ({@code org.presslens.models..}, modules {@code *-models}) implement an analyzer's model SPI on an
   * engine: they may use core, ml, engines and analyzers' {@code api} packages (the latter enforced by
   * {@link #analyzerInternalsAreUsedOnlyByTheAnalyzerTrainingAndTools}), no tool, CoreNLP or picocli.
   */
  @Test
  void modelPluginsUseNoToolCoreNlpOrPicocli() {
    noClasses().that().resideInAPackage("org.presslens.models..").should().dependOnClassesThat()
        .resideInAnyPackage(concat(new String[] {"org.presslens.corenlp..", "edu.stanford..", "picocli.."}, TOOLS))
        .check(classes);
  }

  @Test
  void analyzersDependOnNoEngineToolCoreNlpOrPicocli() {
    noClasses().that().resideInAPackage("org.presslens.analyzers..").should().dependOnClassesThat()
        .resideInAnyPackage(concat(new String[] {"org.presslens.corenlp..", "org.presslens.nlp.encoder..",
            "org.presslens.models..", "edu.stanford..", "picocli.."}, TOOLS))
        .check(classes);
  }

  /**
   * An analyzer's classes outside its {@code api} package are not API: besides the analyzer itself, only the
   * trainers and evaluations ({@code training}, {@code encoder-training}) and the tools that wire analyzers up (cli,
   * bench) may use them.
   */
  @Test
  void analyzerInternalsAreUsedOnlyByTheAnalyzerTrainingAndTools() {
    classes().that().resideInAPackage("org.presslens.analyzers..").should(new ArchCondition<>(
        "be used outside the analyzer only through its api package, or by training and the tools") {
      private final Pattern analyzer = Pattern.compile("org\\.presslens\\.analyzers\\.([a-z0-9]+)(\\..*)?");

      @Override
      public void check(JavaClass item, ConditionEvents events) {
        Matcher own = analyzer.matcher(item.getPackageName());
        if (!own.matches() || item.getPackageName().startsWith("org.presslens.analyzers." + own.group(1) + ".api")) {
          return;
        }
        String home = "org.presslens.analyzers." + own.group(1);
        for (Dependency d : item.getDirectDependenciesToSelf()) {
          String from = d.getOriginClass().getPackageName();
          boolean allowed = from.equals(home) || from.startsWith(home + ".") || from.startsWith("org.presslens.training")
              || from.startsWith("org.presslens.encoder.training") || from.startsWith("org.presslens.cli")
              || from.startsWith("org.presslens.bench");
          if (!allowed) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }
    }).check(classes);
  }

  @Test
  void theMlRuntimeDependsOnTheJdkOnly() {
    classes().that().resideInAPackage("org.presslens.ml..").should().onlyDependOnClassesThat()
        .resideInAnyPackage("org.presslens.ml..", "java..").check(classes);
  }

  @Test
  void analyzersUseNoCsvLibrary() {
    noClasses().that().resideInAPackage("org.presslens.analyzers..").should().dependOnClassesThat()
        .resideInAnyPackage("tools.jackson.dataformat.csv..", "com.fasterxml.jackson.dataformat.csv..")
        .because("data set readers live in training").check(classes);
  }

  @Test
  void anAnalyzerReadsAnotherOnlyThroughItsApiPackage() {
    classes().that().resideInAPackage("org.presslens.analyzers..").should(new ArchCondition<>(
        "depend on another analyzer only through its api package") {
      private final Pattern analyzer = Pattern.compile("org\\.presslens\\.analyzers\\.([a-z0-9]+)(\\..*)?");

      @Override
      public void check(JavaClass item, ConditionEvents events) {
        String own = module(item.getPackageName());
        for (Dependency d : item.getDirectDependenciesFromSelf()) {
          String pkg = d.getTargetClass().getPackageName();
          String other = module(pkg);
          if (other != null && !other.equals(own) && !pkg.startsWith("org.presslens.analyzers." + other + ".api")) {
            events.add(SimpleConditionEvent.violated(d, d.getDescription()));
          }
        }
      }

      private String module(String pkg) {
        Matcher m = analyzer.matcher(pkg);
        return m.matches() ? m.group(1) : null;
      }
    }).check(classes);
  }

  @Test
  void coreSourcesNameNoAnalyzerEngineOrArtifact() throws IOException {
    Pattern forbidden = Pattern.compile("\"(entities|sentiment|stance|corenlp|encoder)\"|presslens-(analyzers|nlp)-");
    List<String> hits = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root().resolve("core/src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        List<String> lines = Files.readAllLines(f);
        for (int i = 0; i < lines.size(); i++) {
          if (forbidden.matcher(lines.get(i)).find()) {
            hits.add(root().relativize(f) + ":" + (i + 1) + ": " + lines.get(i).trim());
          }
        }
      }
    }
    assertThat(hits).as("analyzer and engine names and artifacts in core").isEmpty();
  }

  /**
   * The modules' non-test dependencies on each other: core and ml on none; an engine ({@code nlp-*}) and the testing
   * kit on core; an analyzer ({@code analyzers-*}) on core, ml and other analyzers; any other module (training among
   * them) on anything but the end tools (cli, spark,
   * examples), which nothing depends on.
   */
  @Test
  void moduleDependenciesFollowTheArrows() throws IOException {
    Map<String, Set<String>> deps = moduleDependencies();
    assertThat(deps).containsKeys("core", "cli", "analyzers-stance", "encoder-models");
    Set<String> endTools = Set.of("cli", "spark", "examples");
    List<String> violations = new ArrayList<>();
    deps.forEach((module, on) -> {
      for (String d : on) {
        boolean ok;
        if (module.equals("core") || module.equals("ml")) {
          ok = false;
        } else if (module.startsWith("nlp-") || module.equals("testing")) {
          ok = d.equals("core");
        } else if (module.startsWith("analyzers-")) {
          ok = d.equals("core") || d.equals("ml") || d.startsWith("analyzers-");
        } else if (module.endsWith("-models")) {
          ok = d.equals("core") || d.equals("ml") || d.startsWith("analyzers-") || d.startsWith("nlp-");
        } else {
          ok = !endTools.contains(d);
        }
        if (!ok) {
          violations.add(module + " -> " + d);
        }
      }
    });
    assertThat(violations).as("module dependencies against the arrows").isEmpty();
  }

  /** Each module's presslens dependencies outside test scope, from its pom.xml (artifact ids without the prefix). */
  static Map<String, Set<String>> moduleDependencies() throws IOException {
    Map<String, Set<String>> deps = new TreeMap<>();
    Pattern dependency = Pattern.compile("<dependency>(.*?)</dependency>", Pattern.DOTALL);
    try (Stream<Path> dirs = Files.list(root())) {
      for (Path pom : dirs.map(d -> d.resolve("pom.xml")).filter(Files::isRegularFile).toList()) {
        String xml = Files.readString(pom).replaceAll("(?s)<!--.*?-->", "")
            .replaceAll("(?s)<dependencyManagement>.*?</dependencyManagement>", "");
        Set<String> on = new java.util.TreeSet<>();
        Matcher m = dependency.matcher(xml);
        while (m.find()) {
          String d = m.group(1);
          Matcher a = Pattern.compile("<artifactId>presslens-(.*?)</artifactId>").matcher(d);
          if (a.find() && !d.contains("<scope>test</scope>")) {
            on.add(a.group(1));
          }
        }
        deps.put(pom.getParent().getFileName().toString(), on);
      }
    }
    return deps;
  }

  /** The repository root: the parent of this module's directory. */
  static Path root() {
    Path root = Path.of("").toAbsolutePath().getParent();
    assertThat(root.resolve("core/pom.xml")).exists();
    return root;
  }

  private static String[] concat(String[] a, String[] b) {
    return Stream.concat(Stream.of(a), Stream.of(b)).toArray(String[]::new);
  }
}
